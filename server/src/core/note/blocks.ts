/**
 * Block structure from markdown-it (linear on every input we measured, unlike micromark on long
 * lists). markdown-it's own inline pass is switched off: `inline.ts` does that work with exact offsets.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { TextMemo } from '../memo';
import { ownCopy, sharedEnds } from '../text';
import type { LineIndex, Span } from '../text';
import type { BlockKind } from './model';

/** One prose block, with the file spans its content lines occupy. */
export interface ProseBlock {
  kind: BlockKind;
  /** markdown-it's content: the block's lines, markers and indentation stripped, joined by `\n`. */
  content: string;
  /** For each content line: where it starts in the content and in the file. */
  lines: Array<{ contentStart: number; fileStart: number; length: number }>;
  inQuote: boolean;
  inList: boolean;
  /** Label of the footnote definition this block belongs to. */
  footnote?: string;
}

/** An HTML block (comments in it carry inline control). */
export interface HtmlBlock {
  content: string;
  fileStart: number;
}

/** What the block pass found. */
export interface BlockScan {
  blocks: ProseBlock[];
  html: HtmlBlock[];
  /** Normalised labels of link reference definitions. */
  references: Set<string>;
  /** Footnote definitions: label and the file span of their lines. */
  footnotes: Array<{ label: string; span: Span }>;
  /**
   * After an edit, the stretch of the text parsed again, from a line start to a line start (or the
   * end), and where its end was before the edit: the blocks before it are the last version's, those
   * after it the last version's moved by the edit. Absent when the whole text was parsed.
   */
  reparsed?: Reparsed;
}

/** The stretch of an edited text parsed again: `[start, end)` now, `[start, oldEnd)` before the edit. */
export interface Reparsed {
  start: number;
  end: number;
  oldEnd: number;
}

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnote);
md.core.ruler.disable(['inline', 'footnote_tail', 'text_join']);

/** Maps each content line to its place in the file line it came from. */
function mapLines(content: string, firstLine: number, lines: LineIndex, text: string, fromColumn = 0): ProseBlock['lines'] {
  const out: ProseBlock['lines'] = [];
  let contentStart = 0;
  const parts = content.split('\n');
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const line = firstLine + k;
    const lineStart = lines.lineStart(line);
    const lineText = text.slice(lineStart, lines.lineEnd(line));
    const trimmed = lineText.trimEnd();
    let at = trimmed.endsWith(part) ? trimmed.length - part.length : lineText.indexOf(part, fromColumn);
    if (part.length === 0) at = -1;
    if (at >= 0) out.push({ contentStart, fileStart: lineStart + at, length: part.length });
    contentStart += part.length + 1;
  }
  return out;
}

/** The blocks of one top-level Markdown block (a paragraph, a list, a quote, a table, a footnote definition). */
interface TopBlock {
  /** Its first line; -1 when markdown-it does not give it. */
  startLine: number;
  blocks: ProseBlock[];
  html: HtmlBlock[];
  footnotes: BlockScan['footnotes'];
}

