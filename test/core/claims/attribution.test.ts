import { strict as assert } from 'node:assert';
import { findAttributions } from '../../../server/src/core/claims/attribution';
import { claimReason } from '../../../server/src/core/claims/checkable';

const kinds = (s: string) => findAttributions(s).map((a) => `${a.kind}:${a.phrase}`);

describe('attribution analysis', () => {
  it('classifies named, anonymous and vague sources', () => {
    assert.deepEqual(kinds('According to Reuters, the administration allowed the sales.'), ['named:According to Reuters']);
    assert.deepEqual(kinds('Khan said the rule would take effect in March.'), ['named:Khan said']);
    assert.deepEqual(kinds('The embassy said in a statement that the report was false.'), ['named:The embassy said']);
    assert.deepEqual(kinds('A report by the Commerce Department found 12 violations.'), ['named:A report by the Commerce Department']);
    assert.deepEqual(kinds('U.S. officials said the shipment was stopped.'), ['anonymous:U.S. officials said']);
    assert.deepEqual(kinds('The talks stalled, according to people familiar with the matter.'), ['anonymous:according to people familiar with the matter']);
    assert.deepEqual(kinds('“The chips were in Hangzhou,” the official emphasized.'), ['anonymous:the official emphasized']);
    assert.deepEqual(kinds('Some lawmakers argue that the rule is too weak.'), ['vague:Some lawmakers argue']);
    assert.deepEqual(kinds('The chip is widely seen as the most capable in China.'), ['vague:is widely seen as']);
  });
  it('reads who speaks across a quotation and an apposition', () => {
    assert.deepEqual(kinds('“We will comply,” said Nvidia’s chief executive.'), ['named:said Nvidia’s chief executive']);
    assert.deepEqual(kinds('Khan, the ranking member, said the department had not consulted Congress.'), ['named:Khan, the ranking member, said']);
  });
  it('finds nothing where nobody is quoted', () => {
    assert.deepEqual(kinds('Officials met in Geneva on Tuesday.'), []);
    assert.deepEqual(kinds('Nvidia declined to comment.'), []);
  });
  it('takes user phrases literally', () => {
    const found = findAttributions('A person close to the board (a.k.a. insider) said so.', { anonymous: { add: ['(a.k.a. insider)'] } });
    assert.ok(found.some((a) => a.phrase === '(a.k.a. insider)' || a.phrase.includes('a person close to')));
  });
  it('finds user phrases whose longest word is hyphenated', () => {
    const found = findAttributions('The plan is dead, so-called insiders whisper.', { anonymous: { add: ['so-called insiders'] } });
    assert.deepEqual(found.map((a) => `${a.kind}:${a.phrase}`), ['anonymous:so-called insiders']);
  });
});

describe('checkable claims', () => {
  it('finds numbers, dates, quotations, records and named actors', () => {
    assert.equal(claimReason('Nvidia sold 1.2 million H20 chips to Chinese customers.'), 'number');
    assert.equal(claimReason('The administration allowed sales of the H200 in December.'), 'date');
    assert.equal(claimReason('“We will comply with every rule,” the statement read.'), 'quotation');
    assert.equal(claimReason('DeepSeek is the largest buyer of the chip by far.'), 'record');
    assert.equal(claimReason('The ministry told Nvidia to stop the shipments.'), 'actor');
  });
  it('leaves questions, framing and plain remarks alone', () => {
    assert.equal(claimReason('Did DeepSeek use Blackwell chips in 2025?'), undefined);
    assert.equal(claimReason('This brief does not assess the 2025 licensing data.'), undefined);
    assert.equal(claimReason('How many licences have been granted is not public.'), undefined);
    assert.equal(claimReason('The ruling is still being studied.'), undefined);
  });
  it('stays linear on an unclosed quotation with many words', () => {
    const text = '“' + 'word '.repeat(20000);
    const t0 = process.hrtime.bigint();
    claimReason(text);
    findAttributions(text);
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 1000);
  });
});
