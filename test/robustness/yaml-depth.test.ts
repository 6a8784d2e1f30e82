/**
 * Property test of YAML reading with a nesting-depth generator: whatever the text, parsing a note
 * (YAML or front matter) never throws, never aborts the process, keeps every problem inside the text,
 * and a refusal names its limit. It runs in a child process, so an abort fails the test with its seed.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseNote } from '../../server/src/core/note';
import { asFrontMatter, nestedYaml, yamlNestingOpeners } from './hostile-inputs.mjs';
import { defineProbe, describeDeath } from '../helpers/child-probe';

const tokens = ['"\\U', '"\\u', 'D800', '[', ']', '{', '}', '"', "'", '\\', 'a', ':', ' ', '\n', '- ', '? ', '&a ', '*a', '!', '!!binary ', '<<', '#', ',', '|', '>', '\t', '%YAML 1.1\n', '---\n', '...\n', '\u0000', '\uFFFE'];
const yamlish = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((a) => a.join(''));
const deep = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.array(fc.constantFrom(...yamlNestingOpeners), { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'k: ', '- ', 'k:\n  '))
  .map(([n, openers, lead]) => lead + nestedYaml(openers.join(''), n));
const indented = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('k:', '- k:', '-', '? k', '- - k:'))
  .map(([n, line]) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + line).join('\n') + ' 1\n');
const yamlText = fc.oneof(yamlish, deep, indented, fc.tuple(deep, yamlish).map(([a, b]) => a + '\n' + b), fc.string({ unit: 'binary', maxLength: 80 }));

/** Checks one text in both placements; throws on a broken property. */
function checkText(yaml: string): void {
  for (const [path, text] of [['/w/p.note.yaml', yaml], ['/w/p.md', asFrontMatter(yaml)]] as const) {
    const doc = parseNote(path, text);
    for (const p of doc.problems) {
      if (!(p.start >= 0 && p.start <= p.end && p.end <= text.length)) throw new Error(`problem outside the text: ${JSON.stringify(p)}`);
    }
    if (!doc.yaml && yaml.trim() !== '' && !doc.problems.some((p) => /longer than|nested deeper than|aliases/.test(p.message))) {
      throw new Error(`refused without naming a limit: ${doc.problems.map((p) => p.message).join('; ')}`);
    }
  }
}

const property = defineProbe('yaml-depth', ({ seed, numRuns }: { seed: number; numRuns: number }) => {
  const r = fc.check(fc.property(yamlText, checkText), { seed, numRuns });
  return r.failed ? { failed: true, counterexample: JSON.stringify(r.counterexample).slice(0, 200), error: String(r.errorInstance).slice(0, 300) } : { failed: false };
}, 120_000);

describe('YAML reading under a nesting-depth generator (child process)', () => {
  it('never throws or aborts, keeps problems in the text, and names the limit it refuses on', function () {
    this.timeout(150_000);
    const seed = Date.now() % 2 ** 31;
    const outcome = property({ seed, numRuns: 1000 });
    assert.ok(outcome.value, `seed ${seed}: ${describeDeath(outcome)}`);
    assert.ok(!outcome.value.failed, `seed ${seed}: ${outcome.value.counterexample} -> ${outcome.value.error}`);
  });
});