/** Parses lines [fromLine, toLine) of `text` (front matter blanked) into top-level blocks. */
function parseTopBlocks(text: string, lines: LineIndex, fromLine: number, toLine: number): { tops: TopBlock[]; references: string[] } {
  const from = lines.lineStart(fromLine);
  const whole = fromLine <= 0 && toLine >= lines.lineCount;
  // Blocks point into the text they were parsed from and outlive this version when an edit keeps
  // them: a part parses from a copy, so that it does not keep the whole text alive.
  const src = whole ? text : ownCopy(text.slice(from, toLine >= lines.lineCount ? text.length : lines.lineStart(toLine)));
  const env: Record<string, unknown> = {};
  const tokens = md.parse(src, env);
  const tops: TopBlock[] = [];
  let top: TopBlock | undefined;
  let quote = 0;
  let list = 0;
  const footnotes: Array<{ label: string; first: number; last: number }> = [];
  let kind: BlockKind | undefined;
  let rowLine = -1;
  let rowCursor = 0;
  for (const token of tokens) {
    // Lines in the file (the token's are in `src`); -1 when the token has none.
    const first = token.map ? token.map[0] + fromLine : -1;
    const end = token.map ? token.map[1] + fromLine : -1;
    // A footnote definition's opening token has no lines: its start is unknown, so it is never a place to resume from.
    if (token.level === 0 && token.nesting >= 0) tops.push((top = { startLine: first, blocks: [], html: [], footnotes: [] }));
    if (!top) continue;
    switch (token.type) {
      case 'blockquote_open': quote++; break;
      case 'blockquote_close': quote--; break;
      case 'bullet_list_open': case 'ordered_list_open': list++; break;
      case 'bullet_list_close': case 'ordered_list_close': list--; break;
      case 'footnote_reference_open': footnotes.push({ label: String(token.meta?.label ?? ''), first: -1, last: -1 }); break;
      case 'footnote_reference_close': {
        const def = footnotes.pop();
        if (def && def.first >= 0) top.footnotes.push({ label: def.label, span: { start: lines.lineStart(def.first), end: lines.lineEnd(def.last - 1) } });
        break;
      }
      case 'paragraph_open': kind = footnotes.length > 0 ? 'footnote' : 'paragraph'; break;
      case 'heading_open': kind = 'heading'; break;
      case 'tr_open': rowLine = first; rowCursor = 0; break;
      case 'th_open': case 'td_open': kind = 'table-cell'; break;
      case 'html_block':
        if (first >= 0) top.html.push({ content: token.content, fileStart: lines.lineStart(first) });
        break;
      case 'inline': {
        if (!kind || (first < 0 && kind !== 'table-cell')) break;
        const open = footnotes[footnotes.length - 1];
        if (open && first >= 0) {
          if (open.first < 0) open.first = first;
          open.last = Math.max(open.last, end);
        }
        let blockLines: ProseBlock['lines'];
        if (kind === 'table-cell') {
          blockLines = mapLines(token.content, rowLine, lines, text, rowCursor);
          if (blockLines[0]) rowCursor = blockLines[0].fileStart - lines.lineStart(rowLine) + token.content.length;
        } else blockLines = mapLines(token.content, first, lines, text);
        top.blocks.push({ kind, content: token.content, lines: blockLines, inQuote: quote > 0, inList: list > 0, footnote: open?.label });
        kind = undefined;
        break;
      }
      default:
        if (first >= 0 && footnotes.length > 0) {
          const open = footnotes[footnotes.length - 1];
          if (open.first < 0) open.first = first;
          open.last = Math.max(open.last, end);
        }
    }
  }
  return { tops, references: Object.keys((env.references as object) ?? {}) };
}

/** What a scan leaves for the next version of the same document. */
interface KeptScan {
  text: string;
  /** The memo's text version the scan is of. */
  version: number;
  lines: LineIndex;
  tops: TopBlock[];
  references: Set<string>;
}

/** A top-level block moved `chars` characters and `lineCount` lines down the file. */
function shifted(top: TopBlock, chars: number, lineCount: number): TopBlock {
  if (chars === 0 && lineCount === 0) return top;
  return {
    startLine: top.startLine < 0 ? -1 : top.startLine + lineCount,
    // Written out field by field: spreading was most of moving a long note's blocks after an edit.
    blocks: top.blocks.map((b) => ({
      kind: b.kind,
      content: b.content,
      lines: b.lines.map((l) => ({ contentStart: l.contentStart, fileStart: l.fileStart + chars, length: l.length })),
      inQuote: b.inQuote,
      inList: b.inList,
      footnote: b.footnote,
    })),
    html: top.html.map((h) => ({ ...h, fileStart: h.fileStart + chars })),
    footnotes: top.footnotes.map((f) => ({ label: f.label, span: { start: f.span.start + chars, end: f.span.end + chars } })),
  };
}

/** The index of the last top-level block starting before `line`, or -1. */
function lastStartBefore(tops: readonly TopBlock[], line: number): number {
  for (let i = tops.length - 1; i >= 0; i--) if (tops[i].startLine >= 0 && tops[i].startLine < line) return i;
  return -1;
}

/** How many lines past a block markdown-it may read to decide that it ends (a table's delimiter row). */
const LOOKAHEAD = 2;

/** Whether lines [fromLine, toLine) of a text hold a possible link or footnote definition (`]:`). */
function hasDefinitions(text: string, lines: LineIndex, fromLine: number, toLine: number): boolean {
  return text.slice(lines.lineStart(fromLine), toLine >= lines.lineCount ? text.length : lines.lineStart(toLine)).includes(']:');
}

