/** Pure Gregorian calendar arithmetic in UTC; no clock, no time zone. */
import { daysInMonth, monthName } from '../calendar';

export { daysInMonth, monthName };

/** A calendar day. */
export interface Ymd { y: number; m: number; d: number }

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** English weekday name, 0 = Sunday. */
export function weekdayName(w: number): string {
  return WEEKDAY_NAMES[w] ?? String(w);
}

/** Why y-m-d does not exist, or undefined when it does. */
export function invalidReason(y: number, m: number, d?: number): string | undefined {
  if (m < 1 || m > 12) return `there is no month ${m}`;
  if (d === undefined) return undefined;
  const n = daysInMonth(y, m);
  if (d < 1 || d > n) return `${monthName(m)} ${y} has ${n} days`;
  return undefined;
}

function toUtc(p: Ymd): Date {
  const t = new Date(Date.UTC(2000, p.m - 1, p.d));
  t.setUTCFullYear(p.y); // years below 100 must not be read as 19xx
  return t;
}

function fromUtc(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day n days after p (n may be negative). */
export function addDays(p: Ymd, n: number): Ymd {
  const t = toUtc(p);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Weekday of a day, 0 = Sunday. */
export function weekdayOf(p: Ymd): number {
  return toUtc(p).getUTCDay();
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(p: Ymd): { year: number; week: number } {
  const dow = (weekdayOf(p) + 6) % 7; // Monday = 0
  const thursday = addDays(p, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return { year: thursday.y, week: Math.floor(ordinal / 7) + 1 };
}

function pad(n: number, w = 2): string {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? '-' + s : s;
}

/** ISO year (four digits). */
export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** ISO year-month. */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO calendar date. */
export function fmtDay(p: Ymd): string {
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

/** ISO week value, e.g. 2026-W10. */
export function fmtWeek(p: Ymd): string {
  const w = isoWeek(p);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Adds months to a year-month, normalising the year. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12 + 12) % 12 + 1 };
}

/** Parses yyyy-mm-dd into a day (no validation beyond shape). */
export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : undefined;
}

/** "24 February 2026" for hover text. */
export function longDate(p: Ymd): string {
  return `${p.d} ${monthName(p.m)} ${p.y}`;
}
