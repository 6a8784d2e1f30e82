/** Words the date parsers share: months, weekdays, number words, units, seasons. */
import type { CalendarUnit } from './types';

/** Month name or abbreviation (capture it, then look it up with monthNumber). */
export const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Weekday name or abbreviation. */
export const WEEKDAY = '(?:Sun(?:day|\\.)?|Mon(?:day|\\.)?|Tue(?:s(?:day|\\.)?|\\.)?|Wed(?:nesday|\\.)?|Thu(?:r(?:s(?:day|\\.)?|\\.)?|\\.)?|Fri(?:day|\\.)?|Sat(?:urday|\\.)?)';

/** Number words up to ninety-nine, and digits. */
export const NUMBER = '(?:\\d+(?:\\.\\d+|\\s+1/2)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|a few|a couple of|several|many|few|some|dozens of)';

/** Vague quantities: their durations carry X instead of a number. */
const VAGUE = new Set(['a few', 'a couple of', 'several', 'many', 'few', 'some', 'dozens of']);

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** Numeric value of a NUMBER match; undefined for vague quantities ("several"). */
export function numberValue(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (VAGUE.has(w)) return undefined;
  if (/^\d+\s+1\/2$/.test(w)) return Number(w.split(/\s+/)[0]) + 0.5;
  if (/^\d/.test(w)) return Number(w);
  const parts = w.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return undefined;
    n += v;
  }
  return n;
}

/** Month number (1-12) of a MONTH match. */
export function monthNumber(word: string): number {
  const k = word.toLowerCase().slice(0, 3);
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(k) + 1;
}

/** Weekday number (0 = Sunday) of a WEEKDAY match. */
export function weekdayNumber(word: string): number {
  const k = word.toLowerCase().slice(0, 2);
  return ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'].indexOf(k);
}

/** Unit words for durations and offsets. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)';

/** Calendar unit of a UNIT match. */
export function unitOf(word: string): CalendarUnit | 'hour' | 'minute' | 'second' {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'centurie') return 'century';
  return w as CalendarUnit | 'hour' | 'minute' | 'second';
}

/** TIMEX duration letter of a unit. */
export function durationLetter(unit: string): string {
  switch (unit) {
    case 'second': return 'S';
    case 'minute': return 'M';
    case 'hour': return 'H';
    case 'day': return 'D';
    case 'week': case 'weekend': return 'W';
    case 'month': return 'M';
    case 'quarter': return 'Q';
    case 'year': return 'Y';
    case 'decade': return 'E';
    default: return 'C';
  }
}

/** Builds a TIMEX duration value: P3Y, PT5H, PXM. */
export function durationValue(n: number | undefined, unit: string): string {
  const time = unit === 'hour' || unit === 'minute' || unit === 'second';
  let count = n === undefined ? 'X' : String(n);
  let letter = durationLetter(unit);
  // TIMEX writes decades and centuries as years when the count is known
  if (n !== undefined && (unit === 'decade' || unit === 'century')) {
    count = String(Math.round(n * (unit === 'decade' ? 10 : 100)));
    letter = 'Y';
  }
  // a half year is six months, half an hour thirty minutes: TIMEX writes the smaller unit, not a decimal
  const HALF: Record<string, string> = { year: '6M', day: 'T12H', hour: '30M', minute: '30S' };
  if (n !== undefined && n % 1 === 0.5 && HALF[unit]) {
    const whole = Math.floor(n);
    const rest = HALF[unit]!;
    const head = whole ? `${whole}${letter}` : '';
    if (unit === 'day') return `P${head}${rest}`;
    return (time ? 'PT' : 'P') + head + rest;
  }
  if (n !== undefined && !Number.isInteger(n)) count = String(n);
  return (time ? 'PT' : 'P') + count + letter;
}

/** Season words and their TIMEX codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
