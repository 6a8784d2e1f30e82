/**
 * The dependency direction of STYLE.md, read from import lines: the core imports no editor, file
 * system, process or clock; only lsp/ imports the language server library; the client imports
 * nothing from the server but the shared protocol file.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { repoPath } from './helpers/paths';

function sources(dir: string): string[] {
  const root = repoPath(dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${root}/${f}`);
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

describe('architecture', () => {
  it('keeps the core pure: no vscode, node:fs, process or clock', () => {
    const offenders: string[] = [];
    for (const file of sources('server/src/core')) {
      for (const spec of imports(file)) {
        if (/^(vscode|vscode-languageserver.*|node:fs|fs|node:child_process|child_process|node:path|path)$/.test(spec)) offenders.push(`${file}: ${spec}`);
        if (spec.includes('/host/') || spec.includes('/lsp/') || spec.includes('/cli/')) offenders.push(`${file}: ${spec}`);
      }
      const text = readFileSync(file, 'utf8');
      if (/\bprocess\.[a-z]|Date\.now\(\)|new Date\(\)/.test(text)) offenders.push(`${file}: uses process or the clock`);
    }
    assert.deepEqual(offenders, []);
  });
  it('imports vscode-languageserver only in lsp/', () => {
    const offenders = [...sources('server/src/core'), ...sources('server/src/cli'), ...sources('server/src/host')].filter((f) =>
      imports(f).some((s) => s.startsWith('vscode-languageserver')),
    );
    assert.deepEqual(offenders, []);
  });
  it('keeps the client off the server code', () => {
    const offenders = sources('client/src').filter((f) => imports(f).some((s) => s.includes('server/src') && !s.endsWith('protocol')));
    assert.deepEqual(offenders, []);
  });
});
