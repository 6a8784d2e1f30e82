/** Runs the built CLI as users run it: a child process of `node dist/cli.js`. */
import { spawnSync } from 'node:child_process';
import { repoPath } from './paths';

/** Runs the built CLI in `cwd` and returns what it printed and its exit status. */
export function runCli(args: readonly string[], cwd: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [repoPath('dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
