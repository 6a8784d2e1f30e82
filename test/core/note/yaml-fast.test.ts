/**
 * The YAML fast path is only a shortcut: whenever it accepts a text, it builds exactly the nodes
 * `yaml`'s parseDocument builds (classes, values, types, formats, ranges, comments, blank-line
 * flags); whenever it is unsure, it declines. Checked on every YAML text and front matter in the
 * repository and on generated documents that mix the shapes it handles with near misses.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { parseFastYaml } from '../../../server/src/core/note/yaml-fast';
import { parseYaml } from '../../../server/src/core/note/yaml-source';

const OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: false } as const;
const ROOT = join(__dirname, '../../../..');

/** Everything about a node that a reader of the document could see. */
function dump(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isPair(node)) return { pair: [dump(node.key), dump(node.value)] };
  const n = node as { constructor: { name: string }; range?: unknown; tag?: unknown; anchor?: unknown; comment?: unknown; commentBefore?: unknown; spaceBefore?: unknown };
  const base = { cls: n.constructor.name, range: n.range, tag: n.tag, anchor: n.anchor, comment: n.comment, commentBefore: n.commentBefore, spaceBefore: n.spaceBefore };
  if (isMap(node) || isSeq(node)) return { ...base, flow: node.flow, items: node.items.map(dump) };
  if (isScalar(node)) {
    const value = typeof node.value === 'number' && Number.isNaN(node.value) ? 'NaN' : node.value;
    return { ...base, value, kind: typeof node.value, source: node.source, type: node.type, format: node.format, minFractionDigits: (node as { minFractionDigits?: number }).minFractionDigits };
  }
  return { cls: 'unexpected' };
}

function dumpDocument(doc: Document): string {
  return JSON.stringify(
    { range: doc.range, errors: doc.errors.length, warnings: doc.warnings.length, contents: dump(doc.contents), comment: doc.comment, commentBefore: doc.commentBefore, docStart: doc.directives?.docStart },
    (_, v) => (v === undefined ? null : v),
  );
}

/** Whether the fast path accepted `text`; throws if what it built differs from `yaml`'s document. */
function agrees(text: string): boolean {
  const fast = parseFastYaml(text, OPTIONS);
  if (!fast) return false;
  const slow = parseDocument(text, OPTIONS);
  assert.equal(slow.errors.length, 0, `the fast path accepted YAML that yaml rejects: ${JSON.stringify(text)}`);
  assert.equal(dumpDocument(fast), dumpDocument(slow), `different documents for ${JSON.stringify(text)}`);
  return true;
}

function* yamlTexts(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* yamlTexts(path);
    else if (/\.ya?ml$/.test(name)) yield readFileSync(path, 'utf8');
    else if (/\.md$/.test(name)) {
      const text = readFileSync(path, 'utf8');
      const end = text.startsWith('---\n') ? text.indexOf('\n---', 3) : -1;
      if (end > 0) yield text.slice(4, end + 1);
    }
  }
}

// Generated documents: the shapes the fast path handles, and near misses it must decline or get right.
const word = fc.constantFrom('id', 'title', 'date', 'URL', 'container-title', 'a.b', 'x_1', '1', 'true', 'null', 'no', 'k/v');
const safe = fc.constantFrom('Export controls', '2026-10-18', '12', '-1', '1.50', 'true', 'null', 'https://example.org/a#b', 'R&D', '[draft] note', 'a, b', 'café – “quoted”', '😀 emoji', 'x ');
const odd = fc.constantFrom(
  'US chips: a note', 'a: b', '+3', '0x1F', '0o17', '017', '1e3', '.5', '.inf', '-.Inf', '.nan', 'False', 'yes', '~', 'Null', 'ends:', '- x', '-x', '? q',
  ':x', '@me', '%', '*alias', '&anchor x', '!tag x', 'it ends',
);
const plain = fc.oneof({ arbitrary: safe, weight: 4 }, { arbitrary: odd, weight: 1 });
const scalar = fc.oneof(
  { arbitrary: plain, weight: 6 },
  { arbitrary: plain.map((s) => `"${s}"`), weight: 1 },
  { arbitrary: plain.map((s) => `'${s.replace(/'/g, "''")}'`), weight: 1 },
  {
    arbitrary: fc.constantFrom("'it''s'", '"say \\"hi\\""', '"a # b"', 'a # comment', '[a, b]', '[ a ,b ]', '[]', '[ ]', '[a,,b]', '[a, b,]', '[1, "x"]', '[a: b]', '{a: 1}'),
    weight: 1,
  },
);
const blockScalar = fc.tuple(fc.constantFrom('|', '|-', '>', '>-', '>-', '|+', '>2'), fc.array(fc.constantFrom('one two', 'three', 'four', '  deeper', '', 'x  '), { minLength: 1, maxLength: 3 }));
const gap = fc.constantFrom('', '', '', '', '', '', '\n', '\n\n', '  \n');
const trailing = fc.constantFrom('', '', '', '  ');

