#!/usr/bin/env node
// `npm run bench`: times this CLI, markdownlint-cli2 and the parse-only floor on generated corpora
// (1,000 notes and one 5 MiB note; --10k adds 10,000 notes) and prints a table, or JSON with --json.
//
//   npm run bench -- [--runs N] [--10k] [--json] [--only cli] [--cli PATH]   (or BENCH_CLI=PATH)
// --json, --10k and --runs=N can also come through npm (`npm run bench --json` sets npm_config_json).
// Progress goes to stderr; stdout holds only the table or the JSON object.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './gen-corpus.mjs';
import { measure } from './measure.mjs';
import { tools } from './tools.mjs';
import { ratio, summarize } from './summary.mjs';
import { formatTable } from './format.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SEED = '42';
const WARMUP_RUNS = 1;
const CORPORA = [
  { id: '1k', dir: '.bench/corpus-1k', spec: { seed: SEED, count: 1000 } },
  { id: '10k', dir: '.bench/corpus-10k', spec: { seed: SEED, count: 10000 }, optIn: true },
  { id: 'big-5MiB', dir: '.bench/big-5mib', spec: { seed: SEED, bigMib: 5 } },
];
const log = (s) => process.stderr.write(s + '\n');

function options() {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, '10k': { type: 'boolean' }, json: { type: 'boolean' }, only: { type: 'string' }, cli: { type: 'string' } },
  });
  const env = (name) => process.env[`npm_config_${name}`] || undefined;
  const o = {
    runs: Number(values.runs ?? env('runs') ?? 3),
    tenK: values['10k'] ?? env('10k') === 'true',
    json: values.json ?? env('json') === 'true',
    only: values.only,
    cli: resolve(values.cli ?? process.env.BENCH_CLI ?? join(REPO, 'dist/cli.js')),
  };
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  if (o.only !== undefined && o.only !== 'cli') throw new Error('--only takes "cli"');
  if (!existsSync(o.cli)) throw new Error(`${o.cli} is missing: run "npm run build" first (or pass --cli PATH)`);
  return o;
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function benchCorpus(corpus, toolList, opts, tmpDir) {
  const dir = join(REPO, corpus.dir);
  log(`corpus ${corpus.id}: preparing ${corpus.dir}`);
  const made = ensureCorpus(dir, corpus.spec);
  log(`corpus ${corpus.id}: ${made.reused ? 'reused' : 'generated'}, ${made.notes} note(s), ${(made.bytes / 1e6).toFixed(2)} MB`);
  const runs = Object.fromEntries(toolList.map((t) => [t.id, []]));
  for (let round = -WARMUP_RUNS; round < opts.runs; round++) {
    for (const tool of toolList) {
      const run = await measure({ script: tool.script, args: tool.args(tmpDir), cwd: dir, okCodes: tool.okCodes, tmpDir });
      const what = round < 0 ? 'warm-up' : `run ${round + 1}/${opts.runs}`;
      log(`  ${tool.id.padEnd(12)} ${what.padEnd(9)} ${(run.wallMs / 1000).toFixed(2)} s, ${(run.peakRssKiB / 1024).toFixed(0)} MiB, exit ${run.code}`);
      if (round >= 0) runs[tool.id].push({ ...run, outcome: tool.outcome(run, tmpDir) });
    }
  }
  const results = Object.fromEntries(toolList.map((t) => [t.id, summarize(runs[t.id], made, runs[t.id].at(-1).outcome)]));
  const ratios = {};
  if (results.markdownlint) ratios['CLI / markdownlint-cli2'] = ratio(results.cli, results.markdownlint);
  if (results.floor) ratios['CLI / floor'] = ratio(results.cli, results.floor);
  return { id: corpus.id, dir: corpus.dir, notes: made.notes, bytes: made.bytes, tools: results, ratios };
}

async function main() {
  const opts = options();
  const toolList = tools(opts.cli, opts.only);
  const before = loadavg();
  const tmpDir = mkdtempSync(join(os.tmpdir(), 'policy-notes-bench-'));
  const corpora = [];
  try {
    for (const corpus of CORPORA.filter((c) => !c.optIn || opts.tenK)) corpora.push(await benchCorpus(corpus, toolList, opts, tmpDir));
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const result = {
    date: new Date().toISOString(),
    node: process.versions.node,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadavg: { before, after: loadavg() },
    cli: relative(REPO, opts.cli) || opts.cli,
    runs: opts.runs,
    warmupRuns: WARMUP_RUNS,
    tools: Object.fromEntries(toolList.map((t) => [t.id, t.label])),
    commands: Object.fromEntries(toolList.map((t) => [t.id, t.command])),
    method: {
      wall: 'spawn to exit of the child process (process.hrtime), child output to a log file; median, min and max over the counted runs',
      'peak RSS': 'VmHWM of the child (bench/rss-probe.cjs, preloaded with node -r, reads /proc/self/status at exit); the largest over the counted runs',
      cpu: 'user + system time of the child (process.resourceUsage() at exit); median over the counted runs',
      'MB/s': '10^6 bytes of notes (.md) per second of median wall time',
      cwd: 'every tool runs with the corpus folder as its working directory',
    },
    corpora,
  };
  process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatTable(result));
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
