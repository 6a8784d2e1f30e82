/**
 * An open note's block-scoped findings carried across an edit: after any edit the findings are
 * exactly those of a fresh lint (fixes and suggestions included), and an edit inside one paragraph
 * has the block-scoped rules read that paragraph only.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import type { ResolvedConfig } from '../../server/src/core/config';
import { sentencesOf } from '../../server/src/core/note/prose-sentences';
import { lintDocument } from '../../server/src/core/lint';
import { TextMemo } from '../../server/src/core/memo';
import { parseNote } from '../../server/src/core/note';
import { RULES } from '../../server/src/core/rules';
import { defineRule } from '../../server/src/core/types';
import type { Finding, Rule } from '../../server/src/core/types';
import { Workspace } from '../../server/src/core/workspace';
import { markdownNote } from '../robustness/note-arbitrary';
import { applyEditOrDate } from '../helpers/edits';

const PATH = '/w/n.md';

function lint(text: string, config: ResolvedConfig, rules: readonly Rule[], memo?: TextMemo): Finding[] {
  const doc = parseNote(PATH, text, memo);
  const workspace = new Workspace();
  workspace.upsert(doc);
  return lintDocument(doc, workspace, config, rules);
}

/** What an edit inserts: prose the rules report on, and every kind of mark that changes how other blocks read. */
const snippet = fc.constantFrom(
  'The ministry reportedly approved 12 licences. ',
  'Officials said on Monday, 24 February 2026 that it was 03/04/2026. ',
  'According to Reuters, prices rose. ',
  'A senior official said 5 million [@missing]. ',
  ' [@a]',
  ' [@smith-2020, p. 3]',
  '[^1]',
  '\n\n[^1]: See [@b].\n',
  '\n[a]: https://example.org\n',
  '[a] ',
  'https://example.org/report ',
  '`',
  '```\n',
  '\n    indented code\n',
  '<!-- policy-notes-disable -->',
  '<!-- policy-notes-enable -->',
  '<!-- policy-notes-disable-next-line claim-hedged -->\n',
  '\n\n',
  '\n',
  '\r\n',
  '# ',
  '> ',
  '- ',
  '===\n',
  '---\n',
  '<div>\n',
  '| a | b |\n|---|---|\n',
  '"',
  '.',
);

/** An insertion at a position after deleting up to 12 characters there, or a new date for the note. */
const edit = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat(), fc.nat(12), snippet) },
  { weight: 1, arbitrary: fc.constantFrom('2025-01-10', '2027-06-30') },
);

/** A rule that reads the whole note's sentences and counts them: how much of a note the block-scoped rules read. */
function sentenceCounter(): { rule: Rule; seen: number[] } {
  const seen: number[] = [];
  const rule = defineRule({
    id: 'test-sentences',
    description: 'Counts the sentences it is given.',
    rationale: 'A test probe.',
    defaultSeverity: 'hint',
    fixable: false,
    scope: 'block',
    appliesTo: ['note'],
    messages: { first: 'first word "{word}"' },
    check({ doc, report }) {
      if (doc.kind !== 'note') return;
      const sentences = sentencesOf(doc);
      seen.push(sentences.length);
      for (const s of sentences) report({ start: s.span.start, end: s.span.start + 1, messageId: 'first', data: { word: s.text.split(' ')[0] } });
    },
  });
  return { rule, seen };
}

describe('findings carried across an edit', () => {
  it('are those of a fresh lint after every edit, fixes and suggestions included', () => {
    const config = defaultConfig('/w');
    const probe = sentenceCounter();
    const rules = [...RULES, probe.rule];
    fc.assert(
      fc.property(
        markdownNote.map((t) => `${t}\n\nThe board met last week [@a]. It reportedly voted.\n\nCritics say 30 people left.\n`),
        fc.boolean(),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (start, crlf, edits) => {
          const memo = new TextMemo();
          let text = crlf ? start.replace(/\n/g, '\r\n') : start;
          lint(text, config, rules, memo);
          for (const e of edits) {
            text = applyEditOrDate(text, e);
            assert.deepEqual(lint(text, config, rules, memo), lint(text, config, rules), `after editing to:\n${JSON.stringify(text)}`);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('read only the edited paragraph of a long note, and the whole note when the edit changes its context', () => {
    const config = defaultConfig('/w');
    const probe = sentenceCounter();
    const rules = [...RULES, probe.rule];
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says the ministry reportedly approved ${i} licences [@a]. Critics say [x] is wrong.`);
    const memo = new TextMemo();
    const check = (text: string): number => {
      probe.seen.length = 0;
      const carried = lint(text, config, rules, memo);
      const seen = probe.seen[0];
      probe.seen.length = 0;
      assert.deepEqual(carried, lint(text, config, rules));
      return seen;
    };
    assert.equal(check(paragraphs.join('\n\n')), 400);
    paragraphs[120] += ' It may have risen.';
    assert.equal(check(paragraphs.join('\n\n')), 3, 'one paragraph read again');
    paragraphs.splice(50, 0, 'A new paragraph. With two sentences.');
    assert.ok(check(paragraphs.join('\n\n')) <= 4, 'the new paragraph (and a neighbour) read');
    // A link definition turns every "[x]" into a link, a source for every sentence that has one.
    paragraphs.push('[x]: https://example.org');
    assert.equal(check(paragraphs.join('\n\n')), 403, 'a new link definition means reading everything');
    // An unclosed fence swallows every block after it.
    paragraphs.splice(10, 0, '```');
    assert.equal(check(paragraphs.join('\n\n')), 20, 'the blocks after an opened fence are gone');
  });
});
