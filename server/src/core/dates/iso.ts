/** Metadata dates (front matter `date:`, CSL `issued`) for the date engine: the engine-wide reader in ../calendar. */
import { isoFromParts, parseIsoDate } from '../calendar';
import type { IsoDate } from '../calendar';

export { parseIsoDate };
export type { IsoDate };

/** CSL `date-parts` ([[2026, 2, 23]]) as a TIMEX value. */
export function parseDateParts(parts: ReadonlyArray<number | string>): IsoDate {
  const [y, m, d] = parts.map(Number);
  if (y === undefined || !Number.isInteger(y)) return { invalid: 'date-parts has no year' };
  return isoFromParts(y, m, d);
}
