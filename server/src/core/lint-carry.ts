/**
 * Carrying an edited note's findings from one version to the next. Most rules judge a prose block
 * by its own text and the note's context (front matter, references, footnote definitions,
 * bibliographies, config); after an edit those block-scoped rules read again only the blocks the edit
 * touched, and the findings of every other block are carried over, shifted past the edit. What the
 * edit may have changed beyond its blocks (a new link definition, a footnote that now cites a
 * source, a code fence that swallows what follows) is compared, and any difference means a full lint.
 */
import type { ResolvedConfig } from './config';
import type { BibliographyDocument, NoteDocument } from './documents';
import type { Reparsed } from './note/blocks';
import type { Citation, FootnoteRef, Link, ProseSpan } from './note/model';
import { sharedEnds } from './text';
import type { Span } from './text';
import type { Finding, Fix, Rule } from './types';
import type { Workspace } from './workspace';

/** What a note's lint in an editor leaves for the lint of its next version. */
export interface LintCarry {
  rules: readonly Rule[];
  config: ResolvedConfig;
  doc: NoteDocument;
  /** The memo's text version the findings are of. */
  version: number;
  bibliographies: readonly BibliographyDocument[];
  lineBreak: string;
  /** The block-scoped rules' findings, before suppressions. */
  findings: Finding[];
}

/** The stretch of the new version the block-scoped rules read again (whole blocks), shaped as the block pass's, with the edit's change in length. */
interface Window extends Reparsed {
  delta: number;
}

/**
 * Past this many sentences in the edited blocks, a full lint (which reuses the memo's per-sentence
 * results) is cheaper than reading the blocks afresh.
 */
const WINDOW_SENTENCES_MAX = 64;

const FRONT_MATTER_FENCE = '---';

/** How the note's text changed since the carried version: from the memo when it saw that edit, else by comparing. */
function editSince(carry: LintCarry, doc: NoteDocument): { prefix: number; suffix: number } {
  const memo = doc.memo;
  if (memo && carry.version === memo.textVersion) return { prefix: doc.text.length, suffix: 0 };
  if (memo && carry.version === memo.textVersion - 1) return memo.lastEdit;
  return sharedEnds(carry.doc.text, doc.text);
}

function sameBlock(a: ProseSpan, b: ProseSpan, delta: number): boolean {
  return a.start + delta === b.start && a.end + delta === b.end && a.kind === b.kind && a.inQuote === b.inQuote && a.inList === b.inList;
}

/** The edited blocks of the new version; undefined when the blocks around them are not those of the old version. */
function windowOf(old: NoteDocument, doc: NoteDocument, prefix: number, suffix: number): Window | undefined {
  const delta = doc.text.length - old.text.length;
  const editEnd = doc.text.length - suffix;
  const blocks = doc.proseSpans;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid].end < prefix) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last < blocks.length && blocks[last].start <= editEnd) last++;
  const start = first < last ? Math.min(prefix, blocks[first].start) : prefix;
  const end = first < last ? Math.max(editEnd, blocks[last - 1].end) : editEnd;
  const w = { start, end, oldEnd: end - delta, delta };
  const olds = old.proseSpans;
  const after = blocks.length - last;
  const oldLast = olds.length - after;
  if (oldLast < first) return undefined;
  for (let i = 0; i < first; i++) if (!sameBlock(olds[i], blocks[i], 0)) return undefined;
  for (let j = 0; j < after; j++) if (!sameBlock(olds[oldLast + j], blocks[last + j], delta)) return undefined;
  // The old blocks between them must lie inside the window as it was.
  if (oldLast > first && (olds[first].start < w.start || olds[oldLast - 1].end > w.oldEnd)) return undefined;
  return w;
}

function sameSpan(a: Span | undefined, b: Span | undefined, delta: number): boolean {
  return a === b || (a !== undefined && b !== undefined && a.start + delta === b.start && a.end + delta === b.end);
}

/** Whether the items before and after the window are the old version's, the latter shifted. */
function sameOutside<T extends { span: Span }>(olds: readonly T[], news: readonly T[], w: Window, same: (a: T, b: T, delta: number) => boolean): boolean {
  let i = 0;
  for (; i < news.length && news[i].span.start < w.start; i++) {
    if (i >= olds.length || news[i].span.end > w.start || !same(olds[i], news[i], 0)) return false;
  }
  if (i < olds.length && olds[i].span.start < w.start) return false;
  let j = news.length - 1;
  let k = olds.length - 1;
  for (; j >= i && news[j].span.start >= w.end; j--, k--) {
    if (k < i || !same(olds[k], news[j], w.delta)) return false;
  }
  return k < i || (olds[k].span.start < w.oldEnd && olds[k].span.end <= w.oldEnd);
}

const sameCitation = (a: Citation, b: Citation, d: number): boolean =>
  a.key === b.key && a.narrative === b.narrative && a.locator === b.locator && sameSpan(a.span, b.span, d) && sameSpan(a.keySpan, b.keySpan, d) && sameSpan(a.groupSpan, b.groupSpan, d);
const sameLink = (a: Link, b: Link, d: number): boolean => a.url === b.url && sameSpan(a.span, b.span, d);
const sameFootnoteRef = (a: FootnoteRef, b: FootnoteRef, d: number): boolean => a.label === b.label && sameSpan(a.span, b.span, d);

