/**
 * The server holds every note of the workspace, so what a closed note keeps after its lint is paid
 * for once per note: its claim analysis is dropped then (an open note's is kept for hover and lenses).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseNote } from '../../server/src/core/claims/analysis';
import type { NoteDocument } from '../../server/src/core/documents';
import { Session } from '../../server/src/lsp/session';

const NOTE = '---\ntitle: T\ndate: 2026-01-10\n---\n\nOfficials reportedly approved 12 licences last week.\n';

describe('server session memory', () => {
  let dir: string;
  let path: string;
  let session: Session;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-notes-session-'));
    path = join(dir, 'note.md');
    writeFileSync(path, NOTE);
    session = new Session([dir]);
    for (const f of session.discover()) session.load(f.path, f.kind);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const analysis = () => analyseNote(session.documentFor(path) as NoteDocument, session.workspace, session.configFor(path));

  it("drops a closed note's claim analysis once the note is linted", () => {
    const before = analysis();
    assert.ok(session.lint(path).length > 0);
    const after = analysis();
    assert.notEqual(after, before, 'the analysis the lint used is still cached');
    assert.deepEqual(after, before);
  });

  it("keeps an open note's claim analysis after its lint", () => {
    session.setEditorText(path, NOTE);
    const before = analysis();
    assert.ok(session.lint(path).length > 0);
    assert.equal(analysis(), before);
  });
});
