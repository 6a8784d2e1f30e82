/** Metadata dates (front matter `date:`, CSL `issued`): ISO strings at any precision, checked for existence. */
import { fmtDay, fmtMonth, fmtYear, invalidReason } from './calendar';

/** A metadata date read as a TIMEX value, with the reason when the written date does not exist. */
export interface IsoDate { value?: string; invalid?: string }

/** Parses "2026", "2026-02", "2026-02-24" (a time part is ignored) and reports impossible dates. */
export function parseIsoDate(text: string): IsoDate {
  const m = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$/.exec(text);
  if (!m) return { invalid: `"${text}" is not an ISO date (yyyy-mm-dd)` };
  const y = Number(m[1]);
  if (m[2] === undefined) return { value: fmtYear(y) };
  const mo = Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  const invalid = invalidReason(y, mo, d);
  if (invalid) return { invalid };
  return { value: d === undefined ? fmtMonth(y, mo) : fmtDay({ y, m: mo, d }) };
}

/** CSL `date-parts` ([[2026, 2, 23]]) as a TIMEX value. */
export function parseDateParts(parts: ReadonlyArray<number | string>): IsoDate {
  const [y, m, d] = parts.map(Number);
  if (y === undefined || !Number.isInteger(y)) return { invalid: 'date-parts has no year' };
  return parseIsoDate([String(y).padStart(4, '0'), m && String(m).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-'));
}
