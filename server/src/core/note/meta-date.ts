/** Reads metadata dates: ISO strings or CSL `{date-parts: [[y, m, d]]}`, with their spans. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { isoFromParts, parseIsoDate } from '../calendar';
import { getPair, nodeSpan } from './yaml-source';
import type { MetaDate } from './model';

/** Reads the date under `key` of a YAML map, in whichever form it was written. */
export function metaDateAt(map: unknown, key: string, base: number): MetaDate | undefined {
  const node = getPair(map, key)?.value;
  const span = nodeSpan(node, base);
  if (!node || !span) return undefined;
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined || node.value === '') return undefined;
    const raw = String(node.source ?? node.value);
    return { raw, ...span, ...parseIsoDate(raw) };
  }
  if (isMap(node)) {
    const parts = getPair(node, 'date-parts')?.value;
    if (isSeq(parts) && isSeq(parts.items[0])) {
      const first = (parts.items[0] as { items: Node[] }).items.map((n) => (isScalar(n) ? Number(n.value) : NaN));
      const raw = `[${first.join(', ')}]`;
      if (first.length === 0 || first.some((n) => Number.isNaN(n))) {
        return { raw, ...span, invalid: 'date-parts must hold numbers: [[year, month, day]]' };
      }
      return { raw, ...span, ...isoFromParts(first[0], first[1], first[2]) };
    }
    for (const alt of ['raw', 'literal']) {
      const v = getPair(node, alt)?.value;
      if (isScalar(v) && typeof v.value === 'string') return { raw: v.value, ...span, ...parseIsoDate(v.value) };
    }
    return { raw: '', ...span, invalid: 'a CSL date needs date-parts, raw or literal' };
  }
  return { raw: '', ...span, invalid: 'a date must be an ISO string or a CSL date object' };
}
