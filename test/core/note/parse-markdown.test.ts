import { strict as assert } from 'node:assert';
import { parseMarkdownNote } from '../../../server/src/core/note/parse-markdown';

const parse = (text: string) => parseMarkdownNote('/w/note.md', text);
const sentences = (text: string) => {
  const note = parse(text);
  return note.sentences.map((s) => note.text.slice(s.span.start, s.span.end));
};

describe('Markdown note model', () => {
  it('keeps prose, blanks code, HTML, URLs and front matter, and keeps every offset', () => {
    const text = '---\ntitle: T\n---\nSee `code` and <b>bold</b> at https://example.org/x, [text](https://example.org/y).\n\n```\nfenced\n```\n';
    const note = parse(text);
    assert.equal(note.prose.length, text.length);
    assert.ok(!note.prose.includes('title'));
    assert.ok(!note.prose.includes('code'));
    assert.ok(!note.prose.includes('fenced'));
    assert.ok(!note.prose.includes('https'));
    assert.ok(note.prose.includes('text'));
    assert.ok(note.prose.includes('bold'));
    assert.deepEqual(note.links.map((l) => l.url), ['https://example.org/x', 'https://example.org/y']);
  });
  it('writes prose character for character: the kept text, spaces for the rest, every line break where it was', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      for (const word of ['plain', 'café', 'Ελλάδα 🚀']) {
        const text = ['---', 'title: T', '---', `A ${word} claim [@k] and \`code\`.`, '', '```', 'fenced', '```', ''].join(nl);
        const { prose } = parse(text);
        assert.equal(prose.length, text.length);
        for (let i = 0; i < text.length; i++) {
          const breaks = text[i] === '\n' || text[i] === '\r';
          assert.ok(breaks ? prose[i] === text[i] : prose[i] === text[i] || prose[i] === ' ', `offset ${i} of ${JSON.stringify(text)}`);
        }
        const at = text.indexOf(word);
        assert.equal(prose.slice(at, at + word.length), word);
        for (const hidden of ['title', 'code', 'fenced']) assert.ok(!prose.includes(hidden), `${hidden} in ${JSON.stringify(prose)}`);
      }
    }
  });
  it('maps citations in block quotes, lists and tables to exact offsets', () => {
    const text = '> Quoted [@a].\n> Second line [@b].\n\n- item [@c]\n  continued [@d]\n\n| x | y |\n|---|---|\n| cell [@e] | [@f] |\n';
    const note = parse(text);
    for (const c of note.citations) assert.equal(text.slice(c.keySpan.start, c.keySpan.end), c.key);
    assert.deepEqual(note.citations.map((c) => c.key), ['a', 'b', 'c', 'd', 'e', 'f']);
  });
  it('counts columns in UTF-16 on lines with curly quotes and emoji', () => {
    const text = '“Chips” 🚀 were sold [@emoji-key].\n';
    const note = parse(text);
    const c = note.citations[0];
    assert.equal(text.slice(c.keySpan.start, c.keySpan.end), 'emoji-key');
    assert.equal(note.lines.positionAt(c.keySpan.start).character, 23);
  });
  it('reads CRLF notes', () => {
    const text = '---\r\ntitle: T\r\ndate: 2026-02-24\r\n---\r\nA claim [@k].\r\n';
    const note = parse(text);
    assert.equal(note.meta.date?.value, '2026-02-24');
    assert.equal(text.slice(note.citations[0].keySpan.start, note.citations[0].keySpan.end), 'k');
  });
  it('counts a lone carriage return as a line break, as editors do', () => {
    const text = 'Intro line.\rThe ministry approved it [@k].\r\rSecond paragraph.\r\nLast line.';
    const note = parse(text);
    const key = note.citations[0].keySpan.start;
    assert.deepEqual(note.lines.positionAt(key), { line: 1, character: 27 });
    assert.equal(note.lines.lineCount, 5);
    assert.equal(text.slice(note.lines.lineStart(3), note.lines.lineEnd(3)), 'Second paragraph.');
    assert.equal(note.prose.length, text.length);
    assert.ok(note.sentences.some((s) => s.text === 'Second paragraph.'), 'the second paragraph is prose');
  });
  it('finds footnote definitions and whether they hold a source', () => {
    const note = parse('Text.[^1] More.[^n]\n\n[^1]: See [@k].\n[^n]: Just a remark.\n');
    assert.deepEqual(note.footnoteRefs.map((f) => f.label), ['1', 'n']);
    assert.deepEqual(note.footnoteDefs.map((f) => [f.label, f.hasSource]), [['1', true], ['n', false]]);
  });
  it('splits sentences but not after abbreviations, and gives a trailing citation to its sentence', () => {
    assert.deepEqual(sentences('The U.S. Commerce Department acted. Dr. Smith agreed, see p. 4 of No. 5.'), [
      'The U.S. Commerce Department acted.',
      'Dr. Smith agreed, see p. 4 of No. 5.',
    ]);
    const note = parse('Chips were sold.[@a] Next sentence.');
    const first = note.sentences[0];
    const cite = note.citations[0];
    assert.ok(cite.span.start >= first.extent.start && cite.span.start < first.extent.end);
  });
  it('reports an unclosed front matter and still reads the body', () => {
    const note = parse('---\ntitle: x\n\nBody [@k].\n');
    assert.equal(note.problems.length, 1);
    assert.equal(note.citations.length, 1);
  });
  it('treats a pathological run of brackets and backticks in linear time', () => {
    const text = '['.repeat(50000) + '`'.repeat(3000) + '<'.repeat(50000) + '\n';
    const t0 = process.hrtime.bigint();
    parse(text);
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 2000);
  });
});
