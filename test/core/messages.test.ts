/** Rule messages are filled in from their templates, and the same message is one string however often it is made. */
import { strict as assert } from 'node:assert';
import { formatMessage } from '../../server/src/core/types';
import { collectGarbage } from '../helpers/heap';

describe('message templates', () => {
  it('fills every placeholder, leaves an unknown one as written, and writes numbers as digits', () => {
    assert.equal(formatMessage('"{cue}" marks {what} ({n})', { cue: 'reportedly', what: 'a claim', n: 3 }), '"reportedly" marks a claim (3)');
    assert.equal(formatMessage('{a} and {missing}', { a: 'x' }), 'x and {missing}');
    assert.equal(formatMessage('no placeholders'), 'no placeholders');
    // Values that would run together in a key made of them stay apart.
    assert.equal(formatMessage('{a}|{b}', { a: 'x\u0000', b: 'y' }), 'x\u0000|y');
    assert.equal(formatMessage('{a}|{b}', { a: 'x', b: '\u0000y' }), 'x|\u0000y');
  });

  it('returns the message it made before for the same values, and a new one for new values', () => {
    const first = formatMessage('"{cue}" is a hedge', { cue: 'may have' });
    assert.equal(formatMessage('"{cue}" is a hedge', { cue: 'may have' }), first);
    assert.equal(formatMessage('"{cue}" is a hedge', { cue: 'might' }), '"might" is a hedge');
    // Far more values than a template keeps: every message is still right.
    for (let i = 0; i < 10000; i++) assert.equal(formatMessage('key {k}', { k: `k${i}` }), `key k${i}`);
    assert.equal(formatMessage('"{cue}" is a hedge', { cue: 'may have' }), first);
  });

  it('keeps no note text alive through a message it keeps', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    // Forty notes of a megabyte each, each with a phrase of its own, as a rule slices it from the note.
    for (let i = 0; i < 40; i++) {
      const note = `Critics of plan ${i} say `.padEnd(1 << 20, '.');
      formatMessage('Vague attribution ("{phrase}"): say who, and cite them.', { phrase: note.slice(0, note.indexOf(' say') + 4) });
    }
    collectGarbage();
    const kept = process.memoryUsage().heapUsed - before;
    assert.ok(kept < 8 << 20, `${(kept / 2 ** 20).toFixed(1)} MiB still held after the notes were gone`);
  });
});

