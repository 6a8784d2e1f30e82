/** Builds the note model of a Markdown note: front matter, blocks, inline sources, prose and sentences. */
import { memoized } from '../memo';
import type { TextMemo } from '../memo';
import { blank, LineIndex, ownCopy } from '../text';
import type { Span } from '../text';
import { scanBlocks } from './blocks';
import type { BlockScan, HtmlBlock, ProseBlock, Reparsed } from './blocks';
import { splitFrontMatter } from './front-matter';
import { scanInline } from './inline';
import { readMetadata } from './metadata';
import { splitCarriedBlocks, splitProse } from './prose-sentences';
import { yamlControlComments } from './yaml-comments';
import { FRONT_MATTER_CAP } from './yaml-guard';
import { parseYaml } from './yaml-source';
import type { Citation, Comment, FootnoteDef, FootnoteRef, Link, NoteDocument, ProseSpan, SyntaxProblem } from './model';
import { carriedNote, carryNote, movedCitation, movedComment, movedFootnoteRef, movedLink, movedProseSpan, movedSentence, spliced } from './note-carry';

/** Whether any span in `sorted` (ordered by start) starts inside `range`. */
function anyStartsWithin(sorted: ReadonlyArray<{ span: Span }>, range: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].span.start < range.end;
}

/** Maps an offset in a block's content to the file; -1 when it falls on an unmapped line. */
function contentToFile(block: ProseBlock, offset: number): number {
  let line = block.lines[0];
  for (const l of block.lines) {
    if (l.contentStart > offset) break;
    line = l;
  }
  if (!line || offset < line.contentStart || offset > line.contentStart + line.length) return -1;
  return line.fileStart + (offset - line.contentStart);
}

