/** `--changed-since REF`: the files git sees as changed since a ref, plus files git does not track yet. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { toEnginePath } from '../host/project';
import { FatalError } from './check';

function git(cwd: string, args: string[]): string[] {
  try {
    // No shell: the ref goes to git as one argument, and `--end-of-options` keeps it from being an option.
    const out = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    return out.split('\0').filter((p) => p !== '');
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new FatalError(`--changed-since: git ${args[0]} failed: ${stderr || (err instanceof Error ? err.message : String(err))}`);
  }
}

/** Absolute engine paths of the files under `cwd` changed since `ref` (committed or not) or untracked. */
export function changedSince(cwd: string, ref: string): Set<string> {
  const changed = git(cwd, ['diff', '--name-only', '-z', '--relative', '--no-renames', '--end-of-options', ref, '--']);
  const untracked = git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']);
  return new Set([...changed, ...untracked].map((p) => toEnginePath(resolve(cwd, p))));
}
