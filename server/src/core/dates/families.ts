/**
 * Which kinds of date words a sentence holds, found in one scan: each grammar rule runs only when its
 * kind is present. Twenty rules with optional prefixes each scanning every sentence cost more than the
 * matching itself, and most sentences hold one kind of date at most.
 */

/** Kinds of trigger words, as bits. */
export const KIND = {
  month: 1, weekday: 2, year: 4, decade: 8, period: 16, code: 32, season: 64, spelled: 128,
  casual: 256, unit: 512, ago: 1024, ref: 2048, set: 4096, clock: 8192, holiday: 16384,
} as const;

const K = KIND;
// Lower-case trigger word → kinds; a word that serves two kinds ("quarter") carries both bits.
const WORDS: Record<string, number> = {
  jan: K.month, feb: K.month, mar: K.month, apr: K.month, may: K.month, jun: K.month, jul: K.month, aug: K.month,
  sep: K.month, oct: K.month, nov: K.month, dec: K.month,
  mon: K.weekday, tue: K.weekday, wed: K.weekday, thu: K.weekday, fri: K.weekday, sat: K.weekday, sun: K.weekday,
  century: K.decade | K.unit, ties: K.decade,
  quarter: K.period | K.unit, half: K.period, period: K.period,
  spring: K.season, summer: K.season, fall: K.season, autumn: K.season, winter: K.season,
  nineteen: K.spelled, twenty: K.spelled, thousand: K.spelled,
  today: K.casual, yesterday: K.casual, tomorrow: K.casual, tonight: K.casual, morning: K.casual | K.clock,
  afternoon: K.casual, evening: K.casual,
  second: K.unit, minute: K.unit, hour: K.unit, day: K.unit, week: K.unit, month: K.unit, year: K.unit | K.set,
  decade: K.unit, centuries: K.unit, days: K.unit | K.ref,
  ago: K.ago, earlier: K.ago, before: K.ago, later: K.ago, after: K.ago, hence: K.ago, 'from now': K.ago | K.ref,
  now: K.ref, current: K.ref, present: K.ref, recent: K.ref, lately: K.ref, past: K.ref, future: K.ref,
  daily: K.set, weekly: K.set, monthly: K.set, every: K.set, each: K.set,
  noon: K.clock, midnight: K.clock,
  'new year': K.holiday, valentine: K.holiday, independence: K.holiday, 'fourth of': K.holiday, halloween: K.holiday,
  christmas: K.holiday, boxing: K.holiday, thanksgiving: K.holiday, labor: K.holiday, memorial: K.holiday, veterans: K.holiday,
};

// Longest words first, so that "month" is read as a unit and not as "mon".
const WORD_ALTERNATION = Object.keys(WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const TOKEN = new RegExp(`(\\d{2,3}0'?s\\b|'\\d0s\\b)|(\\d{4})|(\\d\\s*[ap]\\.?m|\\d:\\d\\d)|([qh][1-4]|[1-4][qh])|(${WORD_ALTERNATION})`, 'gi');

/** The kinds of date words in a text, as a bit set of KIND values. */
export function kindsOf(text: string): number {
  let kinds = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[1]) kinds |= K.decade;
    else if (m[2]) kinds |= K.year;
    else if (m[3]) kinds |= K.clock;
    else if (m[4]) kinds |= K.code;
    else {
      const w = m[5]!.toLowerCase();
      kinds |= WORDS[w.includes(' ') || w.length > 10 ? w.replace(/\s+/g, ' ') : w] ?? 0;
    }
  }
  return kinds;
}
