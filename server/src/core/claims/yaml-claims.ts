/** Maps analysis of a YAML claim's `text` back to file offsets, where the scalar allows it. */
import type { NoteDocument, YamlClaim } from '../documents';
import type { Span } from '../text';

/** The file offset where the claim text's first character sits, when it is written on one line. */
export function textBase(note: NoteDocument, claim: YamlClaim): number | undefined {
  const t = claim.text;
  if (!t) return undefined;
  const raw = note.text.slice(t.start, t.end);
  if (raw === t.value) return t.start;
  if ((raw.startsWith('"') || raw.startsWith("'")) && raw.slice(1, 1 + t.value.length) === t.value) return t.start + 1;
  return undefined;
}

/** A span inside the claim text, or the whole text value when the scalar is folded or escaped. */
export function spanInText(note: NoteDocument, claim: YamlClaim, inner: Span): Span {
  const base = textBase(note, claim);
  const t = claim.text!;
  return base === undefined ? { start: t.start, end: t.end } : { start: base + inner.start, end: base + inner.end };
}
