/**
 * CRLF, a lone CR and a BOM change nothing but offsets: a note with `\r\n` or old Mac `\r` line
 * endings, or with a leading BOM (as an editor may hand it over), gets the same findings at the same
 * characters as with `\n`.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import { lintDocument } from '../../server/src/core/lint';
import { parseNote } from '../../server/src/core/note';
import { Workspace } from '../../server/src/core/workspace';
import { markdownNote, yamlNote } from './note-arbitrary';

/** Findings as `rule@start-end message`, offsets mapped through `map`, sorted. */
function findings(path: string, text: string, map: (offset: number) => number = (o) => o): string[] {
  const doc = parseNote(path, text);
  const workspace = new Workspace();
  workspace.upsert(doc);
  return lintDocument(doc, workspace, defaultConfig('/w'))
    .map((f) => `${f.ruleId}@${map(f.start)}-${map(f.end)} ${f.message}`)
    .sort();
}

/** Maps an offset in `lf` text to the same character once every `\n` is `\r\n`. */
function toCrlf(lf: string): (offset: number) => number {
  const before: number[] = [0];
  for (let i = 0; i < lf.length; i++) before.push(before[i] + (lf[i] === '\n' ? 1 : 0));
  return (o) => o + before[o];
}

const notes = fc.oneof(markdownNote.map((text) => ({ path: '/w/n.md', text })), yamlNote.map((text) => ({ path: '/w/n.note.yaml', text })));

describe('line endings and BOM', () => {
  it('CRLF gives the same findings at the same characters', () => {
    fc.assert(
      fc.property(notes, ({ path, text }) => {
        assert.deepEqual(findings(path, text.replace(/\n/g, '\r\n')), findings(path, text, toCrlf(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('a lone CR gives the same findings at the same offsets', () => {
    fc.assert(
      fc.property(notes, ({ path, text }) => {
        // A message that quotes text across a line break quotes the CR.
        const lf = (f: string): string => f.replace(/\r/g, '\n');
        assert.deepEqual(findings(path, text.replace(/\n/g, '\r')).map(lf), findings(path, text));
      }),
      { numRuns: 300 },
    );
  });

  it('a long YAML note with lone CRs is read, not refused as too deeply nested', () => {
    const claims = Array.from({ length: 120 }, (_, i) => `  - id: c${i}\n    text: Officials say ${i} licences were granted.\n`).join('');
    const text = `title: T\ndate: 2026-02-24\nclaims:\n${claims}`;
    const lf = findings('/w/n.note.yaml', text);
    assert.ok(lf.length >= 120 && !lf.some((f) => f.includes('nested deeper')), 'the LF twin is read');
    assert.deepEqual(findings('/w/n.note.yaml', text.replace(/\n/g, '\r')), lf);
  });

  it('a leading BOM shifts every finding by one character and changes nothing else', () => {
    fc.assert(
      fc.property(markdownNote, (text) => {
        assert.deepEqual(findings('/w/n.md', '\uFEFF' + text), findings('/w/n.md', text, (o) => o + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('a BOM before a block quote on line 1 leaves it a quote', () => {
    const text = '> Sources said 5 million. ';
    assert.deepEqual(findings('/w/n.md', '\uFEFF' + text), findings('/w/n.md', text, (o) => o + 1));
  });
});
