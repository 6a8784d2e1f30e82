/** Finding date expressions: what counts as a date, what does not, and where it is (UTF-16 offsets). */
import { strict as assert } from 'node:assert';
import { findDates, mayContainDate, type DateMention } from '../../../server/src/core/dates';

const ANCHOR = '2026-02-24';

/** The one mention in a sentence (fails when there is not exactly one). */
function one(sentence: string, anchor: string | null = ANCHOR): DateMention {
  const found = findDates(sentence, anchor ? { anchor } : {});
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(sentence)}, got ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0]!;
}

/** [text, value] pairs of every mention. */
function pairs(sentence: string): Array<[string, string | undefined]> {
  return findDates(sentence, { anchor: ANCHOR }).map((d) => [d.text, d.value]);
}

describe('dates: finding expressions', () => {
  const cases: Array<[string, string, string, string?]> = [
    // sentence, expression text, value, mod
    ['Prices rose early last year.', 'early last year', '2025', 'START'],
    ['Sales fell in late 2019.', 'late 2019', '2019', 'END'],
    ['The plant opened by mid-2024.', 'mid-2024', '2024', 'MID'],
    ['Revenue in Q3 2025 rose.', 'Q3 2025', '2025-Q3'],
    ['Growth slowed in the first quarter of last year.', 'the first quarter of last year', '2025-Q1'],
    ['Growth slowed in the third quarter of 2024.', 'the third quarter of 2024', '2024-Q3'],
    ['The rule took effect in 2019.', '2019', '2019'],
    ['Exports have fallen since 2019.', '2019', '2019', 'AFTER'],
    ['The budget for FY2025 was cut.', 'FY2025', '2025'],
    ['The budget for fiscal 2025 was cut.', 'fiscal 2025', '2025'],
    ['Exports boomed in the 1990s.', 'the 1990s', '199'],
    ['Exports boomed in the early 1990s.', 'the early 1990s', '199', 'START'],
    ['Demand grew over the past decade.', 'the past decade', 'P10Y'],
    ['A rule is due by the end of the year.', 'the end of the year', '2026', 'END'],
    ['The talks resumed last summer.', 'last summer', '2025-SU'],
    ['The talks resumed in the summer of 2024.', 'the summer of 2024', '2024-SU'],
    ['A decision is expected next week.', 'next week', '2026-W10'],
    ['The ministry responded yesterday.', 'yesterday', '2026-02-23'],
    ['The law passed three years ago.', 'three years ago', '2023'],
    ['The review lasted three years.', 'three years', 'P3Y'],
    ['The hearing is on 24 February 2026.', '24 February 2026', '2026-02-24'],
    ['The hearing is on February 24, 2026.', 'February 24, 2026', '2026-02-24'],
    ['The hearing was moved to 2026-03-02.', '2026-03-02', '2026-03-02'],
    ['It was signed in May 2025.', 'May 2025', '2025-05'],
    ['It was signed on May 3.', 'May 3', '2025-05-03'],
    ['The deadline is 5 p.m. on Friday.', '5 p.m. on Friday', '2026-02-27T17:00'],
    ['The office closed at 5 p.m. on Friday.', '5 p.m. on Friday', '2026-02-20T17:00'],
  ];
  for (const [sentence, text, value, mod] of cases) {
    it(`${JSON.stringify(text)} in ${JSON.stringify(sentence)} → ${value}`, () => {
      const d = one(sentence);
      assert.equal(d.text, text);
      assert.equal(d.value, value);
      assert.equal(sentence.slice(d.start, d.end), text);
      if (mod) assert.equal(d.mod, mod);
    });
  }

  it('types durations and sets apart from dates', () => {
    assert.equal(one('The review lasted three years.').type, 'DURATION');
    assert.equal(one('Officials meet daily.').type, 'SET');
    assert.equal(one('It was signed in May 2025.').type, 'DATE');
    assert.equal(one('The deadline is 5 p.m. on Friday.').type, 'TIME');
  });

  const notDates = [
    'Version 1.2.2026 fixed the bug.',
    'Upgrade to v2.3 before installing.',
    'See Section 3.4.2 for the details.',
    'The licence costs $1,200 a seat.',
    'The fund holds 3.5 million shares.',
    'The full text is at https://example.org/2026-02-24/report.html for the text.',
    'Write to press@2026.example.org for a copy.',
    'The company may have used Blackwell chips.',
    'Officials may march on the capital.',
    'Nvidia sells the H200 and the H100.',
    'A 6-year-old boy was found.',
    'He spoke on ABC\u2019s "This Week" programme.',
    'Call 030-1234-5678 for details.',
  ];
  for (const sentence of notDates) {
    it(`finds no date in ${JSON.stringify(sentence)}`, () => {
      const found = findDates(sentence, { anchor: ANCHOR }).filter((d) => d.value !== 'PRESENT_REF');
      assert.deepEqual(found.map((d) => d.text), []);
    });
  }

  it('treats "May" as a month only where context makes it one', () => {
    assert.deepEqual(pairs('The vote may slip.'), []);
    assert.deepEqual(pairs('May I add a note?'), []);
    assert.deepEqual(pairs('The vote happened in May.'), [['May', '2025-05']]);
    assert.deepEqual(pairs('The vote is set for May 2026.'), [['May 2026', '2026-05']]);
    assert.deepEqual(pairs('They voted on May 3.'), [['May 3', '2025-05-03']]);
  });

  it('keeps UTF-16 offsets after emoji and other astral characters', () => {
    const sentence = '🚨👍🏽 Update: on 24 February 2026 the ministry responded.';
    const d = one(sentence);
    assert.equal(d.text, '24 February 2026');
    assert.equal(sentence.slice(d.start, d.end), '24 February 2026');
    assert.equal(d.start, sentence.indexOf('24 February'));
  });

  it('marks relative expressions and leaves them unresolved without an anchor', () => {
    const d = one('A decision is expected next week.', null);
    assert.equal(d.relative, true);
    assert.equal(d.value, undefined);
    assert.match(d.reason, /no date/);
    const abs = one('The hearing is on 24 February 2026.', null);
    assert.equal(abs.relative, false);
    assert.equal(abs.value, '2026-02-24');
    assert.equal(abs.explicit, '2026-02-24');
  });

  it('pre-scans cheaply: only sentences with a date-like token pass', () => {
    assert.equal(mayContainDate('A senior official said the company may have used Blackwell chips.'), false);
    assert.equal(mayContainDate('Critics argue the rule is too weak.'), false);
    assert.equal(mayContainDate('In December, the administration allowed it.'), true);
    assert.equal(mayContainDate('It was signed on 31.02.2026.'), true);
    assert.equal(mayContainDate('A decision is expected next week.'), true);
    assert.equal(mayContainDate('Revenue rose in Q3.'), true);
  });
});
