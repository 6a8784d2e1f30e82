// One build path: tsc type-checks (no emit); esbuild bundles what ships (dist/) and the test files
// (out/test/, one self-contained bundle per test file, run by mocha).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const shipped = {
  cli: 'server/src/cli/main.ts',
  server: 'server/src/lsp/main.ts',
  extension: 'client/src/extension.ts',
  eval: 'scripts/eval/main.ts',
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
  define: { POLICY_NOTES_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

/** Every `*.test.ts` below `dir`. */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('fixtures'))
    .map((f) => join(dir, f));
}

const builds = [];
for (const [name, entry] of Object.entries(shipped)) {
  if (!existsSync(entry)) continue;
  builds.push(
    build({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      banner: name === 'cli' || name === 'server' ? { js: '#!/usr/bin/env node' } : undefined,
    }),
  );
}
const tests = testFiles('test');
if (tests.length > 0) {
  rmSync('out/test', { recursive: true, force: true });
  builds.push(build({ ...common, entryPoints: tests, outdir: 'out/test', outbase: 'test', external: ['vscode', 'mocha'] }));
}
await Promise.all(builds);
