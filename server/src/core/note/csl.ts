/** Reads CSL-YAML and CSL-JSON references (both parsed with `yaml`, which keeps ranges for JSON too). */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { getPair, nodeSpan, scalarAt } from './yaml-source';
import type { SyntaxProblem } from './yaml-source';
import { metaDateAt } from './meta-date';
import { RELIABILITIES } from './model';
import type { Reference, ReferenceOrigin, Reliability } from './model';

/** Reads CSL names: `{family, given}` or `{literal}` objects, or plain strings. */
function authorsOf(map: unknown): string[] {
  const node = getPair(map, 'author')?.value;
  if (!isSeq(node)) return [];
  const out: string[] = [];
  for (const item of node.items) {
    if (isScalar(item)) out.push(String(item.value));
    else if (isMap(item)) {
      const literal = scalarAt(item, 'literal', 0)?.value;
      const family = scalarAt(item, 'family', 0)?.value;
      const given = scalarAt(item, 'given', 0)?.value;
      const name = literal ?? [given, family].filter(Boolean).join(' ');
      if (name) out.push(name);
    }
  }
  return out;
}

/** Reads one CSL entry; returns problems for what makes it unusable. */
export function readCslEntry(
  node: unknown,
  file: string,
  origin: ReferenceOrigin,
  base: number,
  problems: SyntaxProblem[],
): Reference | undefined {
  const entrySpan = nodeSpan(node as Node, base);
  if (!entrySpan) return undefined;
  if (!isMap(node)) {
    problems.push({ ...entrySpan, message: 'A reference must be a mapping with at least an id' });
    return undefined;
  }
  const id = scalarAt(node, 'id', base);
  if (!id || id.value === '') {
    problems.push({ ...entrySpan, message: 'This reference has no id, so nothing can cite it' });
    return undefined;
  }
  const reliabilityRaw = scalarAt(node, 'reliability', base);
  let reliability: Reliability = 'secondary';
  if (reliabilityRaw) {
    if ((RELIABILITIES as readonly string[]).includes(reliabilityRaw.value)) reliability = reliabilityRaw.value as Reliability;
    else {
      problems.push({
        start: reliabilityRaw.start,
        end: reliabilityRaw.end,
        message: `reliability must be one of ${RELIABILITIES.join(', ')}; "${reliabilityRaw.value}" was read as secondary`,
      });
    }
  }
  return {
    id: id.value,
    file,
    origin,
    idSpan: { start: id.start, end: id.end },
    entrySpan,
    type: scalarAt(node, 'type', base)?.value,
    title: scalarAt(node, 'title', base)?.value,
    url: scalarAt(node, 'URL', base)?.value ?? scalarAt(node, 'url', base)?.value,
    doi: scalarAt(node, 'DOI', base)?.value ?? scalarAt(node, 'doi', base)?.value,
    container: scalarAt(node, 'container-title', base)?.value ?? scalarAt(node, 'publisher', base)?.value,
    authors: authorsOf(node),
    issued: metaDateAt(node, 'issued', base),
    accessed: metaDateAt(node, 'accessed', base),
    reliability,
  };
}

/** Reads a list of CSL entries (the value of `references:` or a whole CSL file). */
export function readCslList(
  node: unknown,
  file: string,
  origin: ReferenceOrigin,
  base: number,
  problems: SyntaxProblem[],
): Reference[] {
  // `references:` with nothing after it is YAML null: no references (removing the last one leaves it).
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    const span = nodeSpan(node as Node, base) ?? { start: base, end: base };
    problems.push({ ...span, message: 'References must be a list of CSL entries' });
    return [];
  }
  const out: Reference[] = [];
  const seen = new Map<string, Reference>();
  for (const item of node.items) {
    const ref = readCslEntry(item, file, origin, base, problems);
    if (!ref) continue;
    if (seen.has(ref.id)) {
      problems.push({ ...ref.idSpan, message: `The reference id "${ref.id}" is defined twice in this file; the first one is used` });
      continue;
    }
    seen.set(ref.id, ref);
    out.push(ref);
  }
  return out;
}
