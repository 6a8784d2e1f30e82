#!/usr/bin/env node
// The language server, timed as an editor uses it (bundled dist/server.js over stdio):
//  - a 5,000-line note: diagnostics after an edit (p50/p95), hover right after an edit's
//    diagnostics, as while typing, and hover one after another, as while reading (p50/p95);
//  - the 10,000-note corpus (with --10k): first diagnostics of the open note, the whole workspace
//    indexed and linted, and the server's peak RSS.
//
//   node bench/lsp.mjs [--10k] [--json] [--edits N] [--hovers N]   (npm run bench runs it too)
//
// For looking into a figure: BENCH_TRACE=1 prints every edit's time, BENCH_PROF=DIR writes the
// server's CPU profiles there, BENCH_NODE_FLAGS="..." passes V8 flags to the server.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import rpc from 'vscode-languageserver-protocol/node.js';
import { BIBLIOGRAPHY_FILE, CONFIG_TEXT, makeBibliography, makeLongNote } from './corpus/note.mjs';
import { longNoteRuns } from './format.mjs';
import { ensureCorpus } from './gen-corpus.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SERVER = join(REPO, 'dist/server.js');
const log = (s) => process.stderr.write(s + '\n');
const uri = (p) => pathToFileURL(p).href;

/** The p-th percentile (0..100) of a list of numbers, nearest rank. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms) => Math.round(ms * 10) / 10;

/**
 * The settings the client answers with: the VS Code extension's defaults (package.json), but no
 * debounce, so that the time measured is the server's; `overrides` changes some.
 */
function clientSettings(overrides = {}) {
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const settings = {};
  for (const [key, spec] of Object.entries(manifest.contributes.configuration.properties)) {
    const path = key.replace(/^policyNotes\./, '').split('.');
    let at = settings;
    for (const part of path.slice(0, -1)) at = at[part] ??= {};
    at[path.at(-1)] = spec.default;
  }
  return { ...settings, debounceMs: 0, ...overrides };
}

/** Starts the server on a folder with the given settings; resolves once `initialize` has been answered. */
async function startServer(root, settings = clientSettings()) {
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  if (process.env.BENCH_PROF) flags.push('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`);
  const child = spawn(process.execPath, [...flags, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const listeners = new Set();
  const on = (fn) => listeners.add(fn);
  const off = (fn) => listeners.delete(fn);
  connection.onNotification('textDocument/publishDiagnostics', (p) => listeners.forEach((l) => l('diagnostics', p)));
  connection.onNotification('policyNotes/status', (p) => listeners.forEach((l) => l('status', p)));
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri(root),
    workspaceFolders: [{ uri: uri(root), name: 'bench' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  });
  const waitFor = (kind, test) =>
    new Promise((res) => {
      const fn = (k, p) => {
        if (k === kind && test(p)) {
          off(fn);
          res(p);
        }
      };
      on(fn);
    });
  const peakRss = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) * 1024;
  };
  const stop = async () => {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    const exited = new Promise((r) => child.once('exit', r));
    connection.sendNotification('exit');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    connection.dispose();
    child.kill();
  };
  return { connection, waitFor, peakRss, stop };
}

/** A 5,000-line note (40 references in its front matter), in a folder with the shared bibliography. */
function writeLongNote(dir, wrap) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bib = makeBibliography('42');
  writeFileSync(join(dir, BIBLIOGRAPHY_FILE), bib.text);
  writeFileSync(join(dir, '.policy-notes.yaml'), CONFIG_TEXT);
  const text = makeLongNote('42', 5000, bib.ids, { wrap });
  const path = join(dir, 'long-note.md');
  writeFileSync(path, text);
  return { path, text };
}

