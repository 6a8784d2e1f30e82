import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createHedgeDetector, findHedgeCues, type HedgeCue } from '../../../server/src/core/claims/hedges';

/** The cues of a sentence as [matched text, canonical cue] pairs, for readable assertions. */
function cues(sentence: string, found: HedgeCue[] = findHedgeCues(sentence)): [string, string][] {
  return found.map((c) => [sentence.slice(c.start, c.end), c.cue]);
}

describe('findHedgeCues', () => {
  describe('cues the SPEC names', () => {
    it('finds "may have" as one cue', () => {
      assert.deepEqual(cues('A senior official said the company may have used Blackwell chips.'), [['may have', 'may have']]);
    });
    it('finds adverbs of report and likelihood', () => {
      assert.deepEqual(cues('The shipment reportedly left in March.'), [['reportedly', 'reportedly']]);
      assert.deepEqual(cues('The firm allegedly bypassed the rules.'), [['allegedly', 'allegedly']]);
      assert.deepEqual(cues('Approval is likely before the summit.'), [['likely', 'likely']]);
    });
    it('finds "is believed to", "appears to" and "expected to"', () => {
      assert.deepEqual(cues('The model is believed to use H20 chips.'), [['believed', 'believed']]);
      assert.deepEqual(cues('The ministry appears to have softened its stance.'), [['appears', 'appear']]);
      assert.deepEqual(cues('A decision is expected to come next week.'), [['expected', 'expected']]);
    });
    it('finds "unconfirmed" and "apparently"', () => {
      assert.deepEqual(cues('The lab apparently bought 2,000 chips.'), [['apparently', 'apparently']]);
      assert.deepEqual(cues('The unconfirmed report circulated widely.'), [['unconfirmed', 'unconfirmed']]);
    });
    it('finds every cue of a sentence, in order', () => {
      assert.deepEqual(cues('It is unclear whether the rule might apply.'), [
        ['unclear', 'unclear'],
        ['whether', 'whether'],
        ['might', 'might'],
      ]);
    });
    it('reports inflections under their canonical cue', () => {
      assert.deepEqual(cues('These data suggested a link.'), [['suggested', 'suggest']]);
    });
  });

  describe('context rules', () => {
    it('"May" the month is not a cue', () => {
      assert.deepEqual(cues('In May, the administration allowed the sales.'), []);
      assert.deepEqual(cues('The rule took effect on 5 May 2026.'), []);
      assert.deepEqual(cues('The rule took effect on May 5, 2026.'), []);
      assert.deepEqual(cues('May 2026 saw record exports.'), []);
      assert.deepEqual(cues('Since May the ministry has said nothing.'), []);
    });
    it('May the name is not a cue, "may" the modal is', () => {
      assert.deepEqual(cues('Theresa May said the talks would resume.'), []);
      assert.deepEqual(cues('Exports may resume in May.'), [['may', 'may']]);
      assert.deepEqual(cues('May the ministry appeal the ruling?'), [['May', 'may']]);
    });
    it('"appears in" is not a hedge, "appears to" is', () => {
      assert.deepEqual(cues('The chip appears in the export list.'), []);
      assert.deepEqual(cues('He appeared on television on Friday.'), []);
      assert.deepEqual(cues('He appeared before the committee.'), []);
      assert.deepEqual(cues('The chip appears to be restricted.'), [['appears', 'appear']]);
    });
    it('"could not be reached" is not uncertainty, "could face" is', () => {
      assert.deepEqual(cues('The company could not be reached for comment.'), []);
      assert.deepEqual(cues('As a child he could read Latin.'), []);
      assert.deepEqual(cues('Neither the firm nor its lawyer could be reached.'), []);
      assert.deepEqual(cues('The company could face fines.'), [['could', 'could']]);
      assert.deepEqual(cues('The company could not be independently verified as the buyer.'), [
        ['could not be independently verified', 'not confirmed'],
      ]);
    });
    it('"as expected" and "the potential to" do not hedge', () => {
      assert.deepEqual(cues('Sales rose as expected.'), []);
      assert.deepEqual(cues('The chip has the potential to change the market.'), []);
    });
    it('"as soon as possible" does not hedge, "a possible breach" does', () => {
      assert.deepEqual(cues('The ministry will answer as soon as possible.'), []);
      assert.deepEqual(cues('Officials examined a possible breach.'), [['possible', 'possible']]);
    });
    it('"the suspect" is a person, "suspected" a hedge', () => {
      assert.deepEqual(cues('The suspect was arrested.'), []);
      assert.deepEqual(cues('The suspected smuggler was arrested.'), [['suspected', 'suspect']]);
    });
    it('"as if" and "even if" are idioms, "if" a condition', () => {
      assert.deepEqual(cues('He spoke as if nothing had happened.'), []);
      assert.deepEqual(cues('Fines follow if the firm fails to comply.'), [['if', 'if']]);
      assert.deepEqual(cues('The deal, if confirmed, would be the largest.'), [['if', 'if']]);
      assert.deepEqual(cues('Its record is competent, if tedious, pop.'), []);
      assert.deepEqual(cues('A is true if and only if B is true.'), []);
    });
    it('a cue glued into a compound, handle, key, address or domain is not a cue', () => {
      assert.deepEqual(cues('See [@may-2020] and @likely_news.'), []);
      assert.deepEqual(cues('A would-be buyer wrote to may@example.org via likely.org and may_2.'), []);
    });
    it('a cue in Markdown emphasis is still a cue', () => {
      assert.deepEqual(cues('The firm _likely_ knew; it **may** have.'), [
        ['likely', 'likely'],
        ['may', 'may'],
      ]);
    });
  });

  describe('text handling', () => {
    it('ignores case', () => {
      assert.deepEqual(cues('REPORTEDLY, THE DEAL COLLAPSED.'), [['REPORTEDLY', 'reportedly']]);
      assert.deepEqual(cues('Reportedly the deal collapsed.'), [['Reportedly', 'reportedly']]);
    });
    it('finds no cue inside a URL but finds the cue after it', () => {
      const sentence = 'See https://example.org/may-have-been-likely?q=reportedly for details; the firm may have erred.';
      const found = findHedgeCues(sentence);
      assert.equal(found.length, 1);
      assert.equal(sentence.slice(found[0].start, found[0].end), 'may have');
      assert.equal(found[0].start, sentence.lastIndexOf('may have'));
    });
    it('gives UTF-16 offsets past emoji and curly quotes', () => {
      const sentence = '🚀🚀 \u201cThe company may have used Blackwell chips,\u201d an official said \u2014 reportedly.';
      const found = findHedgeCues(sentence);
      assert.deepEqual(cues(sentence, found), [
        ['may have', 'may have'],
        ['reportedly', 'reportedly'],
      ]);
      assert.equal(found[0].start, sentence.indexOf('may have'));
      assert.equal(found[0].end, sentence.indexOf('may have') + 'may have'.length);
    });
    it('matches curly apostrophes in the text against straight ones in a phrase', () => {
      const sentence = 'It\u2019s said to be the largest order.';
      assert.deepEqual(cues(sentence, findHedgeCues(sentence, { add: ["it's said to"] })), [['It\u2019s said to', "it's said to"]]);
    });
    it('matches a phrase across several spaces or a line break, not across punctuation', () => {
      assert.deepEqual(cues('The firm may\nhave erred.'), [['may\nhave', 'may have']]);
      assert.deepEqual(cues('The firm may, have erred.'), [['may', 'may']]);
    });
    it('returns nothing for empty or cue-free text', () => {
      assert.deepEqual(findHedgeCues(''), []);
      assert.deepEqual(cues('The Commerce Department approved the licence on 9 December 2025.'), []);
    });
    it('stays linear on long, repetitive input', () => {
      const text = 'may '.repeat(50000) + 'x'.repeat(50000);
      const started = process.hrtime.bigint();
      assert.equal(findHedgeCues(text).length, 50000);
      assert.ok(Number(process.hrtime.bigint() - started) < 2e9);
    });
  });

  describe('options', () => {
    it('adds literal phrases, case-insensitively, as the user wrote them', () => {
      const sentence = 'In All Likelihood the deal was sort  of agreed.';
      assert.deepEqual(cues(sentence, findHedgeCues(sentence, { add: ['sort of'] })), [
        ['In All Likelihood', 'in all likelihood'],
        ['sort  of', 'sort of'],
      ]);
    });
    it('treats added phrases as literal words, never as regular expressions', () => {
      // Punctuation around a phrase's words is not part of the match; inside it, it must be there.
      const detect = createHedgeDetector({ add: ['a.b', '(ok)+'] });
      assert.deepEqual(cues('axb okok ok', detect('axb okok ok')), [['ok', '(ok)+']]);
      assert.deepEqual(cues('a.b ok', detect('a.b ok')), [
        ['a.b', 'a.b'],
        ['ok', '(ok)+'],
      ]);
    });
    it('removes a cue with all its forms and the longer cues that contain it', () => {
      const options = { remove: ['could'] };
      assert.deepEqual(findHedgeCues('The rule could have applied.', options), []);
      assert.deepEqual(findHedgeCues('The rule could apply.', options), []);
      assert.deepEqual(cues('The rule might apply.'), [['might', 'might']]);
      assert.deepEqual(findHedgeCues('The data suggested a link.', { remove: ['Suggest'] }), []);
    });
    it('ignores phrases without any word', () => {
      assert.deepEqual(cues('It may rain.', findHedgeCues('It may rain.', { add: ['', '  ', '!!'], remove: ['?'] })), [['may', 'may']]);
    });
    it('keeps domain cues off by default', () => {
      assert.deepEqual(findHedgeCues('The factor binds either NF-kB or AP-1.'), []);
      assert.equal(findHedgeCues('It would bind NF-kB.', { domains: ['biomedical'] }).length, 1);
    });
  });
});

