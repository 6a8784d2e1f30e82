/** The SARIF output validates against the official SARIF 2.1.0 schema (kept as a fixture), as GitHub code scanning requires. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { runCli } from './helpers/cli';
import { repoPath } from './helpers/paths';

describe('SARIF output', () => {
  const schema = JSON.parse(readFileSync(repoPath('test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, formats: { uri: true, 'uri-reference': true, 'date-time': true } }).compile(schema);

  it('validates for the example workspace', () => {
    const r = runCli(['check', 'examples', '--format', 'sarif'], repoPath('.'));
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: unknown[]; tool: { driver: { rules: Array<{ helpUri: string }> } } }> };
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.ok(log.runs[0].results.length > 0);
    assert.ok(log.runs[0].tool.driver.rules.every((r) => r.helpUri.startsWith('https://')));
  });
  it('the schema rejects what GitHub would reject (the test can fail)', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] };
    assert.equal(validate(bad), false);
  });
});
