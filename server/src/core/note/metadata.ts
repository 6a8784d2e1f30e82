/**
 * Reads the note-level keys shared by Markdown front matter and YAML notes: title, date, date-order,
 * bibliography, references and events.
 */
import { isMap, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { readCslList } from './csl';
import { metaDateAt } from './meta-date';
import { getPair, nodeSpan, scalarAt, scalarListAt } from './yaml-source';
import type { SyntaxProblem } from './yaml-source';
import type { Citation, NoteEvent, NoteMeta, Reference } from './model';

const DATE_ORDERS = ['DMY', 'MDY', 'YMD'];

/** Reads `sources:` keys of a claim or event as citations. */
export function sourcesAt(map: unknown, base: number): Citation[] {
  return scalarListAt(map, 'sources', base).map((s) => ({
    key: s.value,
    span: { start: s.start, end: s.end },
    keySpan: { start: s.start, end: s.end },
    narrative: false,
  }));
}

/** Reads `events:` entries. */
export function readEvents(root: unknown, base: number, problems: SyntaxProblem[]): NoteEvent[] {
  const node = getPair(root, 'events')?.value;
  if (!node) return [];
  if (!isSeq(node)) {
    const span = nodeSpan(node as Node, base);
    if (span) problems.push({ ...span, message: 'events must be a list of {id, date, text, sources}' });
    return [];
  }
  const out: NoteEvent[] = [];
  for (const item of node.items) {
    const span = nodeSpan(item as Node, base);
    if (!span || !isMap(item)) continue;
    const id = scalarAt(item, 'id', base);
    out.push({
      span,
      id: id ? { value: id.value, start: id.start, end: id.end } : undefined,
      text: scalarAt(item, 'text', base)?.value,
      date: metaDateAt(item, 'date', base),
      sources: sourcesAt(item, base),
    });
  }
  return out;
}

/** What the shared keys yield. */
export interface MetadataResult {
  meta: NoteMeta;
  references: Reference[];
  events: NoteEvent[];
}

/** Reads the shared note keys from the root mapping of a parsed YAML document. */
export function readMetadata(doc: Document.Parsed | null, base: number, file: string, problems: SyntaxProblem[]): MetadataResult {
  const root = doc?.contents;
  const meta: NoteMeta = { bibliography: [] };
  if (!root) return { meta, references: [], events: [] };
  if (!isMap(root)) {
    const span = nodeSpan(root as Node, base) ?? { start: base, end: base };
    problems.push({ ...span, message: 'The metadata must be a mapping of keys to values' });
    return { meta, references: [], events: [] };
  }
  meta.title = scalarAt(root, 'title', base)?.value;
  meta.date = metaDateAt(root, 'date', base);
  const order = scalarAt(root, 'date-order', base);
  if (order) {
    if (DATE_ORDERS.includes(order.value)) meta.dateOrder = order;
    else problems.push({ start: order.start, end: order.end, message: `date-order must be DMY, MDY or YMD, not "${order.value}"` });
  }
  meta.bibliography = scalarListAt(root, 'bibliography', base).map((b) => ({ path: b.value, start: b.start, end: b.end }));
  const references = readCslList(getPair(root, 'references')?.value, file, 'front-matter', base, problems);
  return { meta, references, events: readEvents(root, base, problems) };
}
