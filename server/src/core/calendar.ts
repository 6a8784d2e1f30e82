/** Calendar facts needed everywhere dates are read: month lengths and ISO metadata dates. */

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** English name of a month (1–12). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** A metadata date read from front matter, a YAML note or a bibliography. */
export interface IsoDate {
  /** ISO 8601 at the precision written: `2026`, `2026-02` or `2026-02-24`; absent when invalid. */
  value?: string;
  /** Why the written date does not exist or cannot be read. */
  invalid?: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Checks year, month and day parts and renders them as ISO at their precision. */
export function isoFromParts(year: number, month?: number, day?: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return { invalid: `"${year}" is not a year` };
  if (month === undefined) return { value: pad(year, 4) };
  if (!Number.isInteger(month) || month < 1 || month > 12) return { invalid: `there is no month ${month}` };
  if (day === undefined) return { value: `${pad(year, 4)}-${pad(month)}` };
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > last) {
    return { invalid: `${monthName(month)} ${year} has ${last} days` };
  }
  return { value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

const ISO_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a metadata date: an ISO string (`2026`, `2026-02`, `2026-02-24`, with an optional time). */
export function parseIsoDate(text: string): IsoDate {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return { invalid: `"${text}" is not an ISO 8601 date (write YYYY-MM-DD)` };
  return isoFromParts(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

/** Compares two ISO values at the precision both share; negative when `a` is earlier. */
export function compareIso(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Formats an ISO day as "24 February 2026" for messages. */
export function formatIsoForPeople(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (d) return `${d} ${monthName(m)} ${y}`;
  if (m) return `${monthName(m)} ${y}`;
  return String(y);
}
