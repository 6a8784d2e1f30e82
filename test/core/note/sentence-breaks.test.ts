/**
 * The direct sentence-boundary scan is only a shortcut: wherever it answers, it cuts exactly where
 * `Intl.Segmenter` cuts. Checked on generated text over every character class it knows, with the
 * abbreviations, numbers, quotes and spacing of policy prose, and on the repository's notes.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { sentenceEnds } from '../../../server/src/core/note/sentence-breaks';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string): number[] => Array.from(segmenter.segment(text), (s) => s.index + s.segment.length);

const PIECES = [
  'a', 'b', 'x', 'U', 'S', 'Y', '1', '2', '.', '.', '?', '!', ' ', ' ', '  ', '\u00a0', '"', "'", '(', ')', '[', ']', '{', '}',
  '\u201c', '\u201d', '\u2018', '\u2019', '\u201a', '\u201e', ',', '-', ':', ';', '\u2013', '\u2014', '$', '%', '/', '#', '*', '@', '<', '>',
  '=', '+', '_', '&', '~', '^', '`', '|', '\\', 'é', 'É', 'ß', 'ÿ', 'À', 'Ø', 'Dr', 'e.g.', 'U.S.', 'word', 'Word', '3.5', '...',
];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

function* notes(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* notes(path);
    else if (name.endsWith('.md')) yield readFileSync(path, 'utf8');
  }
}

describe('sentence boundaries', () => {
  it('cut generated prose exactly where Intl.Segmenter cuts it', () => {
    let answered = 0;
    fc.assert(
      fc.property(prose, (text) => {
        const ends = sentenceEnds(text);
        if (!ends) return;
        answered++;
        assert.deepEqual(ends, icuEnds(text), JSON.stringify(text));
      }),
      { numRuns: 20000, seed: 29112026 },
    );
    assert.equal(answered, 20000, 'every generated text uses only characters the scan knows');
  });

  it('cut every paragraph of the example notes and fixtures as Intl.Segmenter does', () => {
    let answered = 0;
    for (const dir of ['examples', 'test/fixtures']) {
      for (const note of notes(join(__dirname, '../../../..', dir))) {
        for (const block of note.split(/\n\s*\n/).map((b) => b.replace(/[\r\n]/g, ' '))) {
          const ends = sentenceEnds(block);
          if (!ends) continue;
          answered++;
          assert.deepEqual(ends, icuEnds(block), JSON.stringify(block));
        }
      }
    }
    assert.ok(answered > 100, `only ${answered} blocks were answered directly`);
  });

  it('leave text with other characters to Intl.Segmenter', () => {
    assert.equal(sentenceEnds('Sales rose 5%. 😀 Then fell.'), undefined);
    assert.equal(sentenceEnds('出口管制。新规则'), undefined);
    assert.equal(sentenceEnds('Soft\u00adhyphen. Next.'), undefined);
    assert.deepEqual(sentenceEnds(''), []);
    assert.deepEqual(sentenceEnds('The U.S. rule took effect. “It is final,” she said. e.g. this continues.'), icuEnds('The U.S. rule took effect. “It is final,” she said. e.g. this continues.'));
  });
});
