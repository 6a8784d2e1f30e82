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

/** Every file below `dir` whose name ends with one of `endings`. */
function testFiles(dir, endings = ['.test.ts']) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => endings.some((e) => f.endsWith(e)) && !f.split(/[\\/]/).includes('fixtures'))
    .map((f) => join(dir, f));
}

// The BibTeX parser and its LaTeX tables are half of the engine's code, and most projects have no .bib
// file: the shipped bundles leave it to a bundle of its own, which server/src/host/bibtex-parser.ts
// loads the first time a BibTeX file is read. (Test bundles keep it inside, loaded on first use too.)
const bibtexApart = {
  name: 'bibtex-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/bibtex-library$/ }, (args) => (args.kind === 'require-call' ? { path: './bibtex-parser.js', external: true } : undefined));
  },
};

const builds = [build({ ...common, entryPoints: ['server/src/host/bibtex-library.ts'], outfile: 'dist/bibtex-parser.js' })];
for (const [name, entry] of Object.entries(shipped)) {
  if (!existsSync(entry)) continue;
  builds.push(
    build({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      plugins: [bibtexApart],
      banner: name === 'cli' || name === 'server' ? { js: '#!/usr/bin/env node' } : undefined,
    }),
  );
}
const tests = testFiles('test');
if (tests.length > 0) {
  rmSync('out/test', { recursive: true, force: true });
  builds.push(build({ ...common, entryPoints: tests, outdir: 'out/test', outbase: 'test', external: ['vscode', 'mocha'] }));
}
// The end-to-end suites run inside VS Code's extension host (scripts/e2e/run.mjs), not under the unit
// mocha: their files end in .e2e.ts and each suite folder has an index.ts with the run() entry point.
const e2e = testFiles('test/e2e', ['.e2e.ts', '/index.ts']);
if (e2e.length > 0) {
  rmSync('out/e2e', { recursive: true, force: true });
  builds.push(build({ ...common, entryPoints: e2e, outdir: 'out/e2e', outbase: 'test/e2e', external: ['vscode', 'mocha'] }));
}
await Promise.all(builds);
