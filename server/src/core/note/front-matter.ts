/** Splits YAML front matter (`---` … `---` or `...`) off a Markdown note. */
import type { Span } from '../text';

/** Where the front matter sits: `span` includes the fences, `content` is the YAML between them. */
export interface FrontMatterSplit {
  span: Span;
  content: Span;
  closed: boolean;
}

/** Finds the front matter at the very top of the text (after an optional BOM). */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A line ends at LF, CRLF or a lone CR, as it does for markdown-it and editors.
  const first = /^---[ \t]*(?:\r\n?|\n)/.exec(text.slice(bom, bom + 8));
  if (!first) return undefined;
  const contentStart = bom + first[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/gm;
  close.lastIndex = contentStart;
  const m = close.exec(text);
  if (!m) return { span: { start: bom, end: bom + 3 }, content: { start: contentStart, end: contentStart }, closed: false };
  return { span: { start: bom, end: m.index + m[0].length }, content: { start: contentStart, end: m.index }, closed: true };
}
