import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanWords, wordAt } from '../../../server/src/core/claims/hedge-tokens';
import { WordFilter } from '../../../server/src/core/claims/word-filter';
import lexicon from '../../../server/src/core/claims/lexicons/hedges.json';

const firstWords = [...new Set(lexicon.cues.flatMap((e: { cue: string; forms?: string[] }) => [e.cue, ...(e.forms ?? [])]).map((p) => wordAt(scanWords(p), 0)))];
const filter = new WordFilter(firstWords);

/** A word in a random mix of upper and lower case. */
const anyCase = (word: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

describe('word filter', () => {
  it('lets every word of its set through, in any case, as the scanner keys it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...firstWords).chain(anyCase), (word) => {
        const list = scanWords(`On ${word}, then.`);
        assert.equal(wordAt(list, 1), word.toLowerCase().replace(/\u2019/g, "'"));
        assert.ok(filter.mayHave(list.keys[1]), `"${word}" was filtered out`);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets any word with a non-ASCII character through, and turns most other words away', () => {
    const list = scanWords('Müller’s Kelvin Łódź naïve');
    assert.deepEqual(list.keys.map((k) => k < 0), [true, false, true, true]);
    assert.ok(list.keys.every((k) => k >= 0 || filter.mayHave(k)));
    const plain = scanWords('The ministry approved twelve shipments to the port on Tuesday after talks with the operator');
    const passed = plain.keys.filter((k) => filter.mayHave(k)).length;
    assert.ok(passed <= 3, `${passed} of ${plain.keys.length} plain words passed`);
  });
});
