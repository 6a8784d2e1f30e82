/** A throw-away copy of the example workspace, so tests can edit files freely. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from './paths';

/** A copied workspace: its root, a reader and a cleanup. */
export interface WorkspaceCopy {
  root: string;
  path(...parts: string[]): string;
  read(...parts: string[]): string;
  remove(): void;
}

/** Copies `examples/` to a new temporary folder. */
export function copyExamples(): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), 'pn-ws-'));
  cpSync(repoPath('examples'), root, { recursive: true });
  const path = (...parts: string[]): string => join(root, ...parts);
  return { root, path, read: (...parts) => readFileSync(path(...parts), 'utf8'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The zero-based line and UTF-16 column of the `nth` occurrence of `needle` in `text`, plus `shift` units. */
export function positionOf(text: string, needle: string, shift = 0, nth = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
