/**
 * What outlives a note's reading keeps no needless copy of its text. The language server keeps every
 * note of the workspace parsed, and a check keeps every note's index entry, so a copy is paid per note.
 */
import { strict as assert } from 'node:assert';
import { parseNote } from '../../../server/src/core/note';
import { noteEvents } from '../../../server/src/core/note/note-events';
import type { NoteDocument } from '../../../server/src/core/documents';
import { indexEntry } from '../../../server/src/host/note-index';
import type { IndexEntry } from '../../../server/src/host/note-index';
import { collectGarbage } from '../../helpers/heap';

/** The heap's growth per item while `make` makes 100 items that are all kept. */
function heldEach(make: (i: number) => unknown): number {
  const held: unknown[] = [];
  // A first item, not counted, compiles what making one needs.
  make(-1);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 100; i++) held.push(make(i));
  collectGarbage();
  const each = (process.memoryUsage().heapUsed - before) / held.length;
  assert.equal(held.length, 100);
  return each;
}

describe('what outlives reading a note', () => {
  it('a parsed note keeps no copy of its body through the links, citations, footnotes and comments it found', () => {
    // Front matter makes the body a string of its own; a long code block makes the note big and its
    // sentences few, so what a held note costs is mostly its text and prose.
    const code = Array.from({ length: 800 }, (_, i) => `line ${i} of a listing that is not prose at all`).join('\n');
    const note = (i: number): string =>
      `---\ntitle: Note ${i}\ndate: 2026-01-10\n---\n\n\`\`\`\n${code}\n\`\`\`\n\n` +
      `See [the report](https://example.org/r${i}) and [@key${i}, p. ${i}][^f${i}] <!-- note ${i} -->.\n\n[^f${i}]: A footnote.\n`;
    const size = note(0).length;
    const perNote = heldEach((i): NoteDocument => parseNote(`/w/n${i}.md`, note(i)));
    // Text and prose are two copies (one byte per character); a third would pass 3×.
    assert.ok(perNote < 2.6 * size, `a parsed note held ${(perNote / size).toFixed(2)}× its text`);
  });

  it("an index entry keeps none of its note's text, whatever the length of its ids and dates", () => {
    const body = 'Prose about the approval of export licences. '.repeat(400);
    const note = (i: number): string =>
      `---\ntitle: N${i}\nevents:\n  - id: ministry-approval-vote-${i}\n    date: January ${1 + (i % 28)}, 2026\n---\n\n${body}\n`;
    const perEntry = heldEach((i): IndexEntry => indexEntry(noteEvents(`/w/n${i}.md`, note(i))));
    assert.ok(perEntry < body.length / 4, `an index entry held ${Math.round(perEntry)} bytes for a note of ${body.length}`);
  });
});