/** Whether everything the block-scoped rules read outside the window is as it was. */
function sameContext(old: NoteDocument, doc: NoteDocument, w: Window, prefix: number): boolean {
  if (!sameSpan(old.frontMatter, doc.frontMatter, 0) || (doc.frontMatter?.end ?? 0) > w.start) return false;
  // Without front matter, a fix that adds one rewrites the note's first characters.
  if (!doc.frontMatter && prefix < FRONT_MATTER_FENCE.length) return false;
  if (old.footnoteDefs.length !== doc.footnoteDefs.length) return false;
  for (let i = 0; i < doc.footnoteDefs.length; i++) {
    if (old.footnoteDefs[i].label !== doc.footnoteDefs[i].label || old.footnoteDefs[i].hasSource !== doc.footnoteDefs[i].hasSource) return false;
  }
  // The prose outside the window shows every mask an inline scan made there (code, links, comments).
  if (old.prose.slice(0, w.start) !== doc.prose.slice(0, w.start) || old.prose.slice(w.oldEnd) !== doc.prose.slice(w.end)) return false;
  return sameOutside(old.citations, doc.citations, w, sameCitation) && sameOutside(old.links, doc.links, w, sameLink) && sameOutside(old.footnoteRefs, doc.footnoteRefs, w, sameFootnoteRef);
}

/** `fix` past the window, shifted; undefined when one of its edits touches the window. */
function shiftedFix(fix: Fix, w: Window): Fix | undefined {
  if (fix.edits.every((e) => e.end < w.start)) return fix;
  const edits = [];
  for (const e of fix.edits) {
    if (e.end < w.start) edits.push(e);
    else if (e.start > w.oldEnd) edits.push({ file: e.file, start: e.start + w.delta, end: e.end + w.delta, newText: e.newText });
    else return undefined;
  }
  return { title: fix.title, edits };
}

/** The carried findings outside the window, those after it shifted; undefined when one reaches into it. */
function carriedFindings(findings: readonly Finding[], w: Window): Finding[] | undefined {
  const out: Finding[] = [];
  for (const f of findings) {
    const before = f.end <= w.start && f.start < w.start;
    const after = f.start >= w.oldEnd;
    if (!before && !after) {
      if (f.start >= w.start && f.end <= w.oldEnd) continue; // read again
      return undefined;
    }
    const fix = f.fix && shiftedFix(f.fix, w);
    const suggestions = f.suggestions?.map((s) => shiftedFix(s, w));
    if ((f.fix && !fix) || suggestions?.includes(undefined)) return undefined;
    if (before && fix === f.fix && !f.suggestions) {
      out.push(f);
      continue;
    }
    const shift = after ? w.delta : 0;
    const moved: Finding = { file: f.file, ruleId: f.ruleId, severity: f.severity, start: f.start + shift, end: f.end + shift, message: f.message };
    if (fix) moved.fix = fix;
    if (suggestions) moved.suggestions = suggestions as Fix[];
    out.push(moved);
  }
  return out;
}

/** The note as the block-scoped rules see the window: its blocks' sentences and inline sources, and the whole context. */
function windowView(doc: NoteDocument, w: Window): NoteDocument {
  const inside = (x: { span: Span }): boolean => x.span.start >= w.start && x.span.start < w.end;
  return {
    ...doc,
    sentences: doc.sentences.filter(inside),
    citations: doc.citations.filter(inside),
    footnoteRefs: doc.footnoteRefs.filter(inside),
    links: doc.links.filter(inside),
    claims: [],
    events: [],
    problems: [],
    // The view reads few sentences; the memo's passes stay the whole note's.
    memo: undefined,
  };
}

/**
 * The block-scoped rules' findings for `doc`, carried from `carry` where the edit since allows, the
 * edited blocks read again by `run`; undefined when a full lint is needed. `lineBreak` is the note's
 * line-break style; `run` throws when a rule fails.
 */
export function carryFindings(
  carry: LintCarry | undefined,
  doc: NoteDocument,
  workspace: Workspace,
  config: ResolvedConfig,
  rules: readonly Rule[],
  lineBreak: string,
  run: (view: NoteDocument) => Finding[],
): Finding[] | undefined {
  if (!carry || carry.rules !== rules || carry.config !== config || carry.doc.path !== doc.path || carry.doc.format !== doc.format) return undefined;
  const bibliographies = workspace.bibliographiesFor(doc);
  if (bibliographies.length !== carry.bibliographies.length || bibliographies.some((b, i) => b !== carry.bibliographies[i])) return undefined;
  if (lineBreak !== carry.lineBreak) return undefined;
  const { prefix, suffix } = editSince(carry, doc);
  const w = windowOf(carry.doc, doc, prefix, suffix);
  if (!w || !sameContext(carry.doc, doc, w, prefix)) return undefined;
  const carried = carriedFindings(carry.findings, w);
  if (!carried) return undefined;
  const view = windowView(doc, w);
  if (view.sentences.length > WINDOW_SENTENCES_MAX) return undefined;
  for (const f of run(view)) if (f.start >= w.start && f.start < w.end) carried.push(f);
  return carried;
}
