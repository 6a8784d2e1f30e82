// npm run test:e2e: the packaged .vsix installed in a real VS Code, and the mocha suites of test/e2e
// run inside its extension host; then the UI check from outside. Prints "N passed, N failed" last.
//
//   node scripts/e2e/run.mjs [--host code-server|electron] [--only suite,restricted,ui]
//                            [--vsix FILE] [--screenshot FILE] [--timeout SECONDS]
//
// The host is code-server (tools from scripts/e2e/setup-tools.sh, in $VSCODE_E2E_TOOLS) when those are
// installed, else desktop VS Code through @vscode/test-electron when that package can be loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { electronAvailable, runInElectron } from './host-electron.mjs';
import { runInCodeServer } from './host-code-server.mjs';
import { codeServerTools, toolsDir } from './tools.mjs';
import { uiProof } from './ui-proof.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { version } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const { values: opts } = parseArgs({
  options: {
    host: { type: 'string' },
    only: { type: 'string', default: 'suite,restricted,ui' },
    vsix: { type: 'string', default: path.join(repo, `policy-notes-${version}.vsix`) },
    screenshot: { type: 'string', default: path.join(repo, 'out/e2e/editor.png') },
    timeout: { type: 'string', default: '300' },
  },
});
const t0 = Date.now();
const log = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const fail = (m) => {
  console.error(m);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

/** code-server when its tools are installed, else @vscode/test-electron when it loads. */
async function chooseHost() {
  if (opts.host) return opts.host;
  if (codeServerTools().missing.length === 0) return 'code-server';
  if (await electronAvailable()) return 'electron';
  fail(`No VS Code to test in: install the code-server tools with scripts/e2e/setup-tools.sh (into ${toolsDir}), or @vscode/test-electron where VS Code can be downloaded.`);
}

/** A fresh copy of examples/, so the tests' edits never touch the repository. */
function workspaceCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-ws-'));
  fs.cpSync(path.join(repo, 'examples'), dir, { recursive: true });
  return dir;
}

/**
 * The extension test host needs an extension under development; this empty one only carries the
 * tests, so the Policy Notes extension that runs is the one installed from the .vsix.
 */
function harnessExtension() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-harness-'));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'policy-notes-e2e', publisher: 'policy-notes', version: '0.0.0', engines: { vscode: '*' } }),
  );
  return dir;
}

const only = new Set(opts.only.split(','));
if (!fs.existsSync(opts.vsix)) fail(`${opts.vsix} not found: run npm run package first.`);
const host = await chooseHost();
const tools = codeServerTools();
if (host === 'code-server' && tools.missing.length > 0) fail(`Missing ${tools.missing.join(', ')} in ${toolsDir}: run scripts/e2e/setup-tools.sh.`);
log(`host ${host}, extension ${path.relative(repo, opts.vsix)}`);

const harness = harnessExtension();
const totals = { passed: 0, failed: 0 };
const suites = [
  { name: 'suite', trusted: true },
  { name: 'restricted', trusted: false },
].filter((s) => only.has(s.name));
for (const suite of suites) {
  const testsPath = path.join(repo, 'out/e2e', suite.name);
  const resultsFile = path.join(testsPath, 'results.json');
  fs.rmSync(resultsFile, { force: true });
  const folder = workspaceCopy();
  log(`${suite.name}: ${suite.trusted ? 'trusted' : 'restricted mode'} workspace ${folder}`);
  const run = host === 'code-server' ? runInCodeServer : runInElectron;
  // A host that cannot start (no VS Code download, code-server refusing) fails the suite, not the runner.
  const status = await run({ tools, vsix: opts.vsix, folder, harness, testsPath, trusted: suite.trusted, timeoutMs: Number(opts.timeout) * 1000, log }).catch((e) => {
    log(`${suite.name}: ${e.stack ?? e}`);
    return 1;
  });
  // The suite writes its counts itself; a run that never got that far counts as one failure.
  const counts = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 1 };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  log(`${suite.name}: exit ${status}, ${counts.passed} passed, ${counts.failed} failed`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (counts.failed === 0) fs.rmSync(folder, { recursive: true, force: true });
}
if (only.has('ui')) {
  if (host === 'code-server') {
    const folder = workspaceCopy();
    fs.mkdirSync(path.dirname(opts.screenshot), { recursive: true });
    const counts = await uiProof({ tools, vsix: opts.vsix, folder, cli: path.join(repo, 'dist/cli.js'), screenshot: path.resolve(opts.screenshot), log }).catch((e) => {
      log(`ui: ${e.stack ?? e}`);
      return { passed: 0, failed: 1 };
    });
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    fs.rmSync(folder, { recursive: true, force: true });
  } else {
    log('UI check skipped: it drives the code-server workbench in Chromium');
  }
}
fs.rmSync(harness, { recursive: true, force: true });
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
