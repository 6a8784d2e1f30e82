/**
 * YAML guards: nesting, size and alias limits are enforced before or instead of trusting the parser,
 * and each refusal is a `note-syntax` finding naming the limit. Parsing runs in child processes,
 * because `yaml` 2.9.1 can abort the whole process (exit 134) on deep input, which no try/catch stops.
 */
import { strict as assert } from 'node:assert';
import { checkFiles } from './engine-probe';
import type { FileResult, ProbeFile } from './engine-probe';
import { aliasFlood, asFrontMatter, billionLaughs, manyKeys, nestedYaml, yamlNestingOpeners } from './hostile-inputs.mjs';
import { defineProbe, describeDeath } from '../helpers/child-probe';

const check = defineProbe('yaml-guards', (files: ProbeFile[]) => checkFiles(files));

/** Runs the files in one child process and returns its results, failing on a crash. */
function checkInChild(files: ProbeFile[]): FileResult[] {
  const outcome = check(files);
  assert.ok(outcome.value, describeDeath(outcome));
  return outcome.value;
}

function syntaxMessages(result: FileResult): string[] {
  return result.findings.filter((f) => f.ruleId === 'note-syntax').map((f) => f.message);
}

/** The same YAML as front matter and as a YAML note, each twice: the abort needs a second parse. */
function everyPlacement(yaml: string, name = 'case'): ProbeFile[] {
  return [1, 2].flatMap((i) => [
    { path: `/w/${name}-${i}.md`, text: asFrontMatter(yaml) },
    { path: `/w/${name}-${i}.note.yaml`, text: yaml },
  ]);
}

describe('YAML guards (in child processes)', () => {
  for (const opener of yamlNestingOpeners) {
    it(`refuses ${JSON.stringify(opener)} nested 1,000 and 10,000 levels deep, without crashing`, () => {
      const results = checkInChild([...everyPlacement(nestedYaml(opener, 1000), 'thousand'), ...everyPlacement(nestedYaml(opener, 10000), 'ten-thousand')]);
      for (const r of results) assert.ok(syntaxMessages(r).some((m) => /nested deeper than 100 levels/.test(m)), `${r.path}: ${syntaxMessages(r).join('; ')}`);
    });
  }

  it('reads every nesting shape below the limit', () => {
    const results = checkInChild(yamlNestingOpeners.flatMap((opener, i) => everyPlacement(nestedYaml(opener, 40), `shape-${i}`)));
    for (const r of results) assert.ok(!syntaxMessages(r).some((m) => /nested deeper/.test(m)), `${r.path}: ${syntaxMessages(r).join('; ')}`);
  });

  it('reads a 40,000-key YAML note in bounded time and refuses it as front matter, naming the cap', () => {
    const [note, front] = checkInChild([
      { path: '/w/keys.note.yaml', text: manyKeys(40000) },
      { path: '/w/keys.md', text: asFrontMatter(manyKeys(40000)) },
    ]);
    assert.deepEqual(syntaxMessages(note), []);
    assert.ok(note.ms < 2000, `${Math.round(note.ms)} ms`);
    assert.deepEqual(syntaxMessages(front), ['The front matter is longer than 262144 characters (the limit for front matter) and was not read']);
    assert.ok(front.ms < 500, `${Math.round(front.ms)} ms`);
  });

  it('refuses a YAML file above the size cap, naming the cap', () => {
    const [r] = checkInChild([{ path: '/w/huge.note.yaml', text: manyKeys(150000) }]);
    assert.deepEqual(syntaxMessages(r), ['The YAML is longer than 2000000 characters (the limit for a YAML file) and was not read']);
  });

  it('reports 40,000 repeats of one key linearly', () => {
    const [r] = checkInChild([{ path: '/w/dup.note.yaml', text: 'k: v\n'.repeat(40000) }]);
    assert.equal(r.count, 39999);
    assert.ok(r.ms < 2000, `${Math.round(r.ms)} ms`);
  });

  it('never expands the billion-laughs bomb and refuses an alias flood, naming the limit', () => {
    const results = checkInChild([...everyPlacement(billionLaughs(), 'laughs'), ...everyPlacement(aliasFlood(1000), 'flood')]);
    for (const r of results.slice(0, 4)) assert.ok(r.ms < 1000 && syntaxMessages(r).length === 0, `${r.path}: ${Math.round(r.ms)} ms ${syntaxMessages(r).join('; ')}`);
    for (const r of results.slice(4)) assert.deepEqual(syntaxMessages(r), [`${r.path.endsWith('.md') ? 'The front matter' : 'The YAML'} has more than 100 aliases and was not read`], r.path);
  });

  it('does not count asterisks in text as aliases', () => {
    const claims = Array.from({ length: 150 }, (_, i) => `  - id: c${i}\n    text: "The *minister* said 5 * 3 = 15 [@r${i}]."\n`).join('');
    const results = checkInChild(everyPlacement(`title: Emphasis\nclaims:\n${claims}`));
    for (const r of results) assert.ok(!syntaxMessages(r).some((m) => /aliases/.test(m)), `${r.path}: ${syntaxMessages(r).join('; ')}`);
  });
});
