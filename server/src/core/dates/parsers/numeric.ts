/** Numeric dates: 2026-02-24, 24.02.2026, 02/24/2026, 03/04/2026 (which reads two ways). */
import type { Parser } from 'chrono-node';
import { fmtDay, invalidReason } from '../calendar';
import { rule, type RuleHit } from '../rule';
import type { DateOrder } from '../types';

// Words after which a dotted or slashed number is a version, section, law or phone number, not a date.
const NOT_DATE_BEFORE = /(?:\b(?:v|ver|version|versions|release|rel|rev|revision|build|section|sections|sec|§|art|article|para|paragraph|chapter|ch|no|nr|number|rule|clause|table|figure|fig|item|step|page|p|pp|tel|phone|fax|isbn|doi|ip)\.?\s*$)|[§#]\s*$|[\w/:.@-]$/i;

/** Reads one numeric date given the configured date order; the order is decided per call. */
function readNumeric(order: DateOrder | undefined, m: RegExpExecArray, text: string, index: number): RuleHit | null {
  if (NOT_DATE_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
  const after = text.slice(index + m[0].length);
  if (/^(?:[./-]\d|[\w@/]|\.\w)/.test(after)) return null; // 1.2.3.4, URLs, paths
  const [, a, sep, b, c] = m as unknown as [string, string, string, string, string];
  let readings: Array<[number, number, number]>;
  if (a.length === 4) {
    if (c.length > 2) return null; // 2026-02-2026 is nothing
    readings = [[+a, +b, +c]];
  } else {
    if (c.length !== 4 && !(c.length === 2 && sep === '/')) return null; // 1.2.26 is too often a version
    const y = c.length === 2 ? 1900 + +c + (+c < 50 ? 100 : 0) : +c;
    const dmy: [number, number, number] = [y, +b, +a];
    const mdy: [number, number, number] = [y, +a, +b];
    if (+a > 12 && +b > 12) return { spec: { kind: 'absolute', year: y }, invalid: `neither ${a} nor ${b} is a month` };
    if (+a > 12) readings = [dmy];
    else if (+b > 12) readings = [mdy];
    else if (a === b || +a === +b) readings = [dmy];
    else if (order === 'DMY') readings = [dmy];
    else if (order === 'MDY') readings = [mdy];
    else readings = [dmy, mdy];
  }
  const [y, mo, d] = readings[0]!;
  const invalid = invalidReason(y, mo, d);
  if (readings.length > 1) {
    const ok = readings.filter(([ry, rm, rd]) => !invalidReason(ry, rm, rd)).map(([ry, rm, rd]) => fmtDay({ y: ry, m: rm, d: rd })).sort();
    return { spec: { kind: 'absolute', year: y }, readings: ok };
  }
  if (invalid) return { spec: { kind: 'absolute', year: y }, invalid };
  return { spec: { kind: 'absolute', year: y, month: mo, day: d } };
}

const NUMERIC = /(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?!\d)/g;

/** The numeric-date parser for one date order (undefined: report two-way dates as ambiguous). */
export function numericParser(order: DateOrder | undefined): Parser {
  return rule(new RegExp(NUMERIC.source, 'g'), (m, text, index) => readNumeric(order, m, text, index));
}
