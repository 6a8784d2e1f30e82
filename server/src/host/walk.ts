/**
 * Walks folders for the files a check reads: skips `node_modules` and `.git`, honours `.gitignore`,
 * never follows a symbolic link out of the root and stops at link loops.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { isInside, relativePath } from '../core/paths';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

function gitignoreLayer(dir: string): IgnoreLayer | undefined {
  try {
    const text = readFileSync(`${dir}/.gitignore`, 'utf8');
    return { dir, rules: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function ignored(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = relativePath(layer.dir, path);
    if (rel === '.' || rel.startsWith('..')) continue;
    if (layer.rules.ignores(rel + (isDir ? '/' : ''))) return true;
  }
  return false;
}

/** Every file below `start` (a folder), as absolute `/`-separated paths, in a stable order. */
export function walkFiles(start: string, root: string): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return out;
  }
  const visit = (dir: string, layers: IgnoreLayer[]): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real) || !isInside(realRoot, real)) return;
    visited.add(real);
    const layer = gitignoreLayer(dir);
    const here = layer ? [...layers, layer] : layers;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = `${dir}/${name}`;
      let stat;
      try {
        stat = lstatSync(path);
        if (stat.isSymbolicLink()) {
          if (!isInside(realRoot, realpathSync(path))) continue;
          stat = statSync(path);
        }
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (SKIPPED_FOLDERS.has(name) || ignored(here, path, true)) continue;
        visit(path, here);
      } else if (stat.isFile() && !ignored(here, path, false)) out.push(path);
    }
  };
  // The .gitignore files of the folders between the root and the start apply too.
  const ancestors: IgnoreLayer[] = [];
  if (isInside(root, start)) {
    const parts = relativePath(root, start).split('/').filter((p) => p && p !== '.');
    let dir = root;
    for (const part of ['', ...parts.slice(0, -1)]) {
      dir = part ? `${dir}/${part}` : dir;
      const layer = gitignoreLayer(dir);
      if (layer) ancestors.push(layer);
    }
  }
  // A folder named explicitly is checked even when an outer .gitignore ignores it as a whole.
  const explicitlyIgnored = start !== root && ignored(ancestors, start, true);
  visit(start, start === root || explicitlyIgnored ? [] : ancestors);
  return out;
}
