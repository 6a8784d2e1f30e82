/** Paths the tests use: everything relative to the repository root, where mocha runs. */
import { resolve } from 'node:path';

/** The repository root. */
export const REPO = resolve('.');

/** A path below the repository root, `/`-separated. */
export function repoPath(...parts: string[]): string {
  return resolve(REPO, ...parts).replace(/\\/g, '/');
}
