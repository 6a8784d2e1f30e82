/** Property tests: no input throws, every mention's range lies inside the sentence and matches its text. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findDates, parseIsoDate } from '../../../server/src/core/dates';
import { engineFor } from '../../../server/src/core/dates/engine';
import { kindsOf } from '../../../server/src/core/dates/families';

// Fragments that exercise every rule, joined with noise so that rules meet in odd places.
const PIECES = ['In', 'August', 'May', 'may', 'last', 'next', 'week', 'Friday', ',', '.', ' ', '31.02.2026', '03/04/2026',
  '2026-02-24', 'Q3', '2025', 'the', '1990s', 'mid-', 'early', 'three', 'years', 'ago', 'Version', '1.2.2026', '$1,200',
  'https://x.org/2026-01-01', '👍🏽', 'é', '5 p.m.', 'Thanksgiving', 'fall', 'summer', 'of', 'year-earlier', 'quarter'];

describe('dates: properties', () => {
  it('never throws and keeps ranges inside the sentence', () => {
    const sentence = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' ')),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')),
    );
    const order = fc.constantFrom(undefined, 'DMY' as const, 'MDY' as const, 'YMD' as const);
    const anchor = fc.constantFrom(undefined, '2026-02-24', '2000-01-01', '1998-12-31');
    fc.assert(fc.property(sentence, order, anchor, (s, dateOrder, a) => {
      for (const d of findDates(s, { ...(a ? { anchor: a } : {}), ...(dateOrder ? { dateOrder } : {}) })) {
        assert.ok(d.start >= 0 && d.start < d.end && d.end <= s.length, JSON.stringify({ s, d }));
        assert.equal(s.slice(d.start, d.end), d.text);
        if (!a) assert.ok(!d.relative || d.value === undefined, JSON.stringify({ s, d }));
      }
    }), { numRuns: 400 });
  });

  it('skipping rules whose trigger words are absent changes no result', () => {
    const ref = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
    const words = fc.constantFrom(...PIECES, 'from now', 'monthly', 'the nineties', 'the 20th century', 'this morning',
      'Christmas Eve', 'a year ago', 'two weeks', 'next Tuesday', 'at noon', 'recently', 'these days', 'every year');
    fc.assert(fc.property(fc.array(words, { maxLength: 10 }).map((p) => p.join(' ')), (s) => {
      const show = (rs: Array<{ index: number; text: string }>): string[] => rs.map((r) => `${r.index}:${r.text}`);
      assert.deepEqual(show(engineFor(undefined).parse(s, ref, { kinds: kindsOf(s) } as object)), show(engineFor(undefined).parse(s, ref)));
    }), { numRuns: 300 });
  });

  it('parseIsoDate never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 24 }), (s) => {
      const r = parseIsoDate(s);
      assert.ok(r.value !== undefined || r.invalid !== undefined);
    }));
  });
});
