/**
 * CLI golden tests: each folder test/fixtures/cli/<case>/ has case.json (args, cwd, exit status),
 * expected.txt (stdout, whole) and, when the run writes to stderr, expected-stderr.txt. The built
 * dist/cli.js runs as a child process, as users run it. UPDATE_GOLDEN=1 rewrites the expected files.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './helpers/cli';
import { repoPath } from './helpers/paths';

const ROOT = repoPath('test/fixtures/cli');

function compare(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  assert.equal(actual, existsSync(path) ? readFileSync(path, 'utf8') : '', path);
}

describe('policy-notes CLI', () => {
  for (const name of readdirSync(ROOT).filter((n) => !n.startsWith('_')).sort()) {
    it(name, () => {
      const dir = `${ROOT}/${name}`;
      const spec = JSON.parse(readFileSync(`${dir}/case.json`, 'utf8')) as { args: string[]; cwd?: string; exit: number };
      const result = runCli(spec.args, `${dir}/${spec.cwd ?? '.'}`);
      compare(`${dir}/expected.txt`, result.stdout);
      compare(`${dir}/expected-stderr.txt`, result.stderr);
      assert.equal(result.status, spec.exit, `exit status of ${name}`);
    });
  }
});
