/** Schema problems, hover and completion for every kind of YAML the editor validates. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { splitFrontMatter } from '../../server/src/core/note/front-matter';
import { schemaCompletions, schemaHover, schemaProblems } from '../../server/src/lsp/yaml-schema';
import type { SchemaId } from '../../server/src/lsp/yaml-schema';
import { repoPath } from '../helpers/paths';

/** Each problem as [the text it covers, its message]. */
function problems(text: string, schema: SchemaId, start = 0, end = text.length): [string, string][] {
  return schemaProblems(text, start, end, schema).map((p) => [text.slice(p.start, p.end), p.message]);
}

/** `|` marks the cursor; returns the labels offered there and the text they replace. */
function complete(marked: string, schema: SchemaId): { labels: string[]; inserts: string[]; replaced: string[] } {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const items = schemaCompletions(text, 0, text.length, schema, offset);
  return { labels: items.map((i) => i.label), inserts: items.map((i) => i.insertText), replaced: [...new Set(items.map((i) => text.slice(i.start, i.end)))] };
}

function hover(text: string, schema: SchemaId, needle: string, start = 0, end = text.length): string | undefined {
  return schemaHover(text, start, end, schema, text.indexOf(needle) + 1);
}

describe('yaml schema: problems', () => {
  it('puts each mistake of a YAML note on its key or value, with the allowed values', () => {
    const text = [
      'claims:',
      '  - id: a',
      '    status: confimred',
      '    sources: [ok, 7]',
      '    bogus: 1',
      'references:',
      '  - title: No id here',
      '    URL: not a url',
    ].join('\n');
    assert.deepEqual(problems(text, 'note'), [
      ['confimred', '`status` must be one of: confirmed, unconfirmed, disputed, retracted'],
      ['7', 'Item 2 of `sources` must be text'],
      ['bogus', 'Unknown key `bogus` in item 1 of `claims`; expected `id`, `text`, `status`, `sources` or `date`'],
      ['title: No id here', 'Item 1 of `references` is missing the key `id` (the citation key: cited as [@id] in Markdown and listed under `sources:` in YAML)'],
      ['not a url', '`URL` must be a full URL (https://…)'],
    ]);
  });

  it('checks front matter at its offset in a Markdown note with CRLF line ends', () => {
    const text = '---\r\ntitle: T\r\ndate-order: DYM\r\nevents:\r\n  - id: e\r\n    date: 2026-02-31x\r\n---\r\nIn December, it happened.\r\n';
    const { content } = splitFrontMatter(text)!;
    assert.deepEqual(problems(text, 'front-matter', content.start, content.end), [
      ['DYM', '`date-order` must be one of: DMY, MDY, YMD'],
      ['2026-02-31x', '`date` is not written as expected (ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by a time (2026-02-24T14:30Z))'],
    ]);
  });

  it('checks front matter with old Mac line ends (a lone CR) as it does with LF', () => {
    const lf = '---\ntitle: T\ndate-order: DYM\nreferences:\n  - title: No id here\n    URL: https://example.org/a\nevents:\n  id: e\n  date: 2026-01-01\n---\nIn December, it happened.\n';
    const cr = lf.replace(/\n/g, '\r');
    const split = splitFrontMatter(cr);
    assert.ok(split?.closed, 'the front matter is found');
    const expected = problems(lf, 'front-matter', split.content.start, split.content.end);
    assert.equal(expected.length, 3);
    assert.deepEqual(problems(cr, 'front-matter', split.content.start, split.content.end), expected);
  });

  it('says which keys a CSL date object needs and which it does not know', () => {
    const text = 'date: {season: 2, when: 2026}\n';
    assert.deepEqual(problems(text, 'front-matter'), [
      ['date', '`date` needs one of the keys `date-parts`, `raw`, `literal`'],
      ['when', 'Unknown key `when` in `date`; expected `date-parts`, `raw`, `literal`, `season` or `circa`'],
    ]);
  });

  it('reports a config rule that does not exist and a severity that is misspelt', () => {
    const text = 'rules:\n  claim-hedgd: off\n  claim-unsourced: eror\nnotes: {a: 1}\n';
    const found = problems(text, 'config');
    assert.deepEqual(found.map(([at]) => at), ['claim-hedgd', 'eror', 'notes']);
    assert.match(found[0][1], /^Unknown key `claim-hedgd` in `rules`; expected `attribution-unsourced`, .* or `source-unused`$/);
    assert.equal(found[1][1], '`claim-unsourced` must be one of: error, warning, info, hint, off, false');
    assert.equal(found[2][1], '`notes` must be text or a list');
  });

  it('wants a registry to be a list of named entities', () => {
    assert.deepEqual(problems('name: Nvidia\n', 'entities'), [['name: Nvidia', 'The registry must be a list']]);
    assert.deepEqual(problems('- name: ""\n  facts:\n    - {text: t, when: 2025}\n', 'entities'), [
      ['""', '`name` must not be empty'],
      ['when', 'Unknown key `when` in item 1 of `facts`; expected `text`, `date` or `sources`'],
    ]);
  });

  it('reads a CSL-YAML bibliography as a list or under references:', () => {
    assert.deepEqual(problems('- id: a\n  issued: {date-parts: [[2026, 2, 23]]}\n  reliability: rumour\n', 'csl-yaml'), [
      ['rumour', '`reliability` must be one of: primary, secondary, anonymous, unverified'],
    ]);
    assert.deepEqual(problems('references:\n  - type: book\n', 'csl-yaml'), [
      ['type: book', 'Item 1 of `references` is missing the key `id` (the citation key: cited as [@id] in Markdown and listed under `sources:` in YAML)'],
    ]);
  });

  it('finds nothing to report in the example workspace', () => {
    const files: [string, SchemaId][] = [
      ['examples/.policy-notes.yaml', 'config'],
      ['examples/entities.yaml', 'entities'],
      ['examples/references/export-controls.yaml', 'csl-yaml'],
      ['examples/notes/h200-approvals.note.yaml', 'note'],
      ['examples/notes/h200-approval.md', 'front-matter'],
      ['examples/notes/deepseek-blackwell.md', 'front-matter'],
    ];
    for (const [file, schema] of files) {
      const text = readFileSync(repoPath(file), 'utf8');
      const span = schema === 'front-matter' ? splitFrontMatter(text)!.content : { start: 0, end: text.length };
      assert.deepEqual(problems(text, schema, span.start, span.end), [], file);
    }
  });

  it('invents nothing for YAML that does not parse, and never throws', () => {
    for (const text of ['date-order: XX\ntitle: "unclosed\n', 'claims:\n  - status: x\n  bad indent: [\n', '{{{{', '']) {
      assert.deepEqual(problems(text, 'note'), []);
      assert.doesNotThrow(() => schemaHover(text, 0, text.length, 'note', 3));
      assert.doesNotThrow(() => schemaCompletions(text, 0, text.length, 'note', text.length));
    }
  });

  it('follows an alias, placing its problems on the alias, and refuses aliases that expand too far', () => {
    const text = 'x-status: &s rumoured\nclaims:\n  - status: *s\n';
    assert.deepEqual(problems(text, 'note'), [['*s', '`status` must be one of: confirmed, unconfirmed, disputed, retracted']]);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    laughs.push('title: 3');
    assert.deepEqual(problems(laughs.join('\n'), 'note'), []);
  });

  it('refuses front matter nested past the guard without reading it', () => {
    const deep = 'title:' + ' ['.repeat(200) + ']'.repeat(200) + '\n';
    assert.deepEqual(problems(deep, 'front-matter'), []);
  });
});

