// `npm run test:robustness`: every hostile input checked by the built CLI (dist/cli.js), each in its
// own child process with its time and RSS measured and bounded. Ends with a table; exits 1 on any
// crash, breach or unexpected result. The last line is "N passed, N failed", as `npm test` prints.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from './cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../../dist/cli.js');
const measure = join(here, 'measure.cjs');

/** Writes one input's workspace into a fresh temporary folder. */
function materialise(c) {
  const dir = mkdtempSync(join(tmpdir(), 'pn-robust-'));
  for (const [name, content] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  for (const [name, target] of Object.entries(c.links)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    symlinkSync(target, join(dir, name));
  }
  return dir;
}

/** Checks one input in a child process and judges the outcome. */
function run(c) {
  const dir = materialise(c);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', measure, cli, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: c.boundMs * 3 + 5000, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  const marked = /@@robustness (\{.*\})/.exec(r.stderr ?? '');
  const usage = marked ? JSON.parse(marked[1]) : { rssMB: NaN };
  const problems = [];
  let crashed = false;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  if (r.signal || !marked || !c.exitCodes.includes(r.status) || (!report && r.status !== 2)) {
    crashed = true;
    problems.push(`crashed: ${r.signal ?? `exit ${r.status}`} ${(r.stderr ?? '').split('\n').find((l) => /error/i.test(l)) ?? ''}`.trim());
  }
  if (ms > c.boundMs) problems.push(`took ${Math.round(ms)} ms > ${c.boundMs} ms`);
  if (usage.rssMB > c.boundRssMB) problems.push(`peak RSS ${Math.round(usage.rssMB)} MB > ${c.boundRssMB} MB`);
  if (!crashed) {
    const wrong = c.expect(report ?? { files: 0, findings: [] }, dir, (name) => existsSync(join(dir, name)));
    if (wrong) problems.push(wrong);
  }
  rmSync(dir, { recursive: true, force: true });
  return { name: c.name, ms, rssMB: usage.rssMB, boundMs: c.boundMs, crashed, problems };
}

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build first.');
  process.exit(2);
}
const results = [];
for (const c of cases) {
  const r = run(c);
  results.push(r);
  console.log(`${r.problems.length ? 'FAIL' : 'ok  '} ${String(Math.round(r.ms)).padStart(6)} ms ${String(Math.round(r.rssMB)).padStart(5)} MB  ${r.name}${r.problems.length ? `\n       ${r.problems.join('\n       ')}` : ''}`);
}
const worst = (key) => results.reduce((a, b) => (b[key] > a[key] ? b : a));
const breaches = results.filter((r) => r.problems.length > 0);
const crashes = results.filter((r) => r.crashed).length;
console.log('\n| inputs tried | worst time | worst RSS | crashes | breaches |');
console.log('|---|---|---|---|---|');
console.log(`| ${results.length} | ${Math.round(worst('ms').ms)} ms (${worst('ms').name}) | ${Math.round(worst('rssMB').rssMB)} MB (${worst('rssMB').name}) | ${crashes} | ${breaches.length} |`);
// The same summary line as the unit tests, so CI can add the counts up.
console.log(`${results.length - breaches.length} passed, ${breaches.length} failed`);
process.exit(breaches.length > 0 ? 1 : 0);
