/**
 * A fast path for the YAML that notes and bibliographies are almost always written in: block
 * mappings and sequences, one plain or simply quoted scalar per line, one-line flow sequences, plain
 * literal and folded block scalars, opening comment lines. It builds the very nodes `yaml`'s
 * parseDocument builds for such text (same classes, values, types and ranges) several times faster,
 * because `yaml`'s general parser is most of the cost of reading a note. Anything outside that shape
 * (other comments, anchors, aliases, tags, multi-line flow scalars, escapes, flow mappings, tabs, CR)
 * makes it give up, and the caller parses with `yaml`.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar } from 'yaml';
import type { DocumentOptions, Node, ParseOptions, SchemaOptions } from 'yaml';

/** The options `parseYaml` gives `yaml`; the fast path builds its document with the same. */
export type FastYamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** Thrown (and caught below) when the text leaves the shape the fast path handles. */
class Unsupported extends Error {}
const GIVE_UP = new Unsupported();

// Never handled: tabs, CR, escapes, flow mappings, comments, document markers and directives.
const UNSUPPORTED = /[\t\r\\{}]|(?:^|[ ])#|^(?:---|\.\.\.|%)/m;
const KEY = /[A-Za-z0-9_][A-Za-z0-9_./-]*/y;
// Characters that cannot start a plain scalar, or start one only when a space follows.
const INDICATOR = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?:[ ]|$))/;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Leading spaces. */
  indent: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Offset just past the line break. */
  next: number;
  blank: boolean;
}

type Tag = { default?: boolean | 'key'; test?: RegExp; format?: string; resolve: (value: string, onError: (msg: string) => void, options: object) => unknown };

/** Parses `text` as `yaml`'s parseDocument would, or returns undefined when the text is not plain block YAML. */
export function parseFastYaml(text: string, options: FastYamlOptions): Document.Parsed | undefined {
  const lead = leadingComments(text);
  if (!lead || lead.end >= text.length || UNSUPPORTED.test(lead.end === 0 ? text : text.slice(lead.end))) return undefined;
  const doc = new Document(undefined, options);
  try {
    const parser = new BlockParser(text, splitLines(text, lead.end), doc.schema.tags as unknown as Tag[], doc.options);
    const contents = parser.document();
    doc.contents = contents;
    (doc as Document.Parsed).range = [lead.end, contents.range![2], text.length];
    if (lead.comment !== undefined) attachLeadingComment(doc, contents, lead.comment, lead.spaced);
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
  return doc as Document.Parsed;
}

/**
 * The comment lines that open the text (`# …` from column 0, then at most blank lines): where the
 * content starts, the comment as `yaml` joins it, and whether a blank line separates it from the
 * content. Undefined when they take a shape `yaml` treats otherwise (blank lines between them, spaces
 * at their ends).
 */
function leadingComments(text: string): { end: number; comment?: string; spaced: boolean } | undefined {
  const parts: string[] = [];
  let at = 0;
  while (text.charCodeAt(at) === 35) {
    const end = text.indexOf('\n', at);
    if (end === -1) return undefined;
    const line = text.slice(at + 1, end);
    if (line.endsWith(' ') || /[\t\r]/.test(line)) return undefined;
    parts.push(line);
    at = end + 1;
  }
  if (parts.length === 0) return { end: 0, spaced: false };
  let spaced = false;
  while (text.charCodeAt(at) === 10) {
    spaced = true;
    at++;
  }
  if (text.charCodeAt(at) === 35) return undefined;
  return { end: at, comment: parts.join('\n'), spaced };
}

/** Puts the opening comment where `yaml` puts it: on the document after a blank line, else on the first item. */
function attachLeadingComment(doc: Document, contents: YAMLMap | YAMLSeq, comment: string, spaced: boolean): void {
  if (spaced) {
    doc.commentBefore = comment;
    return;
  }
  const first = contents.items[0] as Pair<Node, Node> | Node;
  (first instanceof Pair ? first.key : first).commentBefore = comment;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32) indent++;
    lines.push({ start, indent, end, next: Math.min(end + 1, text.length), blank: start + indent >= end });
    start = end + 1;
  }
  return lines;
}

