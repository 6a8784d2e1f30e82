/**
 * Completion of YAML keys and values from the schema. The text being typed is rarely valid YAML, so
 * the word at the cursor is swapped for a placeholder key or value, the result parsed (with the same
 * guards), and the placeholder's path in that document tells which schema applies.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { defaultOf, kindSummary, valuesOf } from './key-docs';
import { describe, schemasAt } from './schemas';
import type { SchemaId } from './schemas';
import { lineStartAt } from '../../core/text';
import { readSlice } from './yaml-tree';
import type { PathStep } from './yaml-tree';

/** One completion: `insertText` replaces the file text from `start` to `end` (the word being typed). */
export interface SchemaCompletion {
  label: string;
  kind: 'property' | 'value';
  detail?: string;
  documentation?: string;
  insertText: string;
  start: number;
  end: number;
}

const KEY = '__policy_notes_key__';
const VALUE = '__policy_notes_value__';
const WORD = /[\w.-]*$/;

/** Keys valid in the mapping at `offset` and not yet written there, or the values allowed for the key or list item at it. */
export function schemaCompletions(text: string, yamlStart: number, yamlEnd: number, schema: SchemaId, offset: number): SchemaCompletion[] {
  if (offset < yamlStart || offset > yamlEnd) return [];
  const lineStart = Math.max(yamlStart, lineStartAt(text, offset));
  const before = text.slice(lineStart, offset);
  const rest = text.slice(offset, yamlEnd).match(/^[\w.-]*/)![0];
  const start = offset - WORD.exec(before)![0].length;
  const end = offset + rest.length;
  const at = (token: string, written = token) => findPlaceholder(text.slice(yamlStart, start) + written + text.slice(end, yamlEnd), token, schema);
  // A key is typed at the start of a line or after list dashes; a value after `key:` on its line.
  if (/^[ \t]*(?:-[ \t]+)*(?:[A-Za-z_][\w.-]*)?$/.test(before)) {
    const colonFollows = /^[ \t]*:/.test(text.slice(end, yamlEnd));
    const keys = at(KEY, colonFollows ? KEY : `${KEY}:`);
    const items = /-[ \t]+[\w.-]*$/.test(before) && !colonFollows ? at(VALUE) : undefined;
    return [...(keys ? keyCompletions(schema, keys, colonFollows) : []), ...(items ? valueCompletions(schema, items.path, '') : [])].map((c) => ({ ...c, start, end }));
  }
  const value = /^[ \t]*(?:-[ \t]+)*[^\s#][^#]*?:([ \t]*)[\w.-]*$/.exec(before);
  if (!value) return [];
  const lead = value[1] === '' ? ' ' : '';
  const found = at(VALUE, lead + VALUE);
  return found ? valueCompletions(schema, found.path, lead).map((c) => ({ ...c, start, end })) : [];
}

type Item = Omit<SchemaCompletion, 'start' | 'end'>;

function keyCompletions(schema: SchemaId, found: Found, colonFollows: boolean): Item[] {
  const out: Item[] = [];
  const seen = new Set(found.siblings);
  for (const at of schemasAt(schema, found.path.slice(0, -1))) {
    for (const [key, node] of Object.entries(at.node.properties ?? {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      const prop = { node, file: at.file };
      out.push({ label: key, kind: 'property', detail: kindSummary(prop), documentation: describe(prop), insertText: colonFollows ? key : `${key}: ` });
    }
  }
  return out;
}

function valueCompletions(schema: SchemaId, path: PathStep[], lead: string): Item[] {
  const out: Item[] = [];
  const seen = new Set<string>();
  for (const at of schemasAt(schema, path)) {
    const fallback = defaultOf(at);
    for (const value of valuesOf(at).values) {
      const label = String(value);
      if (seen.has(label)) continue;
      seen.add(label);
      out.push({ label, kind: 'value', detail: value === fallback ? 'default' : undefined, insertText: lead + label });
    }
  }
  return out;
}

/** Where the placeholder landed: the path to it and, for a key, the other keys of its mapping. */
interface Found {
  path: PathStep[];
  siblings: string[];
}

function findPlaceholder(yaml: string, placeholder: string, schema: SchemaId): Found | undefined {
  const { doc } = readSlice(yaml, 0, yaml.length, schema);
  const walk = (node: unknown, path: PathStep[]): Found | undefined => {
    if (isScalar(node)) return node.value === placeholder ? { path, siblings: [] } : undefined;
    if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const found = walk(item, [...path, i]);
        if (found) return found;
      }
    }
    if (isMap(node)) {
      const keys = node.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []));
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (pair.key.value === placeholder) return { path: [...path, placeholder], siblings: keys };
        const found = walk(pair.value as Node | null, [...path, String(pair.key.value)]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc?.contents, []);
}