describe('yaml schema: hover', () => {
  it('describes a key of a YAML note with its allowed values', () => {
    const md = hover('claims:\n  - status: confirmed\n', 'note', 'status')!;
    assert.match(md, /^\*\*status\*\*\n\nHow well the claim is established\./);
    assert.match(md, /Allowed values: `confirmed`, `unconfirmed`, `disputed`, `retracted`/);
  });

  it('describes a front matter key of a Markdown note, following $ref into the date schema', () => {
    const text = '---\r\ntitle: T\r\ndate: 2026-02-24\r\n---\r\nBody text.\r\n';
    const { content } = splitFrontMatter(text)!;
    const md = hover(text, 'front-matter', 'date:', content.start, content.end)!;
    assert.match(md, /^\*\*date\*\*\n\nThe note's date: the anchor for every relative date/);
    assert.match(md, /Value: text or whole number or mapping/);
    assert.equal(hover(text, 'front-matter', 'Body', content.start, content.end), undefined);
  });

  it('gives a rule its description and a reference field its default', () => {
    assert.match(hover('rules:\n  claim-hedged: off\n', 'config', 'claim-hedged')!, /uncertainty cue .* Default: info\./);
    assert.match(hover('- id: a\n  reliability: primary\n', 'csl-yaml', 'reliability')!, /Default: `"secondary"`/);
    assert.match(hover('- name: H200\n  type: chip\n', 'entities', 'type')!, /For example: `organisation`, `person`, `chip`/);
  });

  it('says nothing on a value or on a key the schema does not know', () => {
    assert.equal(hover('claims:\n  - status: confirmed\n', 'note', 'confirmed'), undefined);
    assert.equal(hover('x-mine: 1\n', 'note', 'x-mine'), undefined);
  });
});

describe('yaml schema: completion', () => {
  it('offers the front matter keys not yet written, with their descriptions', () => {
    const text = '---\ntitle: T\n\n---\nBody\n';
    const { content } = splitFrontMatter(text)!;
    const offset = text.indexOf('\n\n') + 1;
    const items = schemaCompletions(text, content.start, content.end, 'front-matter', offset);
    assert.deepEqual(items.map((i) => i.label), ['date', 'date-order', 'bibliography', 'references', 'events', 'nocite']);
    assert.equal(items[1].insertText, 'date-order: ');
    assert.match(items[1].documentation!, /How to read numeric dates/);
  });

  it('completes keys of a claim being written, replacing the word typed so far', () => {
    assert.deepEqual(complete('claims:\n  - id: a\n    st|\n', 'note'), {
      labels: ['text', 'status', 'sources', 'date'],
      inserts: ['text: ', 'status: ', 'sources: ', 'date: '],
      replaced: ['st'],
    });
    assert.deepEqual(complete('claims:\n  - |\n', 'note').labels, ['id', 'text', 'status', 'sources', 'date']);
  });

  it('completes a key on a line that a lone CR started (old Mac line ends)', () => {
    assert.deepEqual(complete('claims:\r  - id: a\r    st|\r', 'note'), complete('claims:\n  - id: a\n    st|\n', 'note'));
    assert.deepEqual(complete('claims:\r  - id: a\r    st|\r', 'note').labels, ['text', 'status', 'sources', 'date']);
  });

  it('completes claim statuses, with a space when the colon has none', () => {
    assert.deepEqual(complete('claims:\n  - status: un|\n', 'note'), {
      labels: ['confirmed', 'unconfirmed', 'disputed', 'retracted'],
      inserts: ['confirmed', 'unconfirmed', 'disputed', 'retracted'],
      replaced: ['un'],
    });
    assert.deepEqual(complete('claims:\n  - status:|\n', 'note').inserts[0], ' confirmed');
  });

  it('completes reference types and reliability in front matter, marking the default', () => {
    const text = '---\nreferences:\n  - id: r\n    reliability: \n    type: art\n---\n';
    const { content } = splitFrontMatter(text)!;
    const reliability = schemaCompletions(text, content.start, content.end, 'front-matter', text.indexOf('reliability: ') + 13);
    assert.deepEqual(reliability.map((i) => [i.label, i.detail]), [['primary', undefined], ['secondary', 'default'], ['anonymous', undefined], ['unverified', undefined]]);
    const type = schemaCompletions(text, content.start, content.end, 'front-matter', text.indexOf('art') + 3);
    assert.ok(type.some((i) => i.label === 'article-newspaper'));
    assert.equal(text.slice(type[0].start, type[0].end), 'art');
  });

  it('completes date-order, rule names and severities in the config', () => {
    assert.deepEqual(complete('date-order: |\n', 'config').labels, ['DMY', 'MDY', 'YMD']);
    assert.deepEqual(complete('rules:\n  claim-hedged: |\n', 'config').labels, ['error', 'warning', 'info', 'hint', 'off', 'false']);
    const rules = complete('rules:\n  claim-hedged: off\n  claim-|\n', 'config').labels;
    assert.ok(rules.includes('claim-unsourced') && !rules.includes('claim-hedged'));
  });

  it('completes entity keys and suggests entity types', () => {
    assert.deepEqual(complete('- name: H200\n  |\n', 'entities').labels, ['id', 'aliases', 'type', 'description', 'links', 'facts']);
    assert.deepEqual(complete('- name: H200\n  type: |\n', 'entities').labels, ['organisation', 'person', 'chip', 'law', 'agency', 'place']);
  });

  it('completes the keys of a CSL-YAML bibliography entry', () => {
    const labels = complete('- id: a\n  title: T\n  |\n', 'csl-yaml').labels;
    assert.ok(labels.includes('container-title') && labels.includes('reliability') && !labels.includes('title'));
  });

  it('offers nothing in a comment or outside the YAML', () => {
    assert.deepEqual(complete('title: T # a comm|\n', 'front-matter').labels, []);
    const text = '---\ntitle: T\n---\nBody\n';
    const { content } = splitFrontMatter(text)!;
    assert.deepEqual(schemaCompletions(text, content.start, content.end, 'front-matter', text.length - 1), []);
  });
});

