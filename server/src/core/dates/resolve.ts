/** Turns what a parser understood (a DateSpec) into a TIMEX3 value, using the anchor and the clause's tense. */
import {
  addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, fmtYear, invalidReason, longDate, monthName, weekdayName, weekdayOf,
  type Ymd,
} from './calendar';
import type { DateMention, DateSpec, Tense } from './types';

/** The parts of a mention that resolution decides. */
export type Resolved = Pick<DateMention, 'type' | 'value' | 'relative' | 'explicit' | 'reason' | 'weekday' | 'invalid'>;

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_NAME: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** Hover text: "past tense → most recent December before 24 February 2026". */
function because(what: string, a: Ymd, tense: Tense | undefined, shift?: number): string {
  const on = longDate(a);
  if (shift !== undefined) return `${shift < 0 ? 'last' : shift > 0 ? 'next' : 'this'} ${what} relative to ${on}`;
  if (tense === 'past') return `past tense → most recent ${what} before ${on}`;
  if (tense === 'future') return `future tense → next ${what} after ${on}`;
  return `no tense to go by → ${what} nearest to ${on}`;
}

/** Year for a month (and day) given without a year, following tense; present/unknown picks the nearest. */
function yearFor(month: number, day: number | undefined, a: Ymd, tense: Tense | undefined): number {
  const cmp = month !== a.m ? month - a.m : (day ?? a.d) - a.d;
  if (tense === 'past') return cmp <= 0 ? a.y : a.y - 1;
  if (tense === 'future') return cmp >= 0 ? a.y : a.y + 1;
  // without a tense, the nearest one; half a year either way is a tie, and notes mostly report the past
  const diff = month - a.m;
  return diff >= 6 ? a.y - 1 : diff < -6 ? a.y + 1 : a.y;
}

/** Year of "last May" (a year or more back when May is this or last month), "next May", "this May". */
function shiftedYear(month: number, a: Ymd, shift: number): number {
  if (shift === 0) return a.y;
  if (shift > 0) return month > a.m ? a.y : a.y + 1;
  const recent = month <= a.m ? a.y : a.y - 1;
  // "last February" said in March means a year before: the month just gone would be "last month"
  return (a.m - month + 12) % 12 <= 1 ? recent - 1 : recent;
}

/** Day of a weekday near the anchor: past → on or before, future → on or after, else within three days. */
function weekdayDay(w: number, a: Ymd, tense: Tense | undefined, shift?: number): Ymd {
  const aw = weekdayOf(a);
  if (shift === -1) return addDays(a, -(((aw - w + 7) % 7) || 7));
  if (shift === 1) return addDays(a, ((w - aw + 7) % 7) || 7);
  const back = (aw - w + 7) % 7;
  const fwd = (w - aw + 7) % 7;
  if (tense === 'past') return addDays(a, -back);
  if (tense === 'future' || tense === 'present') return addDays(a, fwd);
  // news and notes mostly report what happened: without a future cue the weekday is a recent one
  return back <= 4 ? addDays(a, -back) : addDays(a, fwd);
}

/** Adds a time of day to a day value: T17:00, or TMO/TAF/TEV/TNI. */
function withTime(day: string, time?: string): string {
  return time ? `${day}T${time}` : day;
}

/** Checks a stated weekday against the day it names. */
function weekdayCheck(p: Ymd, stated: number | undefined): DateMention['weekday'] {
  if (stated === undefined) return undefined;
  const actual = weekdayOf(p);
  return actual === stated ? undefined : { stated: weekdayName(stated), actual: weekdayName(actual) };
}

/** Values that need no anchor: written dates, decades, durations and the like; undefined for relative specs. */
function resolveFixed(spec: DateSpec): Resolved | undefined {
  switch (spec.kind) {
    case 'absolute': return resolveAbsolute(spec);
    case 'decade': return { type: 'DATE', value: spec.value, relative: false, explicit: spec.value, reason: 'written in the text' };
    case 'literal': return { type: spec.type, value: spec.value, relative: false, reason: literalReason(spec.value) };
    case 'holiday': {
      if (spec.year === undefined) return undefined;
      const value = fmtDay(holidayDay(spec.year, spec.month, spec.rule));
      return { type: 'DATE', value, relative: false, explicit: value, reason: 'written in the text' };
    }
    default: return undefined;
  }
}

