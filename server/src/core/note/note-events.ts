/**
 * The dated events of a note without building the whole note model: the cross-note index needs only
 * these, and most notes have none, which a look at the metadata text tells without parsing YAML.
 */
import { splitFrontMatter } from './front-matter';
import { readMetadata } from './metadata';
import type { NoteEvent } from './model';
import { isYamlNotePath } from './index';
import { parseFrontMatter, parseYaml } from './yaml-source';

// An `events` key needs the word somewhere in the YAML (an alias's anchor spells it too); a backslash
// could spell it as an escape in a quoted key, so its presence also means "parse to be sure".
const MAY_HAVE_EVENTS = /events|\\/;

/** The note's events exactly as `parseNote(path, text).events` gives them. */
export function noteEvents(path: string, text: string): NoteEvent[] {
  if (isYamlNotePath(path)) return MAY_HAVE_EVENTS.test(text) ? readMetadata(parseYaml(text, 0).doc, 0, path, []).events : [];
  const fm = splitFrontMatter(text);
  if (!fm?.closed) return [];
  if (!MAY_HAVE_EVENTS.test(text.slice(fm.content.start, fm.content.end))) return [];
  return readMetadata(parseFrontMatter(text, fm.content).doc, fm.content.start, path, []).events;
}
