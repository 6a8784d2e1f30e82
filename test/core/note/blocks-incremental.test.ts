/**
 * The block pass of an open document re-parses only around each edit; whatever the edits, it must
 * give exactly the blocks of a fresh parse, including edits that open a fence, an HTML block, a
 * list, a quote, a table or a setext heading far from where the old blocks ended.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextMemo } from '../../../server/src/core/memo';
import { scanBlocks } from '../../../server/src/core/note/blocks';
import type { BlockScan } from '../../../server/src/core/note/blocks';
import { LineIndex } from '../../../server/src/core/text';
import { applyEdit } from '../../helpers/edits';

/** Lines a note is made of, and what an edit types: every kind of block start and end. */
const PIECES = [
  'The ministry said 40 people attended.', 'It rose in May.', '', '', '', '- item one', '  continued item', '1. first', '> quoted',
  '```', '~~~', '    indented code', '<div>', '</div>', '<!-- note -->', '<!--', '-->', '# Heading', 'Setext', '===', '---',
  '| a | b |', '|---|---|', '| c | d |', '[^1]: A footnote.', '    more footnote', '[ref]: https://example.org', '* * *', '\t- tab item',
  '  - nested item', '2) second', '+ plus item', '>', '   ', '<script>', '</script>', '<span>inline html</span>', '<?php', '?>', 'crlf line\r',
];
const line = fc.constantFrom(...PIECES);
const note = fc.array(line, { maxLength: 40 }).map((l) => l.join('\n'));
/** An edit: at a position, delete up to `cut` characters and type some lines or characters. */
const edit = fc.tuple(fc.nat(), fc.nat(12), fc.oneof(fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n') + '\n'), fc.constantFrom('x', '\n', '`', '>', ' ', '-', '|', '=')));

/** A scan as compared: references in order, and without the account of what was parsed again. */
const comparable = (scan: BlockScan): unknown => ({ ...scan, references: [...scan.references].sort(), reparsed: undefined });

const fresh = (text: string): unknown => comparable(scanBlocks(text, new LineIndex(text)));

describe('the block pass of an open document', () => {
  it('gives the blocks of a fresh parse after every edit', () => {
    fc.assert(
      fc.property(note, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const memo = new TextMemo();
        let text = start;
        scanBlocks(text, new LineIndex(text), memo);
        for (const e of edits) {
          text = applyEdit(text, e);
          const scan = scanBlocks(text, new LineIndex(text), memo);
          assert.deepEqual(comparable(scan), fresh(text), `after editing to:\n${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });

  it('re-parses a paragraph typed into a long note without parsing the rest', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} says the ministry approved it.`);
    const memo = new TextMemo();
    const before = paragraphs.join('\n\n');
    const first = scanBlocks(before, new LineIndex(before), memo);
    paragraphs.splice(1500, 0, 'A new paragraph.');
    const after = paragraphs.join('\n\n');
    const scan = scanBlocks(after, new LineIndex(after), memo);
    assert.deepEqual(comparable(scan), fresh(after));
    // What was parsed again is the new paragraph and the blocks next to it, and the scan says so.
    const at = after.indexOf('A new paragraph.');
    assert.ok(scan.reparsed && scan.reparsed.start <= at && scan.reparsed.end >= at + 16 && scan.reparsed.end - scan.reparsed.start < 300, JSON.stringify(scan.reparsed));
    assert.equal(scan.reparsed.end - scan.reparsed.oldEnd, after.length - before.length);
    // Blocks above the edit are the very objects of the last version: nothing there was parsed again.
    assert.equal(scan.blocks[10], first.blocks[10]);
    assert.equal(scan.blocks[1400], first.blocks[1400]);
    assert.equal(scan.blocks[1800].content, first.blocks[1799].content);
  });
});