function mapSpan(block: ProseBlock, span: Span): Span | undefined {
  const start = contentToFile(block, span.start);
  const end = contentToFile(block, span.end);
  return start < 0 || end < 0 ? undefined : { start, end };
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Builds the prose text: the note's characters where `keep` is set, spaces elsewhere (line breaks
 * stay, so offsets and lines are the note's). Written into a copy of the note's code units and read
 * back as one string: joining the kept and blanked pieces as strings was two thirds of this.
 */
function buildProse(text: string, keep: Uint8Array): string {
  const n = text.length;
  // One byte per character when every character fits (as a note in plain English does), two otherwise.
  const encoding = BEYOND_LATIN1.test(text) ? 'utf16le' : 'latin1';
  const bytes = Buffer.allocUnsafeSlow(encoding === 'latin1' ? n : 2 * n);
  bytes.write(text, 0, encoding);
  const units = encoding === 'latin1' ? bytes : new Uint16Array(bytes.buffer, bytes.byteOffset, n);
  const hasCR = text.includes('\r');
  // The next line feed at or after the current run; it only moves forward, so the note is searched once.
  let nl = text.indexOf('\n');
  for (let i = keep.indexOf(0); i !== -1; ) {
    let j = keep.indexOf(1, i);
    if (j === -1) j = n;
    units.fill(32, i, j);
    if (nl !== -1 && nl < i) nl = text.indexOf('\n', i);
    for (; nl !== -1 && nl < j; nl = text.indexOf('\n', nl + 1)) units[nl] = 10;
    if (hasCR) for (let k = i; k < j; k++) if (text.charCodeAt(k) === 13) units[k] = 13;
    i = j < n ? keep.indexOf(0, j) : -1;
  }
  return bytes.toString(encoding);
}

const COMMENT = /<!--([\s\S]*?)-->/g;

/** The front matter's YAML and what it says (problems included), from its text alone. */
function readFrontMatter(path: string, yamlText: string, base: number): { yaml: NoteDocument['yaml']; metadata: ReturnType<typeof readMetadata>; problems: SyntaxProblem[] } {
  const parsed = parseYaml(yamlText, base, FRONT_MATTER_CAP);
  const problems = [...parsed.problems];
  const metadata = readMetadata(parsed.doc, base, path, problems);
  return { yaml: parsed.doc, metadata, problems };
}

/** What a note's blocks hold, with file offsets; `keep` marks their prose over the stretch read (see `readBlocks`). */
interface BlockReading {
  keep: Uint8Array;
  citations: Citation[];
  footnoteRefs: FootnoteRef[];
  links: Link[];
  comments: Comment[];
  proseSpans: ProseSpan[];
}

/**
 * Reads the inline sources, comments and prose of `blocks`, which lie in the file's stretch
 * `[base, base + length)`; `keep` covers that stretch. With a `memo`, blocks read before are not read again.
 */
function readBlocks(blocks: readonly ProseBlock[], references: Set<string>, base: number, length: number, memo?: TextMemo): BlockReading {
  const r: BlockReading = { keep: new Uint8Array(length), citations: [], footnoteRefs: [], links: [], comments: [], proseSpans: [] };
  const { keep } = r;
  for (const block of blocks) {
    for (const l of block.lines) keep.fill(1, l.fileStart - base, l.fileStart - base + l.length);
    const found = memoized(memo, 'inline', block.content, (content) => scanInline(content, references), block.lines[0]?.fileStart);
    for (const m of found.masks) {
      const s = mapSpan(block, m);
      if (s) keep.fill(0, s.start - base, s.end - base);
    }
    // The strings a note keeps are copies: a slice of a block's content would keep the whole body
    // alive with it, a second copy of the note for as long as an editor holds the note.
    for (const l of found.links) {
      const span = mapSpan(block, l.span);
      if (span) r.links.push({ url: ownCopy(l.url), span });
    }
    for (const f of found.footnoteRefs) {
      const span = mapSpan(block, f.span);
      if (span) r.footnoteRefs.push({ label: ownCopy(f.label), span });
    }
    for (const c of found.citations) {
      const span = mapSpan(block, c.span);
      const keySpan = mapSpan(block, c.keySpan);
      if (!span || !keySpan) continue;
      const groupSpan = c.groupSpan ? mapSpan(block, c.groupSpan) : undefined;
      r.citations.push({ key: ownCopy(c.key), span, keySpan, narrative: c.narrative, groupSpan, locator: c.locator === undefined ? undefined : ownCopy(c.locator) });
    }
    for (const c of found.comments) {
      const span = mapSpan(block, c.span);
      if (span) r.comments.push({ span, body: ownCopy(c.body) });
    }
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    if (first && last) r.proseSpans.push({ start: first.fileStart, end: last.fileStart + last.length, kind: block.kind, inQuote: block.inQuote, inList: block.inList });
  }
  return r;
}

/** The comments of HTML blocks. */
function htmlComments(text: string, html: readonly HtmlBlock[]): Comment[] {
  const out: Comment[] = [];
  for (const block of html) {
    COMMENT.lastIndex = 0;
    for (let m = COMMENT.exec(block.content); m; m = COMMENT.exec(block.content)) {
      const at = text.indexOf(m[0], block.fileStart);
      if (at >= 0) out.push({ span: { start: at, end: at + m[0].length }, body: ownCopy(m[1]) });
    }
  }
  return out;
}

const byStart = (a: { span: Span }, b: { span: Span }): number => a.span.start - b.span.start;

/** What the note's body holds besides its front matter. */
type Body = Pick<NoteDocument, 'citations' | 'footnoteRefs' | 'links' | 'comments' | 'proseSpans' | 'prose' | 'sentences'>;

/** The body of a note read whole (a memo reuses what blocks an edit left alone held). */
function readBody(text: string, scan: BlockScan, context: string, frontComments: Comment[], memo?: TextMemo): Body {
  // Link reference definitions change how a block's brackets read, so they are the inline scan's context.
  memo?.begin('inline', context);
  const r = readBlocks(scan.blocks, scan.references, 0, text.length, memo);
  const comments = [...r.comments, ...htmlComments(text, scan.html), ...frontComments].sort(byStart);
  const prose = buildProse(text, r.keep);
  return { citations: r.citations.sort(byStart), footnoteRefs: r.footnoteRefs, links: r.links.sort(byStart), comments, proseSpans: r.proseSpans, prose, sentences: splitProse(prose, r.proseSpans, memo) };
}

/**
 * The body of an edited note from the body of its version before: the stretch the block pass read
 * again is read afresh (without the memo, which stays with whole passes), the rest moved past the edit.
 */
function carryBody(text: string, scan: BlockScan, w: Reparsed, old: NoteDocument, frontComments: Comment[]): Body {
  const inside = (at: number): boolean => at >= w.start && at < w.end;
  const blocks = scan.blocks.filter((b) => b.lines.length > 0 && inside(b.lines[0].fileStart));
  const r = readBlocks(blocks, scan.references, w.start, w.end - w.start);
  const delta = w.end - w.oldEnd;
  const move = <T>(f: (t: T, d: number) => T) => (delta === 0 ? undefined : (t: T) => f(t, delta));
  const fresh = [...r.comments, ...htmlComments(text, scan.html.filter((h) => inside(h.fileStart))), ...frontComments.filter((c) => inside(c.span.start))].sort(byStart);
  const proseSpans = spliced(old.proseSpans, r.proseSpans, w, move(movedProseSpan));
  // One flat copy: a string joined from slices of the last version's prose would keep that version alive.
  const prose = ownCopy(old.prose.slice(0, w.start) + buildProse(text.slice(w.start, w.end), r.keep) + old.prose.slice(w.oldEnd));
  const firstBlock = proseSpans.indexOf(r.proseSpans[0]);
  const blockShift = proseSpans.length - old.proseSpans.length;
  const freshSentences = r.proseSpans.length === 0 ? [] : splitCarriedBlocks(prose, r.proseSpans, firstBlock);
  return {
    citations: spliced(old.citations, r.citations.sort(byStart), w, move(movedCitation)),
    footnoteRefs: spliced(old.footnoteRefs, r.footnoteRefs, w, move(movedFootnoteRef)),
    links: spliced(old.links, r.links.sort(byStart), w, move(movedLink)),
    comments: spliced(old.comments, fresh, w, move(movedComment)),
    proseSpans,
    prose,
    sentences: spliced(old.sentences, freshSentences, w, delta === 0 && blockShift === 0 ? undefined : (s) => movedSentence(s, delta, blockShift)),
  };
}

/**
 * Parses a Markdown note. Never throws: problems become `note-syntax` findings. With a `memo` (an
 * editor's open document), the front matter, blocks and sentences unchanged since the last parse are
 * not read again.
 */
export function parseMarkdownNote(path: string, text: string, memo?: TextMemo): NoteDocument {
  memo?.setText(text);
  const lines = new LineIndex(text);
  const problems: SyntaxProblem[] = [];
  const fm = splitFrontMatter(text);
  let body = text;
  let yaml = null;
  let yamlBase = 0;
  let metadata = readMetadata(null, 0, path, problems);
  if (fm && !fm.closed) {
    problems.push({ ...fm.span, message: 'The front matter opened on line 1 is never closed with "---"' });
  } else if (fm) {
    const yamlText = text.slice(fm.content.start, fm.content.end);
    // The context holds the offset: the same YAML further down the file has other ranges.
    memo?.begin('front-matter', `${path}@${fm.content.start}`);
    const read = memoized(memo, 'front-matter', yamlText, (y) => readFrontMatter(path, y, fm.content.start));
    problems.push(...read.problems);
    yaml = read.yaml;
    yamlBase = fm.content.start;
    metadata = read.metadata;
    body = blank(text.slice(0, fm.span.end)) + text.slice(fm.span.end);
  }

  // A BOM is not text: read as a space (same offsets), it no longer stops "> " opening a quote on line 1.
  if (body.charCodeAt(0) === 0xfeff) body = ' ' + body.slice(1);
  // The blanked front matter is part of the text the block pass reads: where it ends, and whether it
  // is closed, decide whether the memo's account of the edit holds for that text too.
  const shape = fm ? `${fm.closed}:${fm.span.end}` : '';
  const sameShape = memo?.recall<string>('front-matter-shape') === shape;
  memo?.remember('front-matter-shape', shape);
  const scan = scanBlocks(body, lines, memo, sameShape ? memo?.lastEdit : undefined);
  // `# policy-notes-…` comments in the front matter control findings there, as in a YAML note.
  const frontComments: Comment[] = [];
  if (fm?.closed) {
    for (const c of yamlControlComments(text.slice(fm.content.start, fm.content.end))) {
      frontComments.push({ span: { start: c.span.start + fm.content.start, end: c.span.end + fm.content.start }, body: c.body });
    }
  }
  const context = `${shape}\n${[...scan.references].sort().join('\n')}`;
  const old = scan.reparsed && carriedNote(memo, context);
  const read = old && scan.reparsed ? carryBody(text, scan, scan.reparsed, old, frontComments) : readBody(text, scan, context, frontComments, memo);

  const footnoteDefs: FootnoteDef[] = scan.footnotes.map((f) => ({
    label: ownCopy(f.label),
    span: f.span,
    hasSource: anyStartsWithin(read.citations, f.span) || anyStartsWithin(read.links, f.span),
  }));

  const doc: NoteDocument = {
    kind: 'note',
    format: 'markdown',
    path,
    text,
    lines,
    prose: read.prose,
    yaml,
    yamlBase,
    frontMatter: fm?.closed ? fm.span : undefined,
    meta: metadata.meta,
    references: metadata.references,
    citations: read.citations,
    footnoteRefs: read.footnoteRefs,
    footnoteDefs,
    links: read.links,
    proseSpans: read.proseSpans,
    sentences: read.sentences,
    comments: read.comments,
    claims: [],
    events: metadata.events,
    problems,
    memo,
  };
  carryNote(memo, doc, context);
  return doc;
}
