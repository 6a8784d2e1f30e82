/**
 * A parsed note holds its text and its prose, and no other copy of the note: the language server
 * keeps every note of the workspace parsed, so a copy per note is paid once per note.
 */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseNote } from '../../../server/src/core/note';
import type { NoteDocument } from '../../../server/src/core/documents';

describe('what a parsed note keeps', () => {
  it('keeps no copy of its body through the links, citations, footnotes and comments it found', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Front matter makes the body a string of its own; a long code block makes the note big and its
    // sentences few, so what a held note costs is mostly its text and prose.
    const code = Array.from({ length: 800 }, (_, i) => `line ${i} of a listing that is not prose at all`).join('\n');
    const note = (i: number): string =>
      `---\ntitle: Note ${i}\ndate: 2026-01-10\n---\n\n\`\`\`\n${code}\n\`\`\`\n\n` +
      `See [the report](https://example.org/r${i}) and [@key${i}, p. ${i}][^f${i}] <!-- note ${i} -->.\n\n[^f${i}]: A footnote.\n`;
    const size = note(0).length;
    const held: NoteDocument[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) held.push(parseNote(`/w/n${i}.md`, note(i)));
    gc();
    const perNote = (process.memoryUsage().heapUsed - before) / held.length;
    // Text and prose are two copies (one byte per character); a third would pass 3×.
    assert.ok(perNote < 2.6 * size, `a parsed note held ${(perNote / size).toFixed(2)}× its text`);
    assert.equal(held.length, 100);
  });
});
