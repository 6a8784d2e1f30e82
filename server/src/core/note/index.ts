/** Parses any file the engine reads into its model, by kind. */
import { parseMarkdownNote } from './parse-markdown';
import { parseYamlNote } from './parse-yaml-note';
import type { NoteDocument } from './model';
import type { TextMemo } from '../memo';

export { parseBibliography, isBibliographyPath } from './parse-bibliography';
export { parseRegistry } from './parse-registry';

/** Whether a path is a YAML note rather than a Markdown one. */
export function isYamlNotePath(path: string): boolean {
  return /\.note\.ya?ml$/i.test(path);
}

/** Parses a note, Markdown or YAML by its name; `memo` carries an open document's results across edits. */
export function parseNote(path: string, text: string, memo?: TextMemo): NoteDocument {
  return isYamlNotePath(path) ? parseYamlNote(path, text) : parseMarkdownNote(path, text, memo);
}