/** Resolves a spec against an optional anchor and the clause's tense. */
export function resolveSpec(spec: DateSpec, anchor: Ymd | undefined, tense: Tense | undefined, quarterContext?: boolean): Resolved {
  const fixed = resolveFixed(spec);
  if (fixed) return fixed;
  if (!anchor) return { type: 'time' in spec && spec.time ? 'TIME' : 'DATE', relative: true, reason: 'relative date, but the note has no date to resolve it against' };
  switch (spec.kind) {
    case 'monthDay': return resolveMonthDay(spec, anchor, tense);
    case 'weekday': {
      const p = weekdayDay(spec.weekday, anchor, tense, spec.shift);
      return { type: spec.time ? 'TIME' : 'DATE', value: withTime(fmtDay(p), spec.time), relative: true, reason: because(weekdayName(spec.weekday), anchor, tense, spec.shift) };
    }
    case 'offset':
      // "over the weekend" told on a weekday is the weekend just gone
      if (spec.unit === 'weekend' && spec.offset === 0 && tense !== 'future' && weekdayOf(anchor) % 6 !== 0) {
        return resolveOffset('weekend', -1, anchor);
      }
      if (spec.time) return { type: 'TIME', value: withTime(fmtDay(addDays(anchor, spec.offset)), spec.time), relative: true, reason: resolveOffset('day', spec.offset, anchor).reason };
      return resolveOffset(spec.unit, spec.offset, anchor, quarterContext && spec.sameQuarter);
    case 'part': return resolvePart(spec, anchor, spec.dir ?? tense);
    case 'holiday': return resolveHoliday(spec, anchor, tense);
    default: return { type: 'DATE', relative: false, reason: 'not a date' };
  }
}

/** A month (and day) without a year: the year from "last/next" or from tense; a stated weekday may settle it. */
function resolveMonthDay(spec: Extract<DateSpec, { kind: 'monthDay' }>, a: Ymd, tense: Tense | undefined): Resolved {
  const y = spec.shift === undefined ? yearFor(spec.month, spec.day, a, tense) : shiftedYear(spec.month, a, spec.shift);
  if (spec.day === undefined) return { type: 'DATE', value: fmtMonth(y, spec.month), relative: true, reason: because(monthName(spec.month), a, tense, spec.shift) };
  const day = spec.day;
  const invalid = invalidReason(y, spec.month, day);
  const reason = because(`${day} ${monthName(spec.month)}`, a, tense, spec.shift);
  if (invalid) return { type: 'DATE', relative: true, reason, invalid };
  // "Saturday, April 25": when the tense's year and the nearest year differ, the weekday tells which is meant;
  // when neither fits, the tense's year stands and the weekday is reported as wrong
  const nearest = yearFor(spec.month, day, a, undefined);
  const fits = spec.weekday === undefined ? undefined
    : [y, nearest].find((c) => !invalidReason(c, spec.month, day) && weekdayOf({ y: c, m: spec.month, d: day }) === spec.weekday);
  const p = { y: fits ?? y, m: spec.month, d: day };
  const weekday = weekdayCheck(p, spec.weekday);
  return { type: spec.time ? 'TIME' : 'DATE', value: withTime(fmtDay(p), spec.time), relative: true, reason, ...(weekday ? { weekday } : {}) };
}

/** A date written in full: only validity and the weekday need checking. */
function resolveAbsolute(spec: Extract<DateSpec, { kind: 'absolute' }>): Resolved {
  const { year: y, month: m, day: d } = spec;
  let value = fmtYear(y);
  if (m !== undefined) value = fmtMonth(y, m);
  const invalid = m !== undefined ? invalidReason(y, m, d) : undefined;
  if (invalid) return { type: 'DATE', relative: false, reason: 'written in the text', invalid };
  let weekday: DateMention['weekday'];
  if (m !== undefined && d !== undefined) {
    value = withTime(fmtDay({ y, m, d }), spec.time);
    weekday = weekdayCheck({ y, m, d }, spec.weekday);
  }
  return { type: spec.time ? 'TIME' : 'DATE', value, relative: false, explicit: value, reason: 'written in the text', ...(weekday ? { weekday } : {}) };
}

/** "last week", "three years ago", "yesterday": the anchor moved by whole units, at that unit's precision. */
function resolveOffset(unit: string, n: number, a: Ymd, quarterContext?: boolean): Resolved {
  const on = longDate(a);
  const count = Math.abs(n) === 1 ? `the ${unit}` : `${Math.abs(n)} ${unit}s`;
  const reason = n === 0 ? `the ${unit} of ${on}` : `${count} ${n < 0 ? 'before' : 'after'} ${on}`;
  const q = Math.floor((a.m - 1) / 3);
  switch (unit) {
    case 'day': return { type: 'DATE', value: fmtDay(addDays(a, n)), relative: true, reason };
    case 'week': return { type: 'DATE', value: fmtWeek(addDays(a, 7 * n)), relative: true, reason };
    case 'weekend': return { type: 'DATE', value: fmtWeek(addDays(a, 7 * n)) + '-WE', relative: true, reason };
    case 'month': { const r = addMonths(a.y, a.m, n); return { type: 'DATE', value: fmtMonth(r.y, r.m), relative: true, reason }; }
    case 'quarter': {
      const i = a.y * 4 + q + n;
      return { type: 'DATE', value: `${fmtYear(Math.floor(i / 4))}-Q${(i % 4) + 1}`, relative: true, reason };
    }
    case 'half': return { type: 'DATE', value: `${fmtYear(a.y)}-H${a.m <= 6 ? 1 : 2}`, relative: true, reason };
    case 'year': {
      // "a year ago" in a report on quarterly results means the same quarter a year before
      if (quarterContext && n !== 0) {
        const i = a.y * 4 + q - 1 + 4 * n;
        return { type: 'DATE', value: `${fmtYear(Math.floor(i / 4))}-Q${(i % 4) + 1}`, relative: true, reason: reason + ' (same quarter)' };
      }
      return { type: 'DATE', value: fmtYear(a.y + n), relative: true, reason };
    }
    case 'decade': return { type: 'DATE', value: String(Math.floor(a.y / 10) + n).padStart(3, '0'), relative: true, reason };
    default: return { type: 'DATE', value: String(Math.floor(a.y / 100) + n).padStart(2, '0'), relative: true, reason };
  }
}

