/** Removes a whole block-sequence entry (a reference) from YAML text, line by line. */
import type { NoteDocument } from '../documents';
import type { Span } from '../text';
import type { Fix } from '../types';

/** Builds the fix that deletes the lines of a `- id: …` entry; undefined when it is not on lines of its own. */
export function removeEntryFix(note: NoteDocument, entry: Span, title: string): Fix | undefined {
  const { lines, text } = note;
  const firstLine = lines.lineAt(entry.start);
  const lineStart = lines.lineStart(firstLine);
  if (!/^\s*-\s*$/.test(text.slice(lineStart, entry.start))) return undefined;
  let end = entry.end;
  while (end > entry.start && /\s/.test(text[end - 1])) end--;
  const lastLine = lines.lineAt(end - 1);
  const after = text.slice(end, lines.lineEnd(lastLine));
  if (after.trim() !== '' && !after.trim().startsWith('#')) return undefined;
  const removeTo = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : text.length;
  return { title, edits: [{ file: note.path, start: lineStart, end: removeTo, newText: '' }] };
}
