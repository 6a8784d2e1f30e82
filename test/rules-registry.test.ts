/** Every rule file is registered, sorted, has fixtures (positive and negative) and a docs page; the README table is current. */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../server/src/core/rules';
import { rulesTable } from '../server/src/core/rules-table';
import { readExpectations } from './helpers/expectations';
import { repoPath } from './helpers/paths';

describe('rule registry', () => {
  const files = readdirSync(repoPath('server/src/core/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

  it('lists every rule file once, sorted by id, with ids equal to file names', () => {
    assert.deepEqual(RULES.map((r) => r.id), [...files].sort());
  });
  for (const rule of RULES) {
    it(`${rule.id} has positive and negative fixtures and a docs page`, () => {
      const dir = repoPath('test/fixtures/rules', rule.id);
      assert.ok(existsSync(dir), `test/fixtures/rules/${rule.id}/ exists`);
      const cases = readdirSync(dir).filter((f) => /\.(md|ya?ml)$/.test(f) && !f.includes('.fixed.'));
      const counts = cases.map((f) => readExpectations(readFileSync(`${dir}/${f}`, 'utf8')).filter((e) => e.endsWith(`:${rule.id}`)).length);
      assert.ok(counts.some((n) => n > 0), 'a case where the rule fires');
      assert.ok(counts.some((n) => n === 0), 'a case where it does not');
      assert.ok(existsSync(repoPath('docs/rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md exists`);
      assert.ok(Object.keys(rule.messages).length > 0 && rule.description.endsWith('.'));
    });
  }
  it('README carries the current rules table', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    assert.ok(readme.includes(rulesTable()), `README.md must carry this rules table:\n${rulesTable()}`);
  });
});