/**
 * The top-level blocks of an edited text, re-parsing only around the edit, or undefined when the
 * edit may reach further (a link or footnote definition changed).
 *
 * markdown-it reads a top-level block from its first line onwards and never looks back, and decides
 * where a block ends by the lines just past it: the next one, and the one after when a table may
 * start there. So the blocks above the last one starting at least LOOKAHEAD lines above the edit
 * stay as they were. Parsing from there, once a new block starts on an unchanged line past the edit
 * that started a block before, everything below is the old parse moved down.
 */
function rescan(text: string, lines: LineIndex, kept: KeptScan, memo: TextMemo, edit?: Edit): { tops: TopBlock[]; reparsed: Reparsed } | undefined {
  const { prefix, suffix } = edit && kept.version === memo.textVersion - 1 ? edit : sharedEnds(kept.text, text);
  if (prefix === text.length && text.length === kept.text.length) return { tops: kept.tops, reparsed: { start: text.length, end: text.length, oldEnd: text.length } };
  const lineShift = lines.lineCount - kept.lines.lineCount;
  const charShift = text.length - kept.text.length;
  const firstChanged = lines.lineAt(prefix);
  // Lines from here on are unchanged, and so is the line break before each.
  const firstSame = lines.lineAt(text.length - suffix) + 1;
  const keep = lastStartBefore(kept.tops, firstChanged - LOOKAHEAD + 1);
  const from = keep < 0 ? 0 : kept.tops[keep].startLine;
  const before = kept.tops.slice(0, Math.max(0, keep));
  const start = lines.lineStart(from);
  // The first old block starting on an unchanged line past the edit (in the old numbering).
  let next = keep < 0 ? 0 : keep;
  while (next < kept.tops.length && kept.tops[next].startLine < firstSame - lineShift) next++;
  /** Where, in the new numbering, the first old block at or after index `i` with a known start begins. */
  const startFrom = (i: number): number => {
    while (i < kept.tops.length && kept.tops[i].startLine < 0) i++;
    return i < kept.tops.length ? kept.tops[i].startLine + lineShift : lines.lineCount;
  };
  // Parse a few blocks past the edit; should the new blocks not line up with the old by then, parse further.
  for (let reach = 2; ; reach *= 4) {
    const end = startFrom(next + reach);
    if (hasDefinitions(text, lines, from, end) || hasDefinitions(kept.text, kept.lines, from, end - lineShift)) return undefined;
    const { tops } = parseTopBlocks(text, lines, from, end);
    let old = next;
    for (let i = 0; i < tops.length; i++) {
      const line = tops[i].startLine;
      if (line < firstSame || (end < lines.lineCount && line + LOOKAHEAD >= end)) continue;
      while (old < kept.tops.length && kept.tops[old].startLine < line - lineShift) old++;
      if (old < kept.tops.length && kept.tops[old].startLine === line - lineShift) {
        const until = lines.lineStart(line);
        return {
          tops: [...before, ...tops.slice(0, i), ...kept.tops.slice(old).map((t) => shifted(t, charShift, lineShift))],
          reparsed: { start, end: until, oldEnd: until - charShift },
        };
      }
    }
    if (end >= lines.lineCount) return { tops: [...before, ...tops], reparsed: { start, end: text.length, oldEnd: kept.text.length } };
  }
}

/** How a text differs from the one before: the lengths of their shared start and end. */
export interface Edit {
  prefix: number;
  suffix: number;
}

/**
 * Runs the block pass (front matter already blanked by the caller). With a memo (an editor's open
 * document), only the top-level blocks around the edit since the last version are parsed again.
 * `edit`, when the caller knows it, is how `text` differs from the text of the memo's version before
 * (else the two are compared).
 */
export function scanBlocks(text: string, lines: LineIndex, memo?: TextMemo, edit?: Edit): BlockScan {
  const kept = memo?.recall<KeptScan>('blocks');
  const again = kept && memo && rescan(text, lines, kept, memo, edit);
  let tops = again?.tops;
  let references = kept?.references;
  if (!tops || !references) {
    const parsed = parseTopBlocks(text, lines, 0, lines.lineCount);
    tops = parsed.tops;
    references = new Set(parsed.references);
  }
  if (memo) memo.remember('blocks', { text, version: memo.textVersion, lines, tops, references } satisfies KeptScan);
  const scan: BlockScan = { blocks: [], html: [], references, footnotes: [], reparsed: again?.reparsed };
  for (const t of tops) {
    for (const b of t.blocks) scan.blocks.push(b);
    for (const h of t.html) scan.html.push(h);
    for (const f of t.footnotes) scan.footnotes.push(f);
  }
  return scan;
}
