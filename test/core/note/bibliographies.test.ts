import { strict as assert } from 'node:assert';
import { parse } from '@retorquere/bibtex-parser';
import { parseBibliography as parseWith } from '../../../server/src/core/note';

/** The engine's reader with the BibTeX parser the hosts hand it. */
const parseBibliography = (path: string, text: string) => parseWith(path, text, () => parse);

describe('bibliographies', () => {
  it('asks for the BibTeX parser only when the file is BibTeX', () => {
    let asked = 0;
    const counting = () => {
      asked++;
      return parse;
    };
    parseWith('/w/refs.yaml', 'references:\n  - id: a\n', counting);
    parseWith('/w/refs.json', '[]', counting);
    assert.equal(asked, 0);
    assert.equal(parseWith('/w/refs.bib', '@misc{k, title = {T}}\n', counting).references[0]?.id, 'k');
    assert.equal(asked, 1);
  });

  it('reports a BibTeX parser that cannot be loaded as a problem of the file, without throwing', () => {
    const bib = parseWith('/w/refs.bib', '@misc{k, title = {T}}\n', () => {
      throw new Error("Cannot find module './bibtex-parser.js'\nRequire stack: ...");
    });
    assert.deepEqual(bib.references, []);
    assert.deepEqual(bib.problems.map((p) => p.message), ["BibTeX: the parser could not be loaded (Cannot find module './bibtex-parser.js')"]);
  });

  it('reads CSL-JSON with ranges, date-parts and problems', () => {
    const text = '[{"id": "a", "title": "A", "URL": "https://x", "issued": {"date-parts": [[2026, 2, 3]]}},\n {"title": "no id"}]';
    const bib = parseBibliography('/w/refs.json', text);
    assert.equal(bib.references.length, 1);
    assert.equal(bib.references[0].issued?.value, '2026-02-03');
    assert.equal(text.slice(bib.references[0].idSpan.start, bib.references[0].idSpan.end), '"a"');
    assert.equal(bib.problems.length, 1);
  });
  it('reads CSL-YAML, also wrapped in a references key', () => {
    const bib = parseBibliography('/w/refs.yaml', 'references:\n  - id: b\n    issued: 2025-12\n    reliability: anonymous\n');
    assert.equal(bib.references[0].id, 'b');
    assert.equal(bib.references[0].issued?.value, '2025-12');
    assert.equal(bib.references[0].reliability, 'anonymous');
  });
  it('reads BibTeX entries with their positions and dates', () => {
    const text = '@article{k1,\n  title = {T},\n  year = 2025, month = feb\n}\n@misc{k2, title = {U}, url = {https://u}, date = {2026-01-31}}\n';
    const bib = parseBibliography('/w/refs.bib', text);
    assert.deepEqual(bib.references.map((r) => [r.id, r.issued?.value]), [['k1', '2025-02'], ['k2', '2026-01-31']]);
    assert.equal(text.slice(bib.references[1].idSpan.start, bib.references[1].idSpan.end), 'k2');
  });
  it('reports a BibTeX syntax error without losing the good entries', () => {
    const bib = parseBibliography('/w/refs.bib', '@misc{good, title = {G}}\n@misc{bad, title = {unclosed\n');
    assert.equal(bib.references[0].id, 'good');
    assert.ok(bib.problems.length >= 1);
  });
  it('refuses YAML nested too deep or with too many aliases, with a message', () => {
    const deep = '- '.repeat(500) + 'x\n';
    assert.match(parseBibliography('/w/deep.yaml', deep).problems[0].message, /nested deeper/);
    const aliases = 'a: &a [1]\n' + Array.from({ length: 200 }, (_, i) => `k${i}: *a`).join('\n');
    assert.match(parseBibliography('/w/alias.yaml', aliases).problems.at(-1)!.message, /aliases/);
  });
});
