/** The checks behind date-invalid, date-ambiguous and date-weekday, and ISO metadata dates. */
import { strict as assert } from 'node:assert';
import { findDates, parseDateParts, parseIsoDate } from '../../../server/src/core/dates';

const ANCHOR = '2026-02-24';

describe('dates: invalid, ambiguous and weekday checks', () => {
  it('reports dates that do not exist', () => {
    for (const [sentence, text] of [
      ['It was signed on 31.02.2026.', '31.02.2026'],
      ['It was signed on 30 February 2026.', '30 February 2026'],
      ['It was signed on February 30, 2026.', 'February 30, 2026'],
      ['It was signed on 2026-02-29.', '2026-02-29'],
      ['It was signed on 31/04/2026.', '31/04/2026'],
    ]) {
      const [d, ...rest] = findDates(sentence!, { anchor: ANCHOR });
      assert.equal(rest.length, 0);
      assert.equal(d?.text, text);
      assert.equal(d?.value, undefined);
      assert.ok(d?.invalid, `${text} should be invalid`);
    }
    assert.equal(findDates('It was signed on 30 February 2026.', {})[0]?.invalid, 'February 2026 has 28 days');
    assert.match(findDates('It was signed on 2026-13-01.', {})[0]?.invalid ?? '', /no month 13/);
  });

  it('accepts 29 February in a leap year', () => {
    const d = findDates('It was signed on 29 February 2028.', {})[0]!;
    assert.equal(d.value, '2028-02-29');
    assert.equal(d.invalid, undefined);
  });

  it('flags a numeric date that reads two ways when no date order is set', () => {
    const d = findDates('The hearing is on 03/04/2026.', { anchor: ANCHOR })[0]!;
    assert.deepEqual(d.ambiguous, { readings: ['2026-03-04', '2026-04-03'] });
    assert.equal(d.value, undefined);
  });

  it('reads a two-way numeric date by the configured date order', () => {
    const dmy = findDates('The hearing is on 03/04/2026.', { anchor: ANCHOR, dateOrder: 'DMY' })[0]!;
    assert.equal(dmy.value, '2026-04-03');
    assert.equal(dmy.ambiguous, undefined);
    const mdy = findDates('The hearing is on 03/04/2026.', { anchor: ANCHOR, dateOrder: 'MDY' })[0]!;
    assert.equal(mdy.value, '2026-03-04');
  });

  it('needs no date order for unambiguous numeric forms', () => {
    for (const text of ['24.02.2026', '2026-02-24', '02/24/2026', '24/02/2026', '04.04.2026']) {
      const d = findDates(`The hearing is on ${text}.`, { anchor: ANCHOR })[0]!;
      assert.equal(d.ambiguous, undefined, text);
      assert.ok(d.value === '2026-02-24' || d.value === '2026-04-04', `${text} → ${d.value}`);
    }
  });

  it('reports a weekday that contradicts its date', () => {
    const d = findDates('Monday, 24 February 2026, was a long day.', { anchor: ANCHOR })[0]!;
    assert.equal(d.text, 'Monday, 24 February 2026');
    assert.deepEqual(d.weekday, { stated: 'Monday', actual: 'Tuesday' });
    const ok = findDates('Tuesday, 24 February 2026, was a long day.', { anchor: ANCHOR })[0]!;
    assert.equal(ok.weekday, undefined);
    const us = findDates('It closed on Friday, February 24, 2026.', { anchor: ANCHOR })[0]!;
    assert.deepEqual(us.weekday, { stated: 'Friday', actual: 'Tuesday' });
    // without a year the date is the note's own year, so the wrong weekday is still reported
    const noYear = findDates('The meeting on Monday, February 24 was cancelled.', { anchor: ANCHOR })[0]!;
    assert.equal(noYear.value, '2026-02-24');
    assert.deepEqual(noYear.weekday, { stated: 'Monday', actual: 'Tuesday' });
  });

  it('parses ISO metadata dates and reports impossible ones', () => {
    assert.deepEqual(parseIsoDate('2026-02-24'), { value: '2026-02-24' });
    assert.deepEqual(parseIsoDate('2025-12'), { value: '2025-12' });
    assert.deepEqual(parseIsoDate('2025'), { value: '2025' });
    assert.deepEqual(parseIsoDate('2026-02-24T10:00:00Z'), { value: '2026-02-24' });
    assert.equal(parseIsoDate('2026-02-30').invalid, 'February 2026 has 28 days');
    assert.match(parseIsoDate('2026-13-01').invalid ?? '', /no month 13/);
    assert.ok(parseIsoDate('24 Feb').invalid);
    assert.deepEqual(parseDateParts([2026, 2, 23]), { value: '2026-02-23' });
    assert.deepEqual(parseDateParts([2025, 12]), { value: '2025-12' });
    assert.ok(parseDateParts([2026, 2, 30]).invalid);
  });
});
