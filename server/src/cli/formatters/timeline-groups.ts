/** Groups timeline rows by month (or by year when only the year is known), in order. */
import { monthName } from '../../core/calendar';
import type { TimelineRow } from '../../core/timeline';

/** The heading a value is listed under: "December 2025", or "2025" for a year-level value. */
export function periodOf(value: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(value);
  if (m) return `${monthName(Number(m[2]))} ${m[1]}`;
  return value.slice(0, 4);
}

/** Rows grouped by period, keeping the rows' order. */
export function groupByPeriod(rows: readonly TimelineRow[]): Array<[string, TimelineRow[]]> {
  const groups: Array<[string, TimelineRow[]]> = [];
  for (const r of rows) {
    const period = periodOf(r.value);
    const last = groups[groups.length - 1];
    if (last && last[0] === period) last[1].push(r);
    else groups.push([period, [r]]);
  }
  return groups;
}