async function longNote(edits, hovers, wrap, settings) {
  const dir = resolve(REPO, `.bench/lsp-long-note${wrap ? `-wrap${wrap}` : ''}`);
  const { path, text } = writeLongNote(dir, wrap);
  const server = await startServer(dir, settings);
  const { connection } = server;
  // The note is linted while the workspace is indexed; opening it with the same text changes no finding.
  const first = server.waitFor('diagnostics', (p) => p.uri === uri(path));
  const ready = server.waitFor('status', (s) => s.state === 'ready');
  await connection.sendNotification('initialized', {});
  await Promise.all([first, ready]);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(path), languageId: 'markdown', version: 1, text } });
  // Each edit types a hedged sentence in the last quarter of the note, sent as an editor does (the
  // inserted range only), so every edit changes the findings.
  const lines = text.split('\n');
  const middle = Math.floor(lines.length * 0.75);
  let version = 1;
  let last = first;
  /** Types `inserted` at the edit point; resolves when that version's diagnostics arrive, with when it was sent. */
  const type = async (inserted) => {
    lines.splice(middle, 0, ...inserted.split('\n').slice(0, 2));
    const v = ++version;
    const published = server.waitFor('diagnostics', (p) => p.uri === uri(path) && p.version === v);
    const sent = performance.now();
    const at = { line: middle, character: 0 };
    connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(path), version: v }, contentChanges: [{ range: { start: at, end: at }, text: inserted }] });
    last = published;
    await published;
    return sent;
  };
  const editTimes = [];
  // The first edits compile the server's hot paths; they are typed but not timed.
  const WARM_UP = 5;
  for (let i = -WARM_UP; i < edits; i++) {
    const t0 = await type(`The ministry reportedly approved shipment ${i}.\n\n`);
    if (i >= 0) editTimes.push(performance.now() - t0);
    if (process.env.BENCH_TRACE) log(`edit ${i}: ${(performance.now() - t0).toFixed(1)} ms`);
  }
  const diagnostics = (await last).diagnostics.length;
  // Hovers as a writer makes them while typing: each right after an edit's diagnostics, on a
  // citation above the edits (whose place the edits do not move).
  const above = lines.slice(0, middle).flatMap((l, line) => (l.includes('[@') ? [{ line, character: l.indexOf('[@') + 3 }] : []));
  const afterEditTimes = [];
  for (let i = 0; i < edits; i++) {
    await type(`The agency reportedly reviewed shipment ${i}.\n\n`);
    const t0 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(path) }, position: above[(i * 7919) % above.length] });
    afterEditTimes.push(performance.now() - t0);
  }
  // Hovers as a reader makes them: one after another over citations spread through the note.
  const current = lines.join('\n');
  const targets = [];
  current.split('\n').forEach((l, line) => {
    const c = l.indexOf('[@');
    if (c >= 0) targets.push({ line, character: c + 3 });
  });
  const hoverTimes = [];
  for (let i = 0; i < hovers; i++) {
    const position = targets[(i * 7919) % targets.length];
    const t0 = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(path) }, position });
    hoverTimes.push(performance.now() - t0);
  }
  const rss = server.peakRss();
  await server.stop();
  return {
    lines: text.split('\n').length,
    kib: Math.round(Buffer.byteLength(text) / 1024),
    diagnostics,
    edit: { runs: edits, p50: round(percentile(editTimes, 50)), p95: round(percentile(editTimes, 95)) },
    hover: { runs: hovers, p50: round(percentile(hoverTimes, 50)), p95: round(percentile(hoverTimes, 95)) },
    hoverAfterEdit: { runs: edits, p50: round(percentile(afterEditTimes, 50)), p95: round(percentile(afterEditTimes, 95)) },
    peakRssMiB: Math.round(rss / 2 ** 20),
  };
}

async function workspace10k() {
  const corpus = ensureCorpus(resolve(REPO, '.bench/corpus-10k'), { seed: '42', count: 10000 });
  const open = join(corpus.dir, 'note-05000.md');
  const t0 = performance.now();
  const server = await startServer(corpus.dir);
  const { connection } = server;
  // As an editor does: `initialized`, then the note it shows is opened at once.
  const first = server.waitFor('diagnostics', (p) => p.uri === uri(open));
  let indexing = false;
  const ready = server.waitFor('status', (s) => (indexing ||= s.state === 'indexing') && s.state === 'ready');
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(open), languageId: 'markdown', version: 1, text: readFileSync(open, 'utf8') } });
  await first;
  const firstMs = performance.now() - t0;
  const status = await ready;
  const allMs = performance.now() - t0;
  const rss = server.peakRss();
  await server.stop();
  return { notes: corpus.notes, firstDiagnosticsMs: Math.round(firstMs), wholeWorkspaceMs: Math.round(allMs), filesWithFindings: status.files, peakRssMiB: Math.round(rss / 2 ** 20) };
}

/**
 * The language server's figures: the 5,000-line note wrapped and soft-wrapped, as the VS Code
 * extension runs the server and with every diagnostic, and with `tenK` the 10,000 notes.
 */
export async function benchLanguageServer({ edits = 40, hovers = 200, tenK = false } = {}) {
  // Paragraphs wrapped at 80 columns (markdownlint's MD013), and one paragraph per line (soft wrap).
  // As the VS Code extension runs the server (which publishes at most the 1,000 problems per file that
  // VS Code shows), and as a client that takes every diagnostic does.
  const all = clientSettings({ maxNumberOfProblems: 0 });
  const result = {
    longNote: await longNote(edits, hovers, 80),
    longNoteSoftWrapped: await longNote(edits, hovers, undefined),
    longNoteAll: await longNote(edits, hovers, 80, all),
    longNoteSoftWrappedAll: await longNote(edits, hovers, undefined, all),
  };
  for (const [name, r] of longNoteRuns(result)) {
    log(`5,000-line note, ${name} (${r.kib} KiB, ${r.diagnostics} diagnostics): edit→diagnostics p50 ${r.edit.p50} ms, p95 ${r.edit.p95} ms; hover p50 ${r.hover.p50} ms, p95 ${r.hover.p95} ms; hover right after an edit p50 ${r.hoverAfterEdit.p50} ms, p95 ${r.hoverAfterEdit.p95} ms`);
  }
  if (tenK) {
    result.workspace10k = await workspace10k();
    const w = result.workspace10k;
    log(`10,000 notes: open note's diagnostics ${w.firstDiagnosticsMs} ms, whole workspace ${w.wholeWorkspaceMs} ms, peak RSS ${w.peakRssMiB} MiB`);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { '10k': { type: 'boolean' }, json: { type: 'boolean' }, edits: { type: 'string' }, hovers: { type: 'string' } } });
  const result = await benchLanguageServer({ edits: Number(values.edits ?? 40), hovers: Number(values.hovers ?? 200), tenK: values['10k'] });
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