type Shape = { kind: 'scalar'; text: string } | { kind: 'block'; header: string; lines: string[] } | { kind: 'map'; pairs: Array<[string, Shape, string]> } | { kind: 'seq'; items: Array<[Shape, string]> };
const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: scalar.map((text): Shape => ({ kind: 'scalar', text })), weight: 4 },
    { arbitrary: blockScalar.map(([header, lines]): Shape => ({ kind: 'block', header, lines })), weight: 1 },
    { arbitrary: fc.array(fc.tuple(word, tie('node'), gap), { minLength: 1, maxLength: 4 }).map((pairs): Shape => ({ kind: 'map', pairs })), weight: 2 },
    { arbitrary: fc.array(fc.tuple(tie('node'), gap), { minLength: 1, maxLength: 4 }).map((items): Shape => ({ kind: 'seq', items })), weight: 2 },
  ),
})).node;

/** Renders a shape as block YAML lines at `indent`, after `prefix` ("key:" or "-"). */
function render(node: Shape, indent: number, out: string[], prefix: string, compactSeq: boolean, end: string): void {
  const pad = ' '.repeat(indent);
  const gapLines = (gap: string): void => {
    if (gap) out.push(...gap.slice(0, -1).split('\n'));
  };
  if (node.kind === 'scalar') out.push(`${prefix} ${node.text}${end}`);
  else if (node.kind === 'block') {
    out.push(`${prefix} ${node.header}`);
    for (const line of node.lines) out.push(line === '' ? '' : `${pad}  ${line}`);
  } else if (node.kind === 'map') {
    const first = out.length;
    if (prefix && !prefix.endsWith('-')) out.push(prefix);
    node.pairs.forEach(([key, value, gap]) => {
      render(value, indent + 2, out, `${pad}${key}:`, compactSeq, end);
      gapLines(gap);
    });
    // A map in a sequence starts on the dash's line: "- id: a".
    if (prefix.endsWith('-')) out[first] = prefix + ' ' + out[first].slice(indent);
  } else {
    const inner = compactSeq && prefix && !prefix.endsWith('-') ? indent - 2 : indent;
    if (prefix) out.push(prefix);
    node.items.forEach(([item, gap]) => {
      render(item, inner + 2, out, `${' '.repeat(inner)}-`, compactSeq, end);
      gapLines(gap);
    });
  }
}

const documents = fc
  .tuple(shape, fc.boolean(), trailing, fc.constantFrom('', '', '', '', '# Opening comment\n', '# One\n# Two\n\n', '#x  \n', '# c\n\n\n'), fc.constantFrom('\n', '', '\n\n'))
  .filter(([root]) => root.kind === 'map' || root.kind === 'seq')
  .map(([root, compact, end, lead, last]) => {
    const out: string[] = [];
    render(root, 0, out, '', compact, end);
    return lead + out.join('\n') + last;
  });

describe('YAML fast path', () => {
  it('builds the same document as yaml for every YAML text and front matter in the repository', () => {
    let accepted = 0;
    let total = 0;
    for (const dir of ['examples', 'test/fixtures', 'docs', 'schemas']) {
      for (const text of yamlTexts(join(ROOT, dir))) {
        total++;
        if (agrees(text)) accepted++;
      }
    }
    assert.ok(total > 50, `only ${total} YAML texts found`);
    // Most of the examples and fixtures are plain block YAML; the rest exercise odd YAML on purpose.
    assert.ok(accepted > total / 3, `the fast path accepted only ${accepted} of ${total}`);
  });

  it('builds the same document as yaml for generated YAML, and declines what it cannot build exactly', () => {
    let accepted = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: 3000, seed: 20261129 },
    );
    assert.ok(accepted > 300, `the fast path accepted only ${accepted} of 3000 generated documents`);
  });

  it('takes the fast path for typical front matter, and parseYaml gives the same problems either way', () => {
    const text = [
      'title: "Gulf data centers: who gains"',
      'date: 2026-10-18',
      'tags: [trade, enforcement]',
      'summary: >-',
      '  Two ministries disagree.',
      'references:',
      '  - id: a2024',
      '    type: report',
      '    author:',
      '      - family: Soto',
      '        given: M.',
      '    issued: 2024-06-07',
      '  - id: a2024',
      '    title: It\'s a dup',
      '',
    ].join('\n');
    assert.ok(agrees(text));
    const viaFast = parseYaml(text, 10);
    assert.deepEqual(viaFast.problems, [], 'duplicate ids are not YAML problems');
    const dup = parseYaml('a: 1\nb: 2\na: 3\n', 10);
    assert.deepEqual(dup.problems.map((p) => [p.start, p.message]), [[20, 'YAML: the key "a" appears more than once']]);
  });
});
