/** Edits that property tests type into a note, applied the same way by every test of an editor's incremental work. */

/** At a position (taken modulo the text's length + 1), delete up to `cut` characters, then insert a text. */
export type TypedEdit = [at: number, cut: number, insert: string];

/** The text after a typed edit. */
export function applyEdit(text: string, [at, cut, insert]: TypedEdit): string {
  const i = text.length ? at % (text.length + 1) : 0;
  return text.slice(0, i) + insert + text.slice(i + cut);
}

/** The text after a typed edit, or after giving the note a new date (the anchor of its relative dates) when `e` is one. */
export function applyEditOrDate(text: string, e: TypedEdit | string): string {
  if (typeof e !== 'string') return applyEdit(text, e);
  if (/^date: .*$/m.test(text)) return text.replace(/^date: .*$/m, `date: ${e}`);
  return text.startsWith('---\n') ? `---\ndate: ${e}\n${text.slice(4)}` : `---\ndate: ${e}\n---\n${text}`;
}
