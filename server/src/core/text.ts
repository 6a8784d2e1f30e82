/**
 * Positions in a document. The engine works in UTF-16 offsets (what JavaScript strings and LSP use);
 * line/column pairs are derived on demand for output.
 */

/** A half-open span of UTF-16 offsets, `start` inclusive and `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A zero-based line and UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}

/** A line break: CRLF, LF or a lone CR. */
const LINE_BREAK = /\r\n?|\n/g;

/** Maps offsets to lines and columns for one text; built once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      // A line also ends at a lone carriage return, as editors (LSP) and markdown-it count lines.
      LINE_BREAK.lastIndex = 0;
      for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
    }
    this.starts = starts;
  }

  /** Number of lines (a text ending in a newline has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    // The break's last character: a \n (after a \r in a CRLF) or a lone \r.
    const last = this.starts[line + 1] - 1;
    return this.text.charCodeAt(last) === 10 && last > this.starts[line] && this.text.charCodeAt(last - 1) === 13 ? last - 1 : last;
  }

  /** Zero-based line holding `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and UTF-16 column of `offset`. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line] };
  }

  /** Offset of a line and column (clamped to the line). */
  offsetAt(position: Position): number {
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}

/** The lines of a text, without their line breaks (CRLF, LF or a lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

/** Offset of the start of the line that holds `offset` (a line starts after CRLF, LF or a lone CR). */
export function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Offset of the first line break (LF or CR) at or after `from`; -1 when there is none. */
export function lineBreakFrom(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
}

/** Replaces every character but line breaks (CRLF, LF, a lone CR) with a space, keeping offsets. */
export function blank(text: string): string {
  let out = '';
  let at = 0;
  if (!text.includes('\r')) {
    // The common case, and the prose builder blanks thousands of short stretches per note.
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', at)) {
      out += ' '.repeat(nl - at) + '\n';
      at = nl + 1;
    }
    return out + ' '.repeat(text.length - at);
  }
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    out += ' '.repeat(m.index - at) + m[0];
    at = m.index + m[0].length;
  }
  return out + ' '.repeat(text.length - at);
}

/** Whether `inner` lies entirely within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** How many leading and trailing characters two texts share (an edit's unchanged ends); they never overlap. */
export function sharedEnds(a: string, b: string): { prefix: number; suffix: number } {
  // Compared a chunk at a time: equal slices compare as memory, much faster than character by character.
  const CHUNK = 1024;
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix + CHUNK <= max && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)) suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * `s` with storage of its own. A slice of a long text keeps the whole text alive, so what outlives a
 * version of a document (an editor's memo) holds copies, not slices of that version.
 */
export function ownCopy(s: string): string {
  // Joining forces a flat copy of both parts; the slice then points into that copy alone.
  return (' ' + s).slice(1);
}