/** A quarter, half or season, with a written year, a relative year or a year from tense. */
function resolvePart(spec: Extract<DateSpec, { kind: 'part' }>, a: Ymd, tense: Tense | undefined): Resolved {
  const on = longDate(a);
  if (spec.part === 'END') {
    const y = a.y + (spec.offset ?? 0);
    return { type: 'DATE', value: `${fmtYear(y)}-12-31`, relative: true, reason: `the end of ${y}` };
  }
  if (spec.part === 'Q?') {
    // "the 1988 quarter": the quarter being reported (the one before the anchor's) in the year given
    const q = Math.floor((a.m - 1) / 3) || 4;
    return resolvePart({ ...spec, part: 'Q' + q }, a, tense);
  }
  const label = SEASON_NAME[spec.part] ?? spec.part;
  if (spec.year !== undefined) return { type: 'DATE', value: `${fmtYear(spec.year)}-${spec.part}`, relative: false, explicit: `${fmtYear(spec.year)}-${spec.part}`, reason: 'written in the text' };
  if (spec.offset !== undefined) return { type: 'DATE', value: `${fmtYear(a.y + spec.offset)}-${spec.part}`, relative: true, reason: `${label} of the year ${spec.offset < 0 ? 'before' : spec.offset > 0 ? 'after' : 'of'} ${on}` };
  // first month of the part, to compare with the anchor's month
  const first = SEASON_START[spec.part] ?? (spec.part[0] === 'Q' ? (Number(spec.part[1]) - 1) * 3 + 1 : spec.part === 'H1' ? 1 : 7);
  const span = spec.part[0] === 'H' ? 6 : 3;
  let y = a.y;
  if (tense === 'past') {
    if (first > a.m) y = a.y - 1;
  } else if (tense === 'future') {
    if (first + span <= a.m && spec.part[0] !== 'Q') y = a.y + 1;
  } else if (first - a.m > 6) {
    y = a.y - 1; // without a tense, the nearest one
  }
  return { type: 'DATE', value: `${fmtYear(y)}-${spec.part}`, relative: true, reason: because(label, a, tense) };
}

/** Day of a holiday in a year: a fixed day or the nth (or last) weekday of its month. */
function holidayDay(y: number, month: number, rule: string): Ymd {
  const m = /^(-?\d)(Mon|Thu)$/.exec(rule);
  if (!m) return { y, m: month, d: Number(rule) };
  const wd = m[2] === 'Mon' ? 1 : 4;
  const n = Number(m[1]);
  if (n > 0) {
    const first = weekdayOf({ y, m: month, d: 1 });
    return { y, m: month, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  }
  const last = { y, m: month, d: daysInMonth(y, month) };
  return addDays(last, -((weekdayOf(last) - wd + 7) % 7));
}

/** A holiday: the year from "last/next" or tense, like a month and day, then its day in that year. */
function resolveHoliday(spec: Extract<DateSpec, { kind: 'holiday' }>, a: Ymd, tense: Tense | undefined): Resolved {
  const guess = holidayDay(a.y, spec.month, spec.rule);
  let y: number;
  if (spec.shift === undefined) y = yearFor(guess.m, guess.d, a, tense);
  else if (spec.shift === 0) y = a.y;
  else {
    const before = guess.m < a.m || (guess.m === a.m && guess.d < a.d);
    y = spec.shift < 0 ? (before ? a.y : a.y - 1) : (before ? a.y + 1 : a.y);
  }
  const day = holidayDay(y, spec.month, spec.rule);
  return { type: 'DATE', value: fmtDay(day), relative: true, reason: because(spec.name ?? 'occurrence', a, tense, spec.shift) };
}

/** Hover text for values that need no anchor. */
function literalReason(value: string): string {
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'PAST_REF') return 'an unspecified time in the past';
  if (value === 'FUTURE_REF') return 'an unspecified time in the future';
  return value.startsWith('P') ? `a span of time (${value})` : value;
}
