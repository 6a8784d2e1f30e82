/** Resolving relative expressions against the note's date, following the clause's tense (SPEC §3.1). */
import { strict as assert } from 'node:assert';
import { findDates } from '../../../server/src/core/dates';

const ANCHOR = '2026-02-24'; // a Tuesday

/** Value and tense of the single mention in a sentence. */
function resolve(sentence: string, anchor = ANCHOR): { text: string; value?: string; tense?: string; reason: string } {
  const found = findDates(sentence, { anchor });
  assert.equal(found.length, 1, `expected one date in ${JSON.stringify(sentence)}: ${JSON.stringify(found)}`);
  const d = found[0]!;
  return { text: d.text, ...(d.value ? { value: d.value } : {}), ...(d.tense ? { tense: d.tense } : {}), reason: d.reason };
}

describe('dates: tense-aware resolution (SPEC §3.1)', () => {
  it('"In August, Trump signaled" is August 2025 (past tense, most recent August)', () => {
    const d = resolve('In August, Trump signaled support for the sale.');
    assert.equal(d.value, '2025-08');
    assert.equal(d.tense, 'past');
    assert.match(d.reason, /past tense/);
  });

  it('"In December, the administration allowed" is December 2025', () => {
    assert.equal(resolve('In December, the administration allowed Chinese companies to buy the chips.').value, '2025-12');
  });

  it('"early last year" is early 2025', () => {
    const d = findDates('Prices rose early last year.', { anchor: ANCHOR })[0]!;
    assert.equal(d.value, '2025');
    assert.equal(d.mod, 'START');
  });

  it('"expected next week" is the week of 2 March 2026', () => {
    assert.equal(resolve('A ruling is expected next week.').value, '2026-W10');
  });

  it('"On Friday the ministry responded" is 20 February 2026', () => {
    assert.equal(resolve('On Friday the ministry responded.').value, '2026-02-20');
  });

  it('future and modal clauses look forward', () => {
    assert.equal(resolve('The agency will publish the rule in August.').value, '2026-08');
    assert.equal(resolve('The ministry will respond on Friday.').value, '2026-02-27');
    assert.equal(resolve('The agency could act in December.').value, '2026-12');
  });

  it('past clauses look back, also for a month and day', () => {
    assert.equal(resolve('The rule was published on March 3.').value, '2025-03-03');
    assert.equal(resolve('The rule was published on February 10.').value, '2026-02-10');
  });

  it('resolves fixed offsets whatever the tense', () => {
    assert.equal(resolve('The ministry responded last week.').value, '2026-W08');
    assert.equal(resolve('Exports fell last month.').value, '2026-01');
    assert.equal(resolve('Exports fell last year.').value, '2025');
    assert.equal(resolve('Exports will rise next year.').value, '2026'.replace('2026', '2027'));
    assert.equal(resolve('Exports are up this quarter.').value, '2026-Q1');
    assert.equal(resolve('The plan was announced two weeks ago.').value, '2026-W07');
    assert.equal(resolve('It happened the day before yesterday.').value, '2026-02-22');
  });

  it('reads "last <month>" as the one before the month just gone', () => {
    assert.equal(resolve('The law passed last November.').value, '2025-11');
    assert.equal(resolve('The law passed last January.').value, '2025-01');
  });

  it('a stated weekday picks the year in which it holds', () => {
    // 25 April 2026 is a Saturday; in a past clause the year would otherwise be 2025
    assert.equal(resolve('The Times said in an editorial on Saturday, April 25 that it disagreed.', '2026-05-02').value, '2026-04-25');
  });

  it('reports the tense of written dates too, so a past event dated after the note can be caught', () => {
    const past = resolve('On 3 March 2026 the ministry responded.');
    assert.equal(past.value, '2026-03-03');
    assert.equal(past.tense, 'past');
    assert.equal(resolve('The ministry will respond on 3 March 2026.').tense, 'future');
  });

  it('keeps a deadline near the anchor whatever the verb', () => {
    assert.equal(resolve('Holders were told the offer runs until March 6.').value, '2026-03-06');
  });
});
