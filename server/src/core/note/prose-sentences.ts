/**
 * A Markdown note's sentences: split from its prose, block by block, while it is parsed, and read
 * by its claim and date analyses. A host that keeps many notes (the language server) releases them
 * in between: with their spans they are about a quarter of a parsed note. `sentencesOf` splits them
 * again from the prose and the block spans the note keeps, to the same sentences.
 */
import { memoized } from '../memo';
import { ownCopy } from '../text';
import type { TextMemo } from '../memo';
import type { NoteDocument, ProseSpan, Sentence } from './model';
import { splitSentences } from './sentences';

const released = new WeakSet<NoteDocument>();

/** Splits `blocks`, the first of them the note's block `firstBlock`; `own` splits copies of their prose. */
function split(prose: string, blocks: readonly ProseSpan[], memo: TextMemo | undefined, firstBlock: number, own: boolean): Sentence[] {
  memo?.begin('sentences', null);
  const sentences: Sentence[] = [];
  blocks.forEach((block, i) => {
    const index = firstBlock + i;
    const at = (x: { start: number; end: number }) => ({ start: x.start + block.start, end: x.end + block.start });
    // The texts are kept with the spans: the same string objects from one version to the next make
    // the claim and date lookups by sentence text a pointer compare.
    const read = (b: string) => splitSentences(b).map((s) => ({ span: s.span, extent: s.extent, text: b.slice(s.span.start, s.span.end) }));
    const text = prose.slice(block.start, block.end);
    for (const s of memoized(memo, 'sentences', own ? ownCopy(text) : text, read, block.start)) {
      sentences.push({ span: at(s.span), text: s.text, extent: at(s.extent), block: index, blockKind: block.kind, inQuote: block.inQuote, inList: block.inList });
    }
  });
  return sentences;
}

/** The sentences of every prose block; `memo` reuses the splits of blocks an edit left as they were. */
export function splitProse(prose: string, blocks: readonly ProseSpan[], memo?: TextMemo): Sentence[] {
  return split(prose, blocks, memo, 0, false);
}

/**
 * The sentences of some of a note's blocks, the first of them its block `firstBlock`, for an edited
 * note whose other sentences are carried: their texts are slices of copies, since they are carried
 * in turn, and a slice of the prose would keep this version of it alive.
 */
export function splitCarriedBlocks(prose: string, blocks: readonly ProseSpan[], firstBlock: number): Sentence[] {
  return split(prose, blocks, undefined, firstBlock, true);
}

/** The note's sentences, split again if they were released. */
export function sentencesOf(note: NoteDocument): readonly Sentence[] {
  if (released.delete(note)) note.sentences = splitProse(note.prose, note.proseSpans);
  return note.sentences;
}

/** Lets go of a Markdown note's sentences until `sentencesOf` needs them (a YAML note has none). */
export function releaseSentences(note: NoteDocument): void {
  if (note.sentences.length === 0) return;
  note.sentences = [];
  released.add(note);
}
