import { strict as assert } from 'node:assert';
import { decodeXmlEntities, parseSzegedXml } from '../../../scripts/eval/szeged-xml';
import { scoreSentences } from '../../../scripts/eval/uncertainty-score';

const CONLL = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE Annotation PUBLIC "-//Uncertainty//DTD  SCOPE ANNOTATION 1.0//EN" "Uncertainty.dtd">
<Annotation><DocumentSet>
<Document type="Biological_abstract"><DocID type="PMID">123</DocID>
<DocumentPart type="AbstractText"><sentence id="S1.1">IL-6 &lt;10 pg <xcope id="X1"><cue ref="X1" type="speculation">may</cue> bind</xcope> NF-kB.</sentence><sentence id="S1.2">It does <xcope id="X2"><cue ref="X2" type="negation">not</cue> bind</xcope> AP-1 &amp; SP1.</sentence></DocumentPart>
</Document>
<Document type="Biological_abstract"><DocID type="PMID">456</DocID>
<DocumentPart type="AbstractText"><sentence id="S2.1">These results <xcope id="X3"><cue ref="X3" type="speculation">indicate that</cue> X <xcope id="X4"><cue ref="X4" type="speculation">could</cue> act</xcope></xcope>.</sentence></DocumentPart>
</Document>
</DocumentSet></Annotation>`;

const WIKI = `<Annotation><DocumentSet> <Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Rock &apos;n&apos; Roll_2080</DocID><DocumentPart type="Text"><Sentence id="S1.1">He is <ccue type="speculation_hypo_doxastic _">considered</ccue> great.</Sentence><Sentence id="S1.2" certainty="uncertain">Evaluation format, no cue.</Sentence><Sentence id="S1.3">Plain &#8220;fact&#x201D;.</Sentence></DocumentPart></Document></DocumentSet></Annotation>`;

describe('uncertainty evaluation', () => {
  it('reads CoNLL-2010 sentences, documents and speculation cues, ignoring negation cues', () => {
    const docs = parseSzegedXml(CONLL, 'bio.xml');
    assert.deepEqual(
      docs.map((d) => d.id),
      ['bio.xml#123', 'bio.xml#456'],
    );
    const [first, second] = docs[0].sentences;
    assert.equal(first.text, 'IL-6 <10 pg may bind NF-kB.');
    assert.equal(first.uncertain, true);
    assert.deepEqual(
      first.cues.map((c) => first.text.slice(c.start, c.end)),
      ['may'],
    );
    assert.equal(second.text, 'It does not bind AP-1 & SP1.');
    assert.equal(second.uncertain, false);
    const nested = docs[1].sentences[0];
    assert.equal(nested.text, 'These results indicate that X could act.');
    assert.deepEqual(
      nested.cues.map((c) => nested.text.slice(c.start, c.end)).sort(),
      ['could', 'indicate that'],
    );
  });

  it('reads WikiWeasel <ccue> and the certainty attribute of the evaluation format', () => {
    const [doc] = parseSzegedXml(WIKI, 'wiki.xml');
    assert.equal(doc.id, "wiki.xml#Rock 'n' Roll_2080");
    assert.deepEqual(
      doc.sentences.map((s) => [s.text, s.uncertain]),
      [
        ['He is considered great.', true],
        ['Evaluation format, no cue.', true],
        ['Plain \u201cfact\u201d.', false],
      ],
    );
  });

  it('decodes entities and leaves unknown ones alone', () => {
    assert.equal(decodeXmlEntities('a &amp; b &lt;c&gt; &#65;&#x42; &nbsp;'), 'a & b <c> AB &nbsp;');
  });

  it('scores the positive class in percentages with two decimals', () => {
    const sentences = [
      { id: '1', text: 'a', uncertain: true, cues: [] },
      { id: '2', text: 'b', uncertain: true, cues: [] },
      { id: '3', text: 'c', uncertain: false, cues: [] },
    ];
    const score = scoreSentences(sentences, (t) => t !== 'b');
    assert.deepEqual(score, { sentences: 3, positives: 2, predicted: 2, precision: 50, recall: 50, f1: 50 });
    assert.deepEqual(scoreSentences([], () => true), { sentences: 0, positives: 0, predicted: 0, precision: 0, recall: 0, f1: 0 });
  });
});
