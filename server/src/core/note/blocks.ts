/**
 * Block structure from markdown-it (linear on every input we measured, unlike micromark on long
 * lists). markdown-it's own inline pass is switched off: `inline.ts` does that work with exact offsets.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
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

/** Runs the block pass over the whole text (front matter already blanked by the caller). */
export function scanBlocks(text: string, lines: LineIndex): BlockScan {
  const env: Record<string, unknown> = {};
  const tokens = md.parse(text, env);
  const result: BlockScan = { blocks: [], html: [], references: new Set(Object.keys((env.references as object) ?? {})), footnotes: [] };
  let quote = 0;
  let list = 0;
  const footnotes: Array<{ label: string; first: number; last: number }> = [];
  let kind: BlockKind | undefined;
  let rowLine = -1;
  let rowCursor = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'blockquote_open': quote++; break;
      case 'blockquote_close': quote--; break;
      case 'bullet_list_open': case 'ordered_list_open': list++; break;
      case 'bullet_list_close': case 'ordered_list_close': list--; break;
      case 'footnote_reference_open': footnotes.push({ label: String(token.meta?.label ?? ''), first: -1, last: -1 }); break;
      case 'footnote_reference_close': {
        const def = footnotes.pop();
        if (def && def.first >= 0) {
          result.footnotes.push({ label: def.label, span: { start: lines.lineStart(def.first), end: lines.lineEnd(def.last - 1) } });
        }
        break;
      }
      case 'paragraph_open': kind = footnotes.length > 0 ? 'footnote' : 'paragraph'; break;
      case 'heading_open': kind = 'heading'; break;
      case 'tr_open': rowLine = token.map ? token.map[0] : -1; rowCursor = 0; break;
      case 'th_open': case 'td_open': kind = 'table-cell'; break;
      case 'html_block':
        if (token.map) result.html.push({ content: token.content, fileStart: lines.lineStart(token.map[0]) });
        break;
      case 'inline': {
        if (!kind || (!token.map && kind !== 'table-cell')) break;
        const open = footnotes[footnotes.length - 1];
        if (open && token.map) {
          if (open.first < 0) open.first = token.map[0];
          open.last = Math.max(open.last, token.map[1]);
        }
        let blockLines: ProseBlock['lines'];
        if (kind === 'table-cell') {
          blockLines = mapLines(token.content, rowLine, lines, text, rowCursor);
          if (blockLines[0]) rowCursor = blockLines[0].fileStart - lines.lineStart(rowLine) + token.content.length;
        } else blockLines = mapLines(token.content, token.map![0], lines, text);
        result.blocks.push({
          kind,
          content: token.content,
          lines: blockLines,
          inQuote: quote > 0,
          inList: list > 0,
          footnote: open?.label,
        });
        kind = undefined;
        break;
      }
      default:
        if (token.map && footnotes.length > 0) {
          const open = footnotes[footnotes.length - 1];
          if (open.first < 0) open.first = token.map[0];
          open.last = Math.max(open.last, token.map[1]);
        }
    }
  }
  return result;
}
