/**
 * A reference stub for an undefined key, inserted into the note's own `references:` as text so the
 * rest of the front matter keeps its formatting. The stub has only an id; `source-incomplete` then
 * says what to fill in. Where a list must be created, its shared part (fences, `references:`) is an
 * edit of its own, identical for every key, so "fix all" merges it and puts every item in one list.
 */
import { isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { NoteDocument } from '../documents';
import { getPair } from '../note/yaml-source';
import { yamlOf } from '../note/yaml-tree';
import type { Fix } from '../types';
import { endsWithLineBreak, eol } from './text-style';

/** Quotes a key for YAML when it would not read back as the same plain string. */
function yamlKey(key: string): string {
  return /^[A-Za-z0-9_][\w.:/#$%&+?<>~-]*$/.test(key) && !/[:#]\s|:$/.test(key) ? key : JSON.stringify(key);
}

/** Builds the fix that adds `- id: KEY` to the note's references. */
export function referenceStubFix(note: NoteDocument, key: string): Fix | undefined {
  const nl = eol(note.text);
  const title = `Add a reference stub for "${key}" to this note's references`;
  const item = `- id: ${yamlKey(key)}`;
  const edits = (...parts: Array<[number, number, string]>): Fix => ({ title, edits: parts.map(([start, end, newText]) => ({ file: note.path, start, end, newText })) });
  const edit = (start: number, end: number, newText: string): Fix => edits([start, end, newText]);
  const yaml = yamlOf(note);
  const root = yaml?.contents;
  if (note.format === 'markdown' && !note.frontMatter) {
    if (note.text.startsWith('---') || note.text === '') return undefined; // unclosed front matter: nothing safe to do
    // The closing fence rewrites the first character, so it sorts after every insertion at 0.
    return edits([0, 0, `---${nl}references:${nl}`], [0, 0, `  ${item}${nl}`], [0, 1, `---${nl}${note.text[0]}`]);
  }
  if (!yaml || yaml.errors.length > 0) return undefined;
  const pair = getPair(root, 'references');
  const base = note.yamlBase;
  if (!pair) {
    if (note.format === 'markdown' && note.frontMatter) {
      const fenceLine = note.lines.lineAt(note.frontMatter.end - 1);
      const at = note.lines.lineStart(fenceLine);
      return edits([at, at, `references:${nl}`], [at, at, `  ${item}${nl}`]);
    }
    const end = note.text.length;
    const lead = end > 0 && !endsWithLineBreak(note.text) ? nl : '';
    return edits([end, end, `${lead}references:${nl}`], [end, end, `  ${item}${nl}`]);
  }
  const value = pair.value as Node | null;
  if (!value || (isSeq(value) && value.items.length === 0) || (isScalar(value) && value.value === null)) {
    const keyEnd = base + (pair.key as Node).range![1];
    const colon = note.text.indexOf(':', keyEnd);
    const keyLine = note.lines.lineAt(keyEnd);
    const indent = /^\s*/.exec(note.text.slice(note.lines.lineStart(keyLine)))![0].replace(/[\r\n]/g, '');
    const stub = `${nl}${indent}  ${item}`;
    if (!isSeq(value) || !value.range) return edit(colon + 1, colon + 1, stub);
    // An empty `[]` is removed by an edit every key shares; the items then follow it.
    const close = base + value.range[1];
    return edits([colon + 1, close, ''], [close, close, stub]);
  }
  if (!isSeq(value) || !value.range) return undefined;
  if (value.flow) {
    const close = note.text.lastIndexOf(']', base + value.range[1]);
    return close < 0 ? undefined : edit(close, close, `, {id: ${yamlKey(key)}}`);
  }
  const first = value.items[0] as Node;
  const firstStart = base + first.range![0];
  const lineStart = note.lines.lineStart(note.lines.lineAt(firstStart));
  const dash = note.text.slice(lineStart, firstStart);
  const indent = dash.replace(/-\s*$/, '');
  let end = base + value.range[1];
  while (end > 0 && /\s/.test(note.text[end - 1])) end--;
  // Insert at the start of the line after the list, so removing the list's last entry (whole lines,
  // `source-unused`) in the same "fix all" pass does not overlap it.
  const last = note.lines.lineAt(end - 1);
  if (last + 1 >= note.lines.lineCount) return edit(note.text.length, note.text.length, `${nl}${indent}${item}`);
  const at = note.lines.lineStart(last + 1);
  return edit(at, at, `${indent}${item}${nl}`);
}
