import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../server/src/core/config';
import { lintDocument } from '../../server/src/core/lint';
import { parseNote } from '../../server/src/core/note';
import { Workspace } from '../../server/src/core/workspace';

function lintLines(text: string, path = '/w/n.md'): number[] {
  const note = parseNote(path, text);
  const ws = new Workspace();
  ws.upsert(note);
  return lintDocument(note, ws, defaultConfig('/w')).map((f) => note.lines.positionAt(f.start).line + 1);
}

describe('inline control comments', () => {
  it('disable-next-line skips blank lines and names rules', () => {
    assert.deepEqual(lintLines('<!-- policy-notes-disable-next-line citation-undefined -- key added later -->\n\nA [@x].\nB [@y].\n'), [4]);
  });
  it('disable-next-line for another rule does not hide this one', () => {
    assert.deepEqual(lintLines('<!-- policy-notes-disable-next-line claim-hedged -->\nA [@x].\n'), [2]);
  });
  it('disable-line, disable/enable blocks and disable-file', () => {
    assert.deepEqual(lintLines('A [@x]. <!-- policy-notes-disable-line -->\nB [@y].\n'), [2]);
    assert.deepEqual(lintLines('<!-- policy-notes-disable citation-undefined -->\nA [@x].\n<!-- policy-notes-enable citation-undefined -->\nB [@y].\n'), [4]);
    assert.deepEqual(lintLines('A [@x].\n\n<!-- policy-notes-disable-file -->\n'), []);
  });
  it('works in YAML notes with # comments', () => {
    const text = 'claims:\n  - id: a\n    # policy-notes-disable-next-line citation-undefined\n    sources: [missing]\n  - id: b\n    sources: [missing-too]\n';
    assert.deepEqual(lintLines(text, '/w/n.note.yaml'), [6]);
  });
  it('is not read inside code', () => {
    assert.deepEqual(lintLines('```\n<!-- policy-notes-disable-file -->\n```\nA [@x].\n'), [4]);
  });
});

describe('inline control in front matter', () => {
  it('reads # policy-notes-disable-next-line inside Markdown front matter', () => {
    const text = '---\nreferences:\n  # policy-notes-disable-next-line source-unused\n  - id: kept-for-later\n    title: T\n    URL: https://x\n    issued: 2026\n  - id: unused\n    title: U\n    URL: https://y\n    issued: 2026\n---\nBody.\n';
    assert.deepEqual(lintLines(text), [8]);
  });
});
