/**
 * Adds `date:` to a note's metadata, so its relative dates resolve. The date is passed in (the
 * engine has no clock): an editor offers today's.
 */
import type { NoteDocument } from '../documents';
import { yamlOf } from '../note/yaml-tree';
import type { Fix } from '../types';
import { eol } from './text-style';

/** Builds the fix that writes `date: ISO` at the top of the front matter (or the YAML note). */
export function addDateFix(note: NoteDocument, iso: string): Fix | undefined {
  if (note.meta.date) return undefined;
  const nl = eol(note.text);
  const title = `Add "date: ${iso}" to the ${note.format === 'markdown' ? 'front matter' : 'note'}`;
  const line = `date: ${iso}${nl}`;
  const edit = (at: number, newText: string): Fix => ({ title, edits: [{ file: note.path, start: at, end: at, newText }] });
  if (note.format === 'yaml') {
    const yaml = yamlOf(note);
    return yaml && yaml.errors.length === 0 ? edit(note.yamlBase, line) : undefined;
  }
  if (!note.frontMatter) return note.text.startsWith('---') ? undefined : edit(0, `---${nl}${line}---${nl}`);
  // The line after the opening fence.
  const at = note.lines.lineStart(note.lines.lineAt(note.frontMatter.start) + 1);
  return edit(at, line);
}
