/**
 * An open note's date analysis carried across an edit: the dates of the sentences the edit left
 * alone are the last version's (moved past it), and the result is that of a fresh analysis.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../../server/src/core/config';
import { analyseDates } from '../../../server/src/core/dates/analysis';
import { TextMemo } from '../../../server/src/core/memo';
import { parseMarkdownNote } from '../../../server/src/core/note/parse-markdown';
import { applyEdit } from '../../helpers/edits';

const PATH = '/w/n.md';

/** Sentences with dates of every kind, relative ones included, and text that moves or splits them. */
const piece = fc.constantFrom(
  'The board met on 3 March 2026. ', 'It said last week that prices rose. ', 'On Monday, 24 February 2026 it voted. ', 'In 03/04/2026 terms, ',
  'Next year (2027) it ends. ', 'No dates here. ', '\n\n', '\n', '`2025` ', '# Heading in May 2025\n', '> Quoted on 1 May 2024. ', '- item dated 2023-01-02\n',
);
const note = fc.tuple(fc.constantFrom('', '---\ndate: 2026-02-24\n---\n', '---\ndate: 2026-02-24\ndate-order: DMY\n---\n'), fc.array(piece, { maxLength: 20 })).map(([fm, body]) => fm + body.join(''));
const edit = fc.tuple(fc.nat(), fc.nat(10), piece);

describe('the date analysis of an open note', () => {
  it('gives the dates of a fresh analysis after every edit', () => {
    const config = defaultConfig('/w');
    fc.assert(
      fc.property(note, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const memo = new TextMemo();
        let text = start;
        analyseDates(parseMarkdownNote(PATH, text, memo), config);
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(analyseDates(parseMarkdownNote(PATH, text, memo), config), analyseDates(parseMarkdownNote(PATH, text), config), `after editing to:\n${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads again only the sentences an edit touched', () => {
    const config = defaultConfig('/w');
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} was filed on ${1 + (i % 28)} March 2026.`);
    const memo = new TextMemo();
    const first = analyseDates(parseMarkdownNote(PATH, paragraphs.join('\n\n'), memo), config);
    paragraphs.splice(200, 0, 'A new paragraph of 2 May 2026.');
    const text = paragraphs.join('\n\n');
    const dates = analyseDates(parseMarkdownNote(PATH, text, memo), config);
    assert.deepEqual(dates, analyseDates(parseMarkdownNote(PATH, text), config));
    // Dates above the edit are the very objects of the last version; those below it moved.
    assert.equal(dates[100], first[100]);
    assert.equal(dates[250].text, first[249].text);
    assert.equal(dates[250].start, first[249].start + 'A new paragraph of 2 May 2026.\n\n'.length);
  });
});
