/**
 * The server holds every note of the workspace, so what a closed note keeps is paid for once per
 * note: its YAML tree and sentences are released as soon as it is read and again after each lint
 * that reads them, its claim and date analyses after its lint (an open note keeps them all), and a
 * lint that reads them again finds exactly what the first did.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseNote } from '../../server/src/core/claims/analysis';
import { analyseDates } from '../../server/src/core/dates/analysis';
import type { NoteDocument } from '../../server/src/core/documents';
import { timelineHtml } from '../../server/src/lsp/features/timeline';
import { Session } from '../../server/src/lsp/session';

// `source-unused` reads `nocite` from the YAML tree, and the reference stub fix of `citation-undefined` edits it.
const NOTE = [
  '---',
  'title: T',
  'date: 2026-01-10',
  'nocite: "@b"',
  'references:',
  '  - id: a',
  '    title: A',
  '  - id: b',
  '    title: B',
  '---',
  '',
  'Officials reportedly approved 12 licences last week [@missing].',
  '',
].join('\n');

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

  const note = () => session.documentFor(path) as NoteDocument;
  const analysis = () => analyseNote(note(), session.workspace, session.configFor(path));
  const dates = () => analyseDates(note(), session.configFor(path));

  it("holds a closed note's YAML tree only while it is linted, and drops its claim and date analyses after", () => {
    // Read from disk, the tree waits for the lint.
    assert.equal(note().yaml, null);
    const before = analysis();
    const datesBefore = dates();
    assert.equal(datesBefore.length, 1, "\"last week\" was not read");
    assert.ok(session.lint(path).length > 0);
    assert.equal(note().yaml, null);
    const after = analysis();
    assert.notEqual(after, before, 'the claim analysis the lint used is still cached');
    assert.deepEqual(after, before);
    const datesAfter = dates();
    assert.notEqual(datesAfter, datesBefore, 'the date analysis the lint used is still cached');
    assert.deepEqual(datesAfter, datesBefore);
  });

  it("holds a closed note's sentences only while it is linted", () => {
    assert.equal(note().sentences.length, 0, 'the sentences were kept from the reading');
    session.lint(path);
    assert.equal(note().sentences.length, 0, 'the sentences were kept from the lint');
    assert.ok(dates().length > 0 && note().sentences.length > 0, 'the date analysis did not split them again');
  });

  it("lets go of the closed notes' sentences and dates once the workspace's timeline is made", () => {
    const html = timelineHtml(session, undefined, () => []);
    assert.match(html, /last week/);
    assert.equal(note().sentences.length, 0);
  });

  it('lints a released note again to the same findings, fixes included', () => {
    const first = session.lint(path);
    const rules = first.map((f) => f.ruleId);
    for (const rule of ['source-unused', 'citation-undefined', 'claim-hedged']) assert.ok(rules.includes(rule), `no ${rule} finding`);
    assert.ok(first.some((f) => f.ruleId === 'citation-undefined' && f.fix));
    assert.equal(first.filter((f) => f.ruleId === 'source-unused').length, 1, '"nocite" was not read');
    assert.equal(note().yaml, null);
    assert.deepEqual(session.lint(path), first);
  });

  it("keeps an open note's claim analysis and YAML tree after its lint", () => {
    session.setEditorText(path, NOTE);
    const before = analysis();
    const datesBefore = dates();
    assert.ok(session.lint(path).length > 0);
    assert.equal(analysis(), before);
    assert.equal(dates(), datesBefore);
    assert.notEqual(note().yaml, null);
    assert.ok(note().sentences.length > 0);
  });
});
