/**
 * The CLI's scale-out options on a generated workspace: worker threads, `--shard` (the shards'
 * findings together equal one full run), `--cache` (never stale, even across notes) and
 * `--changed-since` (only changed files, checked against every note). Runs the built dist/cli.js.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/cli';
import { copyExamples } from './helpers/workspace-copy';
import type { WorkspaceCopy } from './helpers/workspace-copy';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}
interface JsonReport {
  files: number;
  findings: JsonFinding[];
}

const NOTES = 40;

/** Note i: events e1 and e2 with dates that disagree between notes, citations (some undefined), a date. */
function note(i: number, e1 = `2025-0${1 + (i % 3)}-10`): string {
  return [
    '---',
    `title: Note ${i}`,
    'date: 2025-06-01',
    'bibliography: ../references/sources.yaml',
    ...(i % 4 === 0 ? [] : ['events:', '  - id: e1', `    date: ${e1}`, '    text: The rule was published.', ...(i % 5 === 0 ? ['  - id: e2', `    date: 2024-0${1 + (i % 2)}-02`] : [])]),
    '---',
    '',
    `Officials said on 03/04/2025 that the rule would change [@missing-${i}]. It will probably pass next week.`,
    '',
  ].join('\n');
}

function check(ws: WorkspaceCopy, ...args: string[]): { report: JsonReport; status: number | null; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], ws.root);
  return { report: r.stdout ? (JSON.parse(r.stdout) as JsonReport) : { files: 0, findings: [] }, status: r.status, stderr: r.stderr };
}

const key = (f: JsonFinding): string => JSON.stringify(f);

describe('policy-notes CLI at scale', function () {
  this.timeout(60000);
  let ws: WorkspaceCopy;
  let full: JsonReport;
  beforeEach(() => {
    ws = copyExamples();
    for (let i = 1; i <= NOTES; i++) writeFileSync(ws.path('notes', `gen-${String(i).padStart(3, '0')}.md`), note(i));
    full = check(ws, '--jobs', '1').report;
  });
  afterEach(() => ws.remove());

  it('finds cross-note conflicts in the generated workspace (the other tests rely on them)', () => {
    assert.ok(full.findings.some((f) => f.rule === 'date-conflict' && f.message.includes('The event "e1"')));
    assert.ok(full.findings.some((f) => f.rule === 'date-conflict' && f.message.includes('The event "e2"')));
  });

  it('gives the same report on worker threads as in one thread', () => {
    const r = runCli(['check', '--format', 'json', '--jobs', '2'], ws.root);
    assert.deepEqual(JSON.parse(r.stdout), full);
    const stylish = (jobs: string) => runCli(['check', '--jobs', jobs], ws.root).stdout;
    assert.equal(stylish('2'), stylish('1'));
  });

  it('lints a note too large for a worker in the main thread, with the same findings', () => {
    // Plain sentences keep the report small; the note's head carries the findings, cross-note ones too.
    const paragraph = 'The committee met and discussed the matter at length. ';
    writeFileSync(ws.path('notes', 'big.md'), note(3) + paragraph.repeat(Math.ceil((600 * 1024) / paragraph.length)));
    const report = (jobs: string) => runCli(['check', '--format', 'json', '--jobs', jobs], ws.root);
    const pooled = report('2');
    assert.equal(pooled.status, 1, pooled.stderr);
    assert.ok((JSON.parse(pooled.stdout) as JsonReport).findings.some((f) => f.file === 'notes/big.md' && f.rule === 'date-conflict'));
    assert.equal(pooled.stdout, report('1').stdout);
  });

  it('splits the files into shards whose findings together equal one full run', () => {
    const shards = [1, 2, 3].map((i) => check(ws, '--shard', `${i}/3`).report);
    assert.equal(shards.reduce((n, s) => n + s.files, 0), full.files);
    for (const s of shards) assert.ok(s.files > 0, 'every shard gets files');
    const files = shards.map((s) => new Set(s.findings.map((f) => f.file)));
    for (const f of files[0]) assert.ok(!files[1].has(f) && !files[2].has(f), `${f} is in one shard only`);
    const union = shards.flatMap((s) => s.findings).map(key).sort();
    assert.deepEqual(union, full.findings.map(key).sort());
    assert.deepEqual(check(ws, '--shard', '2/3').report, shards[1], 'the split is stable');
  });

  it('rejects a malformed shard', () => {
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '2']) {
      const r = runCli(['check', '--shard', bad], ws.root);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--shard takes i\/n/);
    }
  });

  it('caches results, serves unchanged notes from the cache, and never serves a stale one', () => {
    const cacheDir = ws.path('.cache-test');
    const cached = () => check(ws, '--cache-location', cacheDir).report;
    assert.deepEqual(cached(), full, 'a cold cache gives the full report');
    assert.deepEqual(cached(), full, 'a warm cache gives the full report');

    // A marker written into one entry shows that a warm run reads results from the cache.
    const entries = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    assert.ok(entries.length >= NOTES);
    let marked = 0;
    for (const e of entries) {
      const file = join(cacheDir, e);
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { result?: { rows: Array<{ message: string }> } };
      if (!entry.result?.rows.length) continue;
      entry.result.rows[0].message = 'FROM CACHE';
      writeFileSync(file, JSON.stringify(entry));
      marked++;
    }
    assert.ok(marked > 0);
    assert.ok(cached().findings.some((f) => f.message === 'FROM CACHE'));
    rmSync(cacheDir, { recursive: true });

    // Re-dating one note's event changes other notes' findings: their cached results must not be reused.
    cached();
    writeFileSync(ws.path('notes', 'gen-001.md'), note(1, '2019-12-31'));
    const after = cached();
    const fresh = check(ws).report;
    assert.deepEqual(after, fresh);
    assert.notDeepEqual(fresh, full);
    const otherFile = (r: JsonReport) => r.findings.filter((f) => f.file !== 'notes/gen-001.md' && f.message.includes('gen-001.md'));
    assert.ok(otherFile(fresh).length > 0, 'another note now names gen-001.md');
    assert.deepEqual(otherFile(after), otherFile(fresh));

    // So does a change to a bibliography a note names.
    writeFileSync(ws.path('references', 'sources.yaml'), 'references:\n  - id: missing-7\n    type: report\n    title: Found\n    issued: 2025-01-01\n    URL: https://example.org\n');
    assert.deepEqual(cached(), check(ws).report);
  });

  it('reports only on files changed since a git ref, checked against every note', () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: ws.root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'notes');
    writeFileSync(ws.path('notes', 'gen-002.md'), note(2, '2018-05-05'));
    writeFileSync(ws.path('notes', 'new.md'), note(99));
    const r = check(ws, '--changed-since', 'HEAD');
    assert.equal(r.report.files, 2);
    assert.deepEqual([...new Set(r.report.findings.map((f) => f.file))].sort(), ['notes/gen-002.md', 'notes/new.md']);
    const whole = check(ws).report.findings.filter((f) => f.file === 'notes/gen-002.md' || f.file === 'notes/new.md');
    assert.deepEqual(r.report.findings, whole);
    assert.ok(r.report.findings.some((f) => f.file === 'notes/gen-002.md' && f.rule === 'date-conflict' && /in gen-0\d\d\.md/.test(f.message)));

    const bad = runCli(['check', '--changed-since', 'no-such-ref'], ws.root);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--changed-since: git diff failed/);
  });
});
