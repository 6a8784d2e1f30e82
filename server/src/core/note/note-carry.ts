/**
 * Carrying an open note's parse from one version to the next. The block pass parses again only the
 * top-level blocks around an edit (blocks.ts); what the note's other blocks hold (inline sources,
 * comments, prose spans, sentences, prose) is the last version's, moved past the edit, so an edit
 * in a long note reads only the blocks it touched.
 */
import type { TextMemo } from '../memo';
import type { Span } from '../text';
import type { Reparsed } from './blocks';
import type { Citation, Comment, FootnoteRef, Link, NoteDocument, ProseSpan, Sentence } from './model';

/** What a note's parse in an editor leaves for the parse of its next version. */
export interface NoteCarry {
  doc: NoteDocument;
  /** The memo's text version the note is of. */
  version: number;
  /** What shapes every block's reading besides its text: the front matter's place and the link definitions. */
  context: string;
}

/** The note carried from the version before, when its blocks may be reused for this one. */
export function carriedNote(memo: TextMemo | undefined, context: string): NoteDocument | undefined {
  const carry = memo?.recall<NoteCarry>('note');
  if (!memo || !carry || carry.version !== memo.textVersion - 1 || carry.context !== context) return undefined;
  // Sentences a host released (it does not for an open note) would have to be split again.
  if (carry.doc.sentences.length === 0 && carry.doc.proseSpans.length > 0) return undefined;
  return carry.doc;
}

/** Leaves `doc` for the parse of the next version. */
export function carryNote(memo: TextMemo | undefined, doc: NoteDocument, context: string): void {
  memo?.remember('note', { doc, version: memo.textVersion, context } satisfies NoteCarry);
}

const moved = (s: Span, delta: number): Span => ({ start: s.start + delta, end: s.end + delta });

/**
 * The last version's items before the stretch parsed again, this version's inside it, and the last
 * version's after it, passed through `move` (none when they did not move). Items are ordered by start.
 */
export function spliced<T extends { span: Span } | Span>(old: readonly T[], fresh: readonly T[], w: Reparsed, move?: (item: T) => T): T[] {
  const startOf = (t: T): number => ('span' in t ? t.span.start : t.start);
  const out: T[] = [];
  let i = 0;
  for (; i < old.length && startOf(old[i]) < w.start; i++) out.push(old[i]);
  for (const t of fresh) out.push(t);
  while (i < old.length && startOf(old[i]) < w.oldEnd) i++;
  for (; i < old.length; i++) out.push(move ? move(old[i]) : old[i]);
  return out;
}

/** A citation moved by `delta` characters. */
export const movedCitation = (c: Citation, delta: number): Citation => ({
  key: c.key,
  span: moved(c.span, delta),
  keySpan: moved(c.keySpan, delta),
  narrative: c.narrative,
  groupSpan: c.groupSpan && moved(c.groupSpan, delta),
  locator: c.locator,
});

/** A link moved by `delta` characters. */
export const movedLink = (l: Link, delta: number): Link => ({ url: l.url, span: moved(l.span, delta) });

/** A footnote marker moved by `delta` characters. */
export const movedFootnoteRef = (f: FootnoteRef, delta: number): FootnoteRef => ({ label: f.label, span: moved(f.span, delta) });

/** A comment moved by `delta` characters. */
export const movedComment = (c: Comment, delta: number): Comment => ({ span: moved(c.span, delta), body: c.body });

/** A prose block moved by `delta` characters. */
export const movedProseSpan = (b: ProseSpan, delta: number): ProseSpan => ({ start: b.start + delta, end: b.end + delta, kind: b.kind, inQuote: b.inQuote, inList: b.inList });

/** A sentence moved by `delta` characters, in a block `blockShift` places further down the list. */
export const movedSentence = (s: Sentence, delta: number, blockShift: number): Sentence => ({
  span: moved(s.span, delta),
  text: s.text,
  extent: moved(s.extent, delta),
  block: s.block + blockShift,
  blockKind: s.blockKind,
  inQuote: s.inQuote,
  inList: s.inList,
});
