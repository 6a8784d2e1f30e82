/**
 * An open note's parse carried across an edit: whatever the edits, the note read with the memo of
 * its earlier versions is the note read afresh, and a paragraph typed into a long note is the only
 * part read again.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextMemo } from '../../../server/src/core/memo';
import { parseMarkdownNote } from '../../../server/src/core/note/parse-markdown';
import type { NoteDocument } from '../../../server/src/core/note/model';
import { markdownNote } from '../../robustness/note-arbitrary';
import { applyEdit } from '../../helpers/edits';

/** The parts of a note that the block pass and the inline pass make. */
const body = (doc: NoteDocument): unknown => ({
  prose: doc.prose,
  citations: doc.citations,
  footnoteRefs: doc.footnoteRefs,
  footnoteDefs: doc.footnoteDefs,
  links: doc.links,
  comments: doc.comments,
  proseSpans: doc.proseSpans,
  sentences: doc.sentences,
  frontMatter: doc.frontMatter,
  problems: doc.problems,
});

/** What an edit types: prose, inline marks, and every kind of block start and end. */
const snippet = fc.constantFrom(
  'The ministry said 40 people attended. ', ' [@a]', '[@b; @c, p. 4] ', '[^1]', '\n\n[^1]: See [@b].\n', '\n[a]: https://example.org\n', '[a] ',
  'https://example.org ', '`', '```\n', '~~~\n', '\n    code\n', '<!-- policy-notes-disable -->', '<!--', '-->', '<div>\n', '</div>\n',
  '\n\n', '\n', '\r\n', '\r', '# ', '> ', '- ', '1. ', '===\n', '---\n', '| a | b |\n|---|---|\n', '\ufeff', 'é ', '🚀', '  ', '\t',
);
const edit = fc.tuple(fc.nat(), fc.nat(16), snippet);

describe('the parse of an open note', () => {
  it('gives the note of a fresh parse after every edit', () => {
    fc.assert(
      fc.property(markdownNote, fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 10 }), (start, crlf, edits) => {
        const memo = new TextMemo();
        let text = crlf ? start.replace(/\n/g, '\r\n') : start;
        parseMarkdownNote('/w/n.md', text, memo);
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(body(parseMarkdownNote('/w/n.md', text, memo)), body(parseMarkdownNote('/w/n.md', text)), `after editing to:\n${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('reads again only the paragraph typed into a long note', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} says [@a] the ministry approved it. See [^${i}].`);
    const memo = new TextMemo();
    const first = parseMarkdownNote('/w/n.md', paragraphs.join('\n\n'), memo);
    paragraphs.splice(700, 0, 'A new paragraph [@b].');
    const text = paragraphs.join('\n\n');
    const doc = parseMarkdownNote('/w/n.md', text, memo);
    assert.deepEqual(body(doc), body(parseMarkdownNote('/w/n.md', text)));
    // Above the edit, the very objects of the last version; below it, the last version's moved down.
    assert.equal(doc.sentences[100], first.sentences[100]);
    assert.equal(doc.citations[100], first.citations[100]);
    assert.notEqual(doc.sentences[1800], first.sentences[1799]);
    assert.equal(doc.sentences[1800].text, first.sentences[1799].text);
    assert.equal(doc.sentences[1800].span.start, first.sentences[1799].span.start + 'A new paragraph [@b].\n\n'.length);
  });
});