describe('findHedgeCues properties', () => {
  // Words, cues and separators that exercise phrases, rules, URLs, emoji and surrogate pairs.
  const pieces = [
    'may', 'May', 'have', 'might', 'could', 'not', 'be', 'reached', 'appears', 'to', 'in', 'the', 'is',
    'believed', 'reportedly', 'possible', 'as', 'if', 'whether', 'or', '5', '2026', 'some', 'consider',
    'it\u2019s', "don't", 'https://x.org/may-be', 'www.likely.org', '@may', 'so-called', 'would-be',
    ' ', ' ', ' ', '  ', ',', '.', '-', '/', '\u201c', '\u201d', '🚀', '\n', '\u00e9t\u00e9',
  ];
  const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('returns sorted, non-overlapping cues on word boundaries inside the text', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        let previousEnd = 0;
        for (const cue of findHedgeCues(text)) {
          assert.ok(cue.start >= previousEnd && cue.start < cue.end && cue.end <= text.length);
          assert.ok(!/[A-Za-z0-9]/.test(text.charAt(cue.start - 1)) && !/[A-Za-z0-9]/.test(text.charAt(cue.end)));
          assert.ok(cue.cue.length > 0);
          previousEnd = cue.end;
        }
      }),
    );
  });

  it('shifts offsets, and only offsets, when words are put before the sentence', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        // Lower case, so that no capitalised "May" changes meaning by leaving the start of the sentence.
        const base = 'zz ' + text.toLowerCase();
        const expected = findHedgeCues(base).map((c) => ({ ...c, start: c.start + 3, end: c.end + 3 }));
        assert.deepEqual(findHedgeCues('qq ' + base), expected);
      }),
    );
  });
});
