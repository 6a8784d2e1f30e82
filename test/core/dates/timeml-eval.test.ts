/** The TempEval-3 evaluation command: TimeML reading, offsets, and the relaxed/strict/value scores. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTimeml, scoreDocument } from '../../../scripts/eval/timeml';
import { readTimeml, splitSentences } from '../../../scripts/eval/timeml-read';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Embassies</TITLE>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> outside the U.S. embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, witnesses said &amp; officials agreed.

Talks will resume <TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3> of delay.
</TEXT>
</TimeML>`;

describe('eval: TempEval-3 over TimeML', () => {
  it('reads the DCT, the plain text and gold offsets', () => {
    const doc = readTimeml(DOC);
    assert.equal(doc.dct, '1998-08-07');
    assert.equal(doc.gold.length, 3);
    for (const g of doc.gold) assert.equal(doc.text.slice(g.start, g.end), g.text);
    assert.deepEqual(doc.gold.map((g) => [g.text, g.value]), [['Friday', '1998-08-07'], ['next week', '1998-W33'], ['three years', 'P3Y']]);
    assert.ok(doc.text.includes('said & officials'));
    assert.ok(!doc.text.includes('<'));
  });

  it('splits sentences without breaking after abbreviations', () => {
    const text = 'Troops left on Aug. 7 from the U.S. base. They returned.';
    const parts = splitSentences(text);
    assert.equal(parts.length, 2);
    assert.equal(parts[1]!.text, 'They returned.');
    assert.equal(text.slice(parts[1]!.start, parts[1]!.start + parts[1]!.text.length), 'They returned.');
  });

  it('scores relaxed, strict and value matches', () => {
    const gold = [{ start: 0, end: 6, text: 'Friday', type: 'DATE', value: '1998-08-07' }, { start: 10, end: 19, text: 'next week', type: 'DATE', value: '1998-W33' }];
    const t = scoreDocument(gold, [{ start: 0, end: 6, value: '1998-08-07' }, { start: 5, end: 19, value: '1998-W34' }, { start: 30, end: 34 }]);
    assert.deepEqual(t, { gold: 2, predicted: 3, relaxedGold: 2, relaxedPred: 2, strictGold: 1, strictPred: 1, valueRight: 1 });
  });

  it('runs end to end over a folder of .tml files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeml-'));
    try {
      writeFileSync(join(dir, 'a.tml'), DOC);
      const r = await runTimeml([dir]) as { documents: number; gold: number; valueF1: number; relaxed: { f1: number } };
      assert.equal(r.documents, 1);
      assert.equal(r.gold, 3);
      assert.equal(r.relaxed.f1, 100);
      assert.equal(r.valueF1, 100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
