/**
 * Safe YAML reading with exact ranges. The `yaml` package keeps every node's range; we walk nodes
 * ourselves (never `toJS`) so aliases cannot expand and every value keeps its position.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Span } from '../text';
import { parseFastYaml } from './yaml-fast';
import { FRONT_MATTER_CAP, YAML_FILE_CAP, YAML_LIMITS, refusal } from './yaml-guard';
import type { YamlCap } from './yaml-guard';

const LONE_CR = /\r(?!\n)/g;

/** A parse problem with its position in the whole file. */
export interface SyntaxProblem extends Span {
  message: string;
}

/** A parsed YAML text: the document (or null when refused) and its problems, offsets in file terms. */
export interface ParsedYaml {
  doc: Document.Parsed | null;
  /** Added to every node range to get a file offset (non-zero for front matter). */
  base: number;
  problems: SyntaxProblem[];
}

/** Parses a Markdown note's front matter: the YAML at `content` (between the fences) of `text`. */
export function parseFrontMatter(text: string, content: Span): ParsedYaml {
  return parseYaml(text.slice(content.start, content.end), content.start, FRONT_MATTER_CAP);
}

/** Parses YAML text that starts at file offset `base`, refusing inputs past the limits of `cap`. */
export function parseYaml(text: string, base = 0, cap: YamlCap = YAML_FILE_CAP): ParsedYaml {
  // YAML counts a lone CR as a line break, the `yaml` package (and our guard) do not: it becomes an
  // LF, which keeps every offset (and a line break inside a scalar reads as LF in YAML anyway).
  const source = text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
  const refused = refusal(source, cap);
  if (refused) return { doc: null, base, problems: [{ start: base, end: base, message: refused }] };
  const options = { uniqueKeys: false, prettyErrors: false, strict: false } as const;
  // Plain block YAML (nearly every front matter) takes the fast path, which builds the same nodes.
  const fast = parseFastYaml(source, options);
  const doc = fast ?? parseDocument(source, options);
  // An error at the very end (an unclosed quote) is placed on the last character, not past the YAML.
  const last = Math.max(0, text.trimEnd().length - 1);
  const problems: SyntaxProblem[] = doc.errors.map((e) => ({
    start: base + Math.min(e.pos[0], last),
    end: base + Math.min(Math.max(e.pos[1], e.pos[0]), last + 1),
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  // Aliases are never expanded (we walk nodes), but a flood of them is refused as hostile; the fast
  // path builds none.
  const found: NodesFound = { maps: [], aliases: 0 };
  collectNodes(doc.contents, found);
  if (found.aliases > YAML_LIMITS.maxAliases) {
    problems.push({ start: base, end: base, message: `${cap.subject} has more than ${YAML_LIMITS.maxAliases} aliases and was not read` });
    return { doc: null, base, problems };
  }
  // `uniqueKeys: false` avoids the parser's quadratic check; this linear one reports every mapping's repeats.
  for (const map of found.maps) problems.push(...duplicateKeys(map, base));
  return { doc, base, problems };
}

interface NodesFound {
  maps: YAMLMap[];
  aliases: number;
}

/**
 * The mappings under a node, outer before inner and keys before values (the order of the package's
 * `visit`), and its aliases. A walk of our own because `visit` builds a frozen path array for every
 * node it passes. The guard has bounded the depth.
 */
function collectNodes(node: unknown, found: NodesFound): void {
  if (isMap(node) || isSeq(node)) {
    if (isMap(node)) found.maps.push(node);
    for (const item of node.items) collectNodes(item, found);
  } else if (isPair(node)) {
    collectNodes(node.key, found);
    collectNodes(node.value, found);
  } else if (isAlias(node)) {
    found.aliases++;
  }
}

/** File span of a node. */
export function nodeSpan(node: Node | null | undefined, base: number): Span | undefined {
  if (!node || !node.range) return undefined;
  return { start: base + node.range[0], end: base + node.range[1] };
}

/** The pair of a map with this key, if any (first wins, as our duplicate check reports the rest). */
export function getPair(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of (map as YAMLMap<Node, Node>).items) {
    if (isScalar(item.key) && String(item.key.value) === key) return item as Pair<Node, Node>;
  }
  return undefined;
}

/** A scalar value with its span. */
export interface ScalarValue extends Span {
  value: string;
}

/** Reads a map value as a string scalar (numbers and booleans as written); aliases are not followed. */
export function scalarAt(map: unknown, key: string, base: number): ScalarValue | undefined {
  const pair = getPair(map, key);
  const node = pair?.value;
  if (!node || isAlias(node) || !isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const span = nodeSpan(node, base);
  if (!span) return undefined;
  const value = node.source !== undefined && typeof node.value !== 'string' ? String(node.source) : String(node.value);
  return { value, ...span };
}

/** Reads a map value as a list of string scalars (a lone scalar counts as a list of one). */
export function scalarListAt(map: unknown, key: string, base: number): ScalarValue[] {
  const node = getPair(map, key)?.value;
  if (isScalar(node)) {
    const one = scalarAt(map, key, base);
    return one ? [one] : [];
  }
  if (!isSeq(node)) return [];
  const out: ScalarValue[] = [];
  for (const item of node.items) {
    if (isScalar(item) && item.value !== null) {
      const span = nodeSpan(item as Node, base);
      if (span) out.push({ value: String(item.value), ...span });
    }
  }
  return out;
}

/** Keys that appear more than once in one mapping (linear, unlike the parser's own check). */
export function duplicateKeys(map: unknown, base: number): SyntaxProblem[] {
  if (!isMap(map)) return [];
  const seen = new Set<string>();
  const out: SyntaxProblem[] = [];
  for (const item of (map as YAMLMap<Node, Node>).items) {
    if (!isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (seen.has(key)) {
      const span = nodeSpan(item.key as Node, base);
      if (span) out.push({ ...span, message: `YAML: the key "${key}" appears more than once` });
    } else seen.add(key);
  }
  return out;
}

export { isMap, isSeq, isScalar };
