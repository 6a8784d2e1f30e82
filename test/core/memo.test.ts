/**
 * An editor's memo only saves work: after any sequence of edits, a note parsed and linted with the
 * memo of its earlier versions has exactly the findings of the same text read afresh.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import type { ResolvedConfig } from '../../server/src/core/config';
import { lintDocument } from '../../server/src/core/lint';
import { TextMemo } from '../../server/src/core/memo';
import { parseNote } from '../../server/src/core/note';
import { Workspace } from '../../server/src/core/workspace';
import { collectGarbage } from '../helpers/heap';
import { markdownNote } from '../robustness/note-arbitrary';
import { applyEditOrDate } from '../helpers/edits';

const PATH = '/w/n.md';

/** Findings as `rule@start-end message`. */
function findings(text: string, config: ResolvedConfig, memo?: TextMemo): string[] {
  const doc = parseNote(PATH, text, memo);
  const workspace = new Workspace();
  workspace.upsert(doc);
  return lintDocument(doc, workspace, config).map((f) => `${f.ruleId}@${f.start}-${f.end} ${f.message}`);
}

/** Snippets an edit inserts: prose with relative dates, a backtick that turns text into code, a bracket, a link definition. */
const snippet = fc.constantFrom(
  'The agency reportedly approved 12 licences. ',
  '`',
  '[',
  '\n\n',
  '\n[a]: https://example.org\n',
  'In May, officials met last week. ',
  ' [@a]',
);

/** An insertion (deleting up to `cut` characters at a position first), or a new date for the note (the anchor of relative dates). */
const edit = fc.oneof(fc.tuple(fc.nat(), fc.nat(4), snippet), fc.constantFrom('2025-01-10', '2027-06-30'));

describe('the editor memo', () => {
  it('gives the findings of a fresh parse after every edit', () => {
    const config = defaultConfig('/w');
    fc.assert(
      fc.property(markdownNote.map((t) => `${t}\n\nThe board met last week and will vote next month.\n`), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const memo = new TextMemo();
        let text = start;
        findings(text, config, memo);
        for (const e of edits) {
          text = applyEditOrDate(text, e);
          assert.deepEqual(findings(text, config, memo), findings(text, config), `after editing to:\n${text}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps no earlier version of the text alive as it is edited', () => {
    const config = defaultConfig('/w');
    const paragraphs = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i}: the ministry reportedly approved ${i} licences in May 2025 [@a].`);
    const memo = new TextMemo();
    const heapAfter = (edits: number): number => {
      for (let i = 0; i < edits; i++) {
        paragraphs.splice(1000, 0, `Officials said on Tuesday that ${i} more were pending.`);
        findings(paragraphs.join('\n\n'), config, memo);
      }
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    const start = heapAfter(10);
    // Each version is about 0.2 MB; 60 edits that each kept one alive would add 12 MB or more.
    const growth = heapAfter(60) - start;
    assert.ok(growth < 4 * 2 ** 20, `the heap grew ${(growth / 2 ** 20).toFixed(1)} MB over 60 edits`);
  });

  it('forgets results made under another config', () => {
    const memo = new TextMemo();
    memo.begin('t', 'first');
    assert.equal(memo.get('t', 'k', () => 1), 1);
    memo.begin('t', 'second');
    assert.equal(memo.get('t', 'k', () => 2), 2);
  });

  it('finds a text that an edit moved by its place, and never takes another text found there', () => {
    const memo = new TextMemo();
    let computed = 0;
    const get = (key: string, at: number): string => memo.get('t', key, () => `${key}#${++computed}`, at);
    memo.setText('aaa bbb');
    memo.begin('t', null);
    assert.equal(get('bbb', 4), 'bbb#1');
    memo.setText('xx aaa bbb');
    memo.begin('t', null);
    assert.equal(get('bbb', 7), 'bbb#1', 'shifted by the insertion before it');
    memo.setText('xx aaa ccc');
    memo.begin('t', null);
    assert.equal(get('ccc', 7), 'ccc#2', 'the text at that place changed');
    assert.equal(get('aaa', 3), 'aaa#3');
  });

  it('drops what the last pass did not use once it outnumbers what it used', () => {
    const memo = new TextMemo();
    let computed = 0;
    const get = (key: string): number => memo.get('t', key, () => ++computed);
    memo.begin('t', null);
    for (let i = 0; i < 200; i++) get(`old ${i}`);
    memo.begin('t', null);
    get('new');
    assert.equal(computed, 201);
    memo.begin('t', null);
    get('new');
    assert.equal(computed, 201, '"new" was used in the pass before');
    get('old 0');
    assert.equal(computed, 202, '"old 0" was swept: two passes went by without it');
  });
});
