/**
 * Fixes never lose data: every fix is an exact, in-bounds edit of its own file; fixing everything
 * reaches a fixed point in one pass (fixing twice equals fixing once); and no fix creates a new
 * finding of the rule it fixed or breaks the file's syntax.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/fix';
import { lintDocument } from '../../server/src/core/lint';
import { parseNote } from '../../server/src/core/note';
import type { Finding } from '../../server/src/core/types';
import { Workspace } from '../../server/src/core/workspace';
import { markdownNote, yamlNote } from './note-arbitrary';

function lint(path: string, text: string): Finding[] {
  const doc = parseNote(path, text);
  const workspace = new Workspace();
  workspace.upsert(doc);
  return lintDocument(doc, workspace, defaultConfig('/w'));
}

/** Applies every fix of every finding, as "fix all" does. */
function fixAll(path: string, text: string): string {
  return applyEdits(text, lint(path, text).flatMap((f) => f.fix?.edits ?? []));
}

function count(findings: readonly Finding[], ruleId: string): number {
  return findings.filter((f) => f.ruleId === ruleId).length;
}

const notes = fc.oneof(markdownNote.map((text) => ({ path: '/w/n.md', text })), yamlNote.map((text) => ({ path: '/w/n.note.yaml', text })));

describe('fix all', () => {
  const cases: Array<[string, string, string, string]> = [
    ['two stubs and no front matter', '/w/n.md', 'Text [@a] and [@b].\n', '---\nreferences:\n  - id: a\n  - id: b\n---\nText [@a] and [@b].\n'],
    ['two stubs and front matter without references', '/w/n.md', '---\ntitle: T\n---\n[@a] [@b]\n', '---\ntitle: T\nreferences:\n  - id: a\n  - id: b\n---\n[@a] [@b]\n'],
    ['two stubs into an empty flow list', '/w/n.md', '---\nreferences: []\n---\n[@a] [@b]\n', '---\nreferences:\n  - id: a\n  - id: b\n---\n[@a] [@b]\n'],
    ['a stub beside the removal of the last entry', '/w/n.note.yaml', 'references:\n  - id: old\nclaims:\n  - text: T\n    sources: [new]\n', 'references:\n  - id: new\nclaims:\n  - text: T\n    sources: [new]\n'],
  ];
  for (const [name, path, text, fixed] of cases) {
    it(`merges ${name} in one pass`, () => assert.equal(fixAll(path, text), fixed));
  }
});

describe('fix properties on generated notes', () => {
  it('every fix is an exact, in-bounds edit of the file it was found in', () => {
    fc.assert(
      fc.property(notes, ({ path, text }) => {
        for (const f of lint(path, text)) {
          for (const e of f.fix?.edits ?? []) {
            assert.equal(e.file, f.file);
            assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, JSON.stringify(e));
            assert.ok(e.newText !== '' || e.start < e.end, `an empty edit: ${JSON.stringify(e)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixing everything twice gives the same text as fixing once', () => {
    fc.assert(
      fc.property(notes, ({ path, text }) => {
        const once = fixAll(path, text);
        assert.equal(fixAll(path, once), once, `on ${JSON.stringify(text)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('no fix creates a finding of the rule it fixed, nor a syntax error', () => {
    fc.assert(
      fc.property(notes, ({ path, text }) => {
        const before = lint(path, text);
        for (const f of before.filter((x) => x.fix)) {
          const after = lint(path, applyEdits(text, f.fix!.edits));
          const what = `${f.ruleId} "${f.fix!.title}" on ${JSON.stringify(text)}`;
          assert.ok(count(after, f.ruleId) < count(before, f.ruleId), `${what} left as many ${f.ruleId} findings`);
          assert.ok(count(after, 'note-syntax') <= count(before, 'note-syntax'), `${what} broke the syntax`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
