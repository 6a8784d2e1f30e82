/**
 * A YAML slice of a file read for schema work: the guarded parse of the core (never the parser on
 * unchecked input), the plain value a validator needs, and where each JSON pointer sits in the file.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { FRONT_MATTER_CAP, YAML_FILE_CAP } from '../../core/note/yaml-guard';
import { parseYaml } from '../../core/note/yaml-source';
import { lineBreakFrom } from '../../core/text';
import type { Span } from '../../core/text';
import type { SchemaId } from './schemas';

/** One step below a value: a key of a mapping or an index of a list. */
export type PathStep = string | number;

/** Where the value at one JSON pointer was written: its key (absent for list items and the root), and the short span to underline for the value as a whole. */
export interface Placed {
  key?: Span;
  /** A scalar's (or alias's) own span; else its key; else the first line of the value (never a whole block). */
  head: Span;
}

/** A parsed slice: the document (null when refused), whether it parsed cleanly, the file text and the slice's offset in it. */
export interface YamlSlice {
  doc: Document.Parsed | null;
  clean: boolean;
  text: string;
  base: number;
}

/** Parses `text.slice(start, end)` with the limits for its kind (front matter has the tighter cap). */
export function readSlice(text: string, start: number, end: number, schema: SchemaId): YamlSlice {
  const parsed = parseYaml(text.slice(start, end), start, schema === 'front-matter' ? FRONT_MATTER_CAP : YAML_FILE_CAP);
  const clean = parsed.doc !== null && parsed.doc.errors.length === 0;
  return { doc: parsed.doc, clean, text, base: start };
}

/** Escapes one step as a JSON pointer segment, as ajv writes `instancePath`. */
export function pointerStep(step: PathStep): string {
  return '/' + String(step).replace(/~/g, '~0').replace(/\//g, '~1');
}

const MAX_ALIAS_NESTING = 20;

/** The plain value of a document and where every JSON pointer was written, or undefined when there is none or aliases expand too far. */
export function plainValue(slice: YamlSlice): { value: unknown; places: Map<string, Placed> } | undefined {
  const { doc } = slice;
  const contents = doc?.contents as Node | null | undefined;
  if (!doc || !contents?.range) return undefined;
  const places = new Map<string, Placed>();
  // Aliases are expanded so the value is what Pandoc and other readers see, within a budget that
  // keeps nested aliases (a "billion laughs") from growing without bound; inside an expansion every
  // pointer is placed on the alias itself.
  let budget = 100_000;
  const convert = (node: Node | null, pointer: string, place: Placed, aliases: number): unknown => {
    if (--budget < 0 || aliases > MAX_ALIAS_NESTING) throw new RangeError('aliases expand too far');
    places.set(pointer, place);
    if (!node) return null;
    if (isAlias(node)) return convert((node.resolve(doc) as Node | undefined) ?? null, pointer, place, aliases + 1);
    if (isScalar(node)) return typeof node.value === 'object' && node.value !== null ? String(node.source ?? '') : node.value;
    const inside = (child: Placed) => (aliases > 0 ? place : child);
    if (isSeq(node)) {
      return node.items.map((item, i) => convert(item as Node | null, pointer + pointerStep(i), inside({ head: headOf(slice, item as Node | null) ?? place.head }), aliases));
    }
    if (!isMap(node)) return null;
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isScalar(pair.key) || pair.key.value === null || !pair.key.range) continue;
      const key = String(pair.key.value);
      // First wins, as the engine reads duplicates; `defineProperty` keeps a `__proto__` key a plain key.
      if (Object.prototype.hasOwnProperty.call(out, key)) continue;
      const keySpan = spanOf(slice, pair.key.range);
      const value = pair.value as Node | null;
      const head = (isScalar(value) || isAlias(value)) && value.range && value.range[1] > value.range[0] ? spanOf(slice, value.range) : keySpan;
      const child = convert(value, pointer + pointerStep(key), inside({ key: keySpan, head }), aliases);
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  try {
    return { value: convert(contents, '', { head: headOf(slice, contents)! }, 0), places };
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

function spanOf(slice: YamlSlice, range: readonly number[]): Span {
  return { start: slice.base + range[0], end: slice.base + range[1] };
}

/** A scalar's span, or the first line of a block (trailing blanks and CR left out). */
function headOf(slice: YamlSlice, node: Node | null): Span | undefined {
  if (!node?.range) return undefined;
  const { start, end } = spanOf(slice, node.range);
  if (isScalar(node)) return { start, end };
  const newline = lineBreakFrom(slice.text, start);
  let stop = newline < 0 || newline > end ? end : newline;
  while (stop > start && /\s/.test(slice.text[stop - 1])) stop--;
  return { start, end: stop };
}

/** What sits at an offset: the path to the innermost key or value there, and whether it is a key. */
export interface Location {
  path: PathStep[];
  onKey: boolean;
}

/** Finds the key or value under a file offset, or undefined outside every node. */
export function locate(slice: YamlSlice, offset: number): Location | undefined {
  const target = offset - slice.base;
  const walk = (node: unknown, path: PathStep[]): Location | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && key.range && target >= key.range[0] && target <= key.range[1]) return { path: [...path, String(key.value)], onKey: true };
        const value = pair.value as Node | null;
        if (isScalar(key) && value?.range && target >= value.range[0] && target <= value.range[1]) {
          return walk(value, [...path, String(key.value)]) ?? { path: [...path, String(key.value)], onKey: false };
        }
      }
    }
    if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const range = (item as Node | null)?.range;
        if (range && target >= range[0] && target <= range[1]) return walk(item, [...path, i]) ?? { path: [...path, i], onKey: false };
      }
    }
    return undefined;
  };
  return walk(slice.doc?.contents, []);
}