class BlockParser {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
    private readonly tags: readonly Tag[],
    private readonly options: object,
  ) {}

  /** The document's one top-level collection; nothing but blank lines may follow it. */
  document(): YAMLMap | YAMLSeq {
    const first = this.lines[0];
    if (!first || first.blank || first.indent !== 0) throw GIVE_UP;
    const node = this.isDash(first, 0) ? this.seq(0) : this.map(0, first.start);
    for (; this.i < this.lines.length; this.i++) if (!this.lines[this.i].blank) throw GIVE_UP;
    return node;
  }

  /** A block mapping whose keys sit at column `col`; its first key starts at `at` (after a "- " when in a sequence). */
  private map(col: number, at: number): YAMLMap {
    const map = new YAMLMap();
    let pos = at;
    while (this.i < this.lines.length) {
      // Blank lines before a line that ends this map belong to whatever comes next.
      const j = this.nextContent();
      if (j >= this.lines.length) break;
      const line = this.lines[j];
      if (map.items.length > 0) {
        if (line.indent < col) break;
        if (line.indent > col || this.isDash(line, col)) throw GIVE_UP;
        pos = line.start + col;
      }
      const spaced = j > this.i;
      this.i = j;
      KEY.lastIndex = pos;
      if (!KEY.test(this.text)) throw GIVE_UP;
      const keyEnd = KEY.lastIndex;
      if (this.text.charCodeAt(keyEnd) !== 58 || !this.spaceOrEnd(keyEnd + 1, line)) throw GIVE_UP;
      const key = this.scalar(this.text.slice(pos, keyEnd), pos, keyEnd, keyEnd, true);
      if (spaced) {
        if (map.items.length === 0) throw GIVE_UP;
        key.spaceBefore = true;
      }
      map.items.push(new Pair(key, this.valueAfter(keyEnd + 1, line, col, true)));
    }
    const last = map.items[map.items.length - 1].value as Node;
    map.range = [at, last.range![2], last.range![2]];
    return map;
  }

  /** A block sequence whose dashes sit at column `col`. */
  private seq(col: number): YAMLSeq {
    const seq = new YAMLSeq();
    let start = -1;
    while (this.i < this.lines.length) {
      const j = this.nextContent();
      if (j >= this.lines.length) break;
      const line = this.lines[j];
      if (line.indent < col) break;
      if (line.indent > col) throw GIVE_UP;
      if (!this.isDash(line, col)) break;
      const spaced = j > this.i;
      this.i = j;
      const dash = line.start + col;
      if (start < 0) start = dash;
      let p = dash + 1;
      while (this.text.charCodeAt(p) === 32) p++;
      if (p >= line.end || p === dash + 1) throw GIVE_UP;
      let item: Node;
      KEY.lastIndex = p;
      if (KEY.test(this.text) && this.text.charCodeAt(KEY.lastIndex) === 58 && this.spaceOrEnd(KEY.lastIndex + 1, line)) {
        item = this.map(p - line.start, p);
      } else {
        item = this.valueAfter(dash + 1, line, col, false);
      }
      if (spaced) {
        if (seq.items.length === 0) throw GIVE_UP;
        item.spaceBefore = true;
      }
      seq.items.push(item);
    }
    const last = seq.items[seq.items.length - 1] as Node;
    seq.range = [start, last.range![2], last.range![2]];
    return seq;
  }

  /**
   * The value after a key's colon or a sequence dash at offset `from` of `line`: on the same line, or
   * (after a key with nothing after its colon) a more indented block, a sequence at the key's column,
   * or null.
   */
  private valueAfter(from: number, line: Line, col: number, afterKey: boolean): Node {
    let p = from;
    while (p < line.end && this.text.charCodeAt(p) === 32) p++;
    this.i++;
    if (p >= line.end) {
      if (!afterKey || p !== from) throw GIVE_UP;
      const next = this.lines[this.i];
      if (next && !next.blank && next.indent > col) return this.isDash(next, next.indent) ? this.seq(next.indent) : this.map(next.indent, next.start + next.indent);
      if (next && !next.blank && next.indent === col && this.isDash(next, col)) return this.seq(col);
      // A blank line or the end of the text after an empty value: `yaml`'s ranges differ there.
      if (!next || next.blank) throw GIVE_UP;
      return this.scalar('', from, from, from, false);
    }
    const node = this.inline(p, line, col);
    // A more indented line after a value would continue it (a multi-line scalar) or be an error.
    let j = this.i;
    while (j < this.lines.length && this.lines[j].blank) j++;
    if (j < this.lines.length && this.lines[j].indent > col) throw GIVE_UP;
    return node;
  }

  /** A quoted, plain or block scalar, or a flow sequence, starting at `p` of `line` (in a node at column `col`). */
  private inline(p: number, line: Line, col: number): Node {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === 124 || c === 62) return this.blockScalar(p, line, col);
    if (c === 34 || c === 39) {
      let close = p + 1;
      for (;;) {
        close = text.indexOf(c === 34 ? '"' : "'", close);
        if (close === -1 || close >= line.end) throw GIVE_UP;
        if (c === 39 && text.charCodeAt(close + 1) === 39) close += 2;
        else break;
      }
      if (!this.onlySpaces(close + 1, line.end)) throw GIVE_UP;
      let value = text.slice(p + 1, close);
      if (c === 39) value = value.replaceAll("''", "'");
      const scalar = new Scalar(value);
      scalar.range = [p, close + 1, line.next];
      scalar.source = value;
      scalar.type = c === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      return scalar;
    }
    if (c === 91) return this.flowSeq(p, line);
    let end = line.end;
    while (text.charCodeAt(end - 1) === 32) end--;
    const value = text.slice(p, end);
    if (INDICATOR.test(value) || value.includes(': ') || value.endsWith(':')) throw GIVE_UP;
    return this.scalar(value, p, end, line.next, false);
  }

  /**
   * A literal or folded block scalar (`|`, `|-`, `>`, `>-`) whose lines all share one indent, with no
   * blank, more indented or trailing-space lines (the cases where folding rules get subtle).
   */
  private blockScalar(p: number, line: Line, col: number): Scalar {
    const header = this.text.slice(p, line.end);
    if (header !== '|' && header !== '|-' && header !== '>' && header !== '>-') throw GIVE_UP;
    const parts: string[] = [];
    const indent = this.lines[this.i]?.indent ?? 0;
    if (indent <= col) throw GIVE_UP;
    let last: Line | undefined;
    for (; this.i < this.lines.length; this.i++) {
      const body = this.lines[this.i];
      if (body.blank) throw GIVE_UP;
      if (body.indent < indent) break;
      if (body.indent > indent || this.text.charCodeAt(body.end - 1) === 32 || body.next === body.end) throw GIVE_UP;
      parts.push(this.text.slice(body.start + indent, body.end));
      last = body;
    }
    if (!last || this.lines[this.i]?.blank) throw GIVE_UP;
    const value = parts.join(header[0] === '|' ? '\n' : ' ') + (header.length === 1 ? '\n' : '');
    const scalar = new Scalar(value);
    scalar.range = [p, last.next, last.next];
    scalar.source = value;
    scalar.type = header[0] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
    return scalar;
  }

  /** A flow sequence of plain scalars on one line: `[a, b]`. */
  private flowSeq(open: number, line: Line): YAMLSeq {
    const text = this.text;
    let close = line.end;
    while (text.charCodeAt(close - 1) === 32) close--;
    close--;
    if (text.charCodeAt(close) !== 93) throw GIVE_UP;
    const inner = text.slice(open + 1, close);
    if (/[[\]"']/.test(inner)) throw GIVE_UP;
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.range = [open, close + 1, line.next];
    if (/^ *$/.test(inner)) return seq;
    let from = open + 1;
    for (const part of inner.split(',')) {
      const to = from + part.length;
      const lead = part.length - part.trimStart().length;
      const value = part.trim();
      if (value === '' || INDICATOR.test(value) || value.includes(': ') || value.endsWith(':')) throw GIVE_UP;
      seq.items.push(this.scalar(value, from + lead, from + lead + value.length, to, false));
      from = to + 1;
    }
    return seq;
  }

  /** A plain scalar, typed by the schema's tags as `yaml` types it. */
  private scalar(value: string, start: number, valueEnd: number, nodeEnd: number, atKey: boolean): Scalar {
    const tag = this.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value));
    let scalar: Scalar;
    if (tag) {
      const res = tag.resolve(value, () => {
        throw GIVE_UP;
      }, this.options);
      scalar = isScalar(res) ? res : new Scalar(res);
      if (tag.format) scalar.format = tag.format;
    } else scalar = new Scalar(value);
    scalar.range = [start, valueEnd, nodeEnd];
    scalar.source = value;
    scalar.type = 'PLAIN';
    return scalar;
  }

  /** The index of the first non-blank line from the current one (the line count if none). */
  private nextContent(): number {
    let j = this.i;
    while (j < this.lines.length && this.lines[j].blank) j++;
    return j;
  }

  private isDash(line: Line, col: number): boolean {
    const at = line.start + col;
    return this.text.charCodeAt(at) === 45 && (at + 1 >= line.end || this.text.charCodeAt(at + 1) === 32);
  }

  private spaceOrEnd(at: number, line: Line): boolean {
    return at >= line.end || this.text.charCodeAt(at) === 32;
  }

  private onlySpaces(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.text.charCodeAt(k) !== 32) return false;
    return true;
  }
}
