/**
 * A note's YAML tree (its front matter, or the whole of a YAML note) is read while the note is
 * parsed and linted, and then only by its next lint. A host that keeps many notes (the language
 * server) releases it in between: it is the largest part of a note with a long `references:` list.
 * `yamlOf` parses it again from the note's text, to the same tree.
 */
import type { NoteDocument } from './model';
import { splitFrontMatter } from './front-matter';
import { parseFrontMatter, parseYaml } from './yaml-source';

const released = new WeakSet<NoteDocument>();

function parseAgain(note: NoteDocument): NoteDocument['yaml'] {
  if (note.format === 'yaml') return parseYaml(note.text, 0).doc;
  const fm = splitFrontMatter(note.text);
  return fm?.closed ? parseFrontMatter(note.text, fm.content).doc : null;
}

/** The note's YAML tree, parsed again if it was released. */
export function yamlOf(note: NoteDocument): NoteDocument['yaml'] {
  if (released.delete(note)) note.yaml = parseAgain(note);
  return note.yaml;
}

/** Lets go of a note's YAML tree until `yamlOf` needs it. */
export function releaseYaml(note: NoteDocument): void {
  if (note.yaml === null) return;
  note.yaml = null;
  released.add(note);
}
