/** `policy-notes check`: discover, index, lint (cached, sharded, on workers), report, and choose the exit status. */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { noteEvents } from '../core/note/note-events';
import { relativePath } from '../core/paths';
import { SEVERITIES } from '../core/types';
import type { Severity, SeveritySetting } from '../core/types';
import { RULES } from '../core/rules';
import type { ResolvedConfig } from '../core/config';
import { formatConfigError } from '../host/configs';
import type { ConfigResolver } from '../host/configs';
import { LintSession, toRows } from '../host/lint-session';
import type { FileResult, Row, SessionSpec } from '../host/lint-session';
import { inProcessLinter, LintPool, POOL_MAX_NOTE_CHARS } from '../host/lint-pool';
import type { Linter } from '../host/lint-pool';
import { indexEntry, NoteIndex } from '../host/note-index';
import { discoverProject, PathError, toEnginePath } from '../host/project';
import type { ProjectFile } from '../host/project';
import { readTextFile } from '../host/read-file';
import { UsageError } from './args';
import type { Args } from './args';
import { DEFAULT_CACHE_LOCATION, hash, ResultCache } from './cache';
import { changedSince } from './changed';
import { githubFormatter } from './formatters/github';
import { jsonFormatter } from './formatters/json';
import { sarifFormatter } from './formatters/sarif';
import { stylishFormatter } from './formatters/stylish';
import type { StreamFormatter } from './report';
import { inShard, parseShard } from './shard';

const FORMATS = ['stylish', 'json', 'sarif', 'github'];
/** Below this many files to lint, starting workers costs more than it saves. */
const POOL_MIN_FILES = 100;
/** Files linted ahead of the one being printed: enough to keep every worker busy, few enough to hold. */
const WINDOW = 64;

/** Where the CLI writes, so tests can run it in-process. */
export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  version: string;
  /** The bundled CLI, which serves as a lint worker when started as one; without it, no workers. */
  workerScript?: string;
}

/** A failure that exits 2 with a message naming the file and the problem. */
export class FatalError extends Error {}

function ruleOverrides(args: Args): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const { id, severity } of args.rules) {
    if (!RULES.some((r) => r.id === id)) throw new UsageError(`--rule: there is no rule "${id}" (run "policy-notes rules")`);
    if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity)) {
      throw new UsageError(`--rule ${id}: the severity must be error, warning, info, hint or off (got "${severity}")`);
    }
    out[id] = severity as SeveritySetting;
  }
  return out;
}

function formatter(args: Args, io: Io): StreamFormatter {
  switch (args.format ?? 'stylish') {
    case 'json': return jsonFormatter();
    case 'sarif': return sarifFormatter(RULES, io.version);
    case 'github': return githubFormatter();
    default: return stylishFormatter(io.isTty && !args.output);
  }
}

/** Where the report goes: stdout or the --output file, in chunks of about 64 KiB. */
function openSink(args: Args, io: Io): { write: (s: string) => void; close: () => void } {
  let fd: number | undefined;
  if (args.output) {
    try {
      fd = openSync(resolve(io.cwd, args.output), 'w');
    } catch (err) {
      throw new FatalError(`cannot write ${args.output}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  let buffer = '';
  const flush = (): void => {
    if (fd === undefined) io.stdout(buffer);
    else writeSync(fd, buffer);
    buffer = '';
  };
  return {
    write: (s) => {
      buffer += s;
      if (buffer.length > 65536) flush();
    },
    close: () => {
      if (buffer) flush();
      if (fd !== undefined) closeSync(fd);
    },
  };
}

/** A config's cache key, computed once per config. */
function configKeys(): (config: ResolvedConfig) => string {
  const keys = new Map<ResolvedConfig, string>();
  return (config) => {
    let key = keys.get(config);
    if (key === undefined) keys.set(config, (key = hash(JSON.stringify(config))));
    return key;
  };
}

/** Which targets this run reports on: all, one shard, or those changed since a ref. */
function selection(args: Args, cwd: string): (path: string) => boolean {
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  const changed = args.changedSince === undefined ? undefined : changedSince(cwd, args.changedSince);
  return (path) => (!shard || inShard(relativePath(cwd, path), shard)) && (!changed || changed.has(path));
}

/** Runs `check`; resolves to the exit status. */
export async function runCheck(args: Args, io: Io): Promise<number> {
  if (args.format && !FORMATS.includes(args.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${args.format}")`);
  const overrides = ruleOverrides(args);
  const cwd = toEnginePath(io.cwd);
  const paths = (args.paths.length > 0 ? args.paths : ['.']).map((p) => toEnginePath(resolve(io.cwd, p)));
  const configFile = args.config ? toEnginePath(resolve(io.cwd, args.config)) : undefined;
  const selected = selection(args, cwd);
  let discovery;
  try {
    discovery = discoverProject({ root: cwd, paths, configFile, ruleOverrides: overrides });
  } catch (err) {
    if (err instanceof PathError) throw new FatalError(err.message.replace(cwd + '/', ''));
    throw err;
  }
  const { configs, targets } = discovery;
  if (configFile) configs.forDir(cwd);
  if (configs.errors.length > 0) {
    throw new FatalError(configs.errors.map((e) => formatConfigError(e, (p) => relativePath(cwd, p))).join('\n'));
  }

  const shared = [...targets.filter((t) => t.kind !== 'note'), ...discovery.shared];
  const cache = args.cache ? new ResultCache(resolve(io.cwd, args.cacheLocation ?? DEFAULT_CACHE_LOCATION), runKey(io, shared)) : undefined;
  const notePaths = targets.filter((t) => t.kind === 'note').map((t) => t.path);
  const sink = openSink(args, io);
  // Workers load while this thread builds the index.
  const selectedCount = targets.reduce((n, t) => n + (selected(t.path) ? 1 : 0), 0);
  const jobs = args.jobs ?? (selectedCount >= POOL_MIN_FILES ? availableParallelism() : 1);
  const pool = jobs > 1 && io.workerScript && selectedCount > 1 ? new LintPool(io.workerScript, Math.min(jobs, selectedCount)) : undefined;
  try {
    const indexed = buildIndex(notePaths, configs, cache, selected);
    const spec: SessionSpec = { root: cwd, configFile, ruleOverrides: overrides, shared, notePaths, index: indexed.index.toEntries() };
    const session = new LintSession(spec);
    const sharedFailures = discovery.shared.filter((f) => session.readFindings.has(f.path) && selected(f.path));
    const reported = [...targets.filter((t) => selected(t.path)), ...sharedFailures];
    const rel = new Map(reported.map((f) => [f.path, relativePath(cwd, f.path)]));
    reported.sort((a, b) => (rel.get(a.path)! < rel.get(b.path)! ? -1 : rel.get(a.path)! > rel.get(b.path)! ? 1 : 0));

    const failedShared = new Set(sharedFailures.map((f) => f.path));
    const toLint = new Set(reported.filter((f) => !failedShared.has(f.path) && !indexed.fresh(f.path)).map((f) => f.path));
    // A warm cache can leave too little to lint for the workers to pay off.
    const usePool = pool !== undefined && (args.jobs !== undefined ? toLint.size > 1 : toLint.size >= POOL_MIN_FILES);
    if (usePool) pool.start(spec);
    else await pool?.close();
    const local = inProcessLinter(spec, session);
    const linterFor = (path: string): Linter => (usePool && (indexed.sizes.get(path) ?? 0) <= POOL_MAX_NOTE_CHARS ? pool : local);
    const resultOf = async (file: ProjectFile): Promise<FileResult> => {
      if (failedShared.has(file.path)) return { path: file.path, rows: toRows(session.readFindings.get(file.path) ?? [], undefined), named: [] };
      const hit = toLint.has(file.path) ? undefined : indexed.cachedResult(file.path);
      if (hit) return hit;
      const result = await linterFor(file.path).lint(file);
      indexed.store(result);
      return result;
    };
    const counts = await writeReport(reported, rel, resultOf, formatter(args, io), sink, args.quiet, io);
    if (counts.error > 0) return 1;
    if (args.maxWarnings !== undefined && counts.warning > args.maxWarnings) return 1;
    return 0;
  } finally {
    sink.close();
    await pool?.close();
  }
}

/**
 * Reads every note once for the cross-note index (from the cache when its entry is there) and
 * says which selected notes have a cached result that still holds.
 */
function buildIndex(notePaths: readonly string[], configs: ConfigResolver, cache: ResultCache | undefined, selected: (path: string) => boolean) {
  const configKey = configKeys();
  const notePathSet = new Set(notePaths);
  const index = new NoteIndex();
  const keys = new Map<string, string>();
  // Only what the freshness check needs; rows are read again when printed, so the report is never held.
  const cached = new Map<string, { named: string[]; inputs: string }>();
  const sizes = new Map<string, number>();
  for (const path of notePaths) {
    const read = readTextFile(path);
    if (!read.ok) continue;
    sizes.set(path, read.text.length);
    const key = cache?.key(path, configKey(configs.forFile(path)), read.text);
    const entry = key === undefined ? undefined : cache?.load(key);
    const events = entry?.index ?? indexEntry(noteEvents(path, read.text));
    index.add(path, events);
    if (key === undefined || !cache) continue;
    keys.set(path, key);
    if (!entry) cache.save(key, { index: events });
    else if (entry.result && selected(path)) cached.set(path, { named: entry.result.named, inputs: entry.result.inputs });
  }
  return {
    index,
    /** Each readable note's length in UTF-16 units. */
    sizes,
    /** Whether a note's cached result was made with the cross-note inputs of this run. */
    fresh: (path: string): boolean => {
      const result = cached.get(path);
      return result !== undefined && cache?.inputs(path, index, result.named, notePathSet) === result.inputs;
    },
    /** A fresh note's cached result; undefined if a parallel run replaced the entry meanwhile. */
    cachedResult: (path: string): FileResult | undefined => {
      const result = cache?.load(keys.get(path)!)?.result;
      return result && result.inputs === cached.get(path)?.inputs ? { path, rows: result.rows, named: result.named } : undefined;
    },
    /** Caches a fresh result. */
    store: (result: FileResult): void => {
      const key = keys.get(result.path);
      if (!cache || !key) return;
      const inputs = cache.inputs(result.path, index, result.named, notePathSet);
      cache.save(key, { index: index.entry(result.path), result: { named: result.named, inputs, rows: result.rows } });
    },
  };
}

/**
 * Prints the report file by file in output order while later files are linted: a window of files
 * runs ahead of the one being printed, so memory holds a window, not the report. Returns the counts.
 */
async function writeReport(
  reported: readonly ProjectFile[],
  rel: ReadonlyMap<string, string>,
  resultOf: (file: ProjectFile) => Promise<FileResult>,
  format: StreamFormatter,
  sink: { write: (s: string) => void },
  quiet: boolean,
  io: Io,
): Promise<Record<Severity, number>> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const total = reported.length;
  const progress = io.isTty && total > 300 ? (n: number) => io.stderr(`\rChecked ${n} of ${total} files`) : undefined;
  sink.write(format.begin(total));
  const window: Array<Promise<FileResult>> = [];
  let done = 0;
  const emit = (result: FileResult): void => {
    const rows: Row[] = quiet ? result.rows.filter((r) => r.severity === 'error') : result.rows;
    for (const r of rows) counts[r.severity]++;
    for (const chunk of format.file(rel.get(result.path)!, rows)) sink.write(chunk);
    if (progress && ++done % 100 === 0) progress(done);
  };
  for (const file of reported) {
    const result = resultOf(file);
    // Results are awaited in order; one that fails ends the run, and those behind it must not
    // then fail unheard (an unhandled rejection would kill the process before the error is printed).
    result.catch(() => undefined);
    window.push(result);
    if (window.length >= WINDOW) emit(await window.shift()!);
  }
  while (window.length > 0) emit(await window.shift()!);
  if (progress) io.stderr('\r\x1b[K');
  sink.write(format.end({ files: total, counts }));
  return counts;
}

/** The part of every cache key shared by the whole run: the tool build and the shared files' content. */
function runKey(io: Io, shared: readonly ProjectFile[]): string {
  const build = io.workerScript ? hash(readFileSync(io.workerScript, 'latin1')) : '';
  const files = shared.map((f) => {
    const read = readTextFile(f.path);
    return `${f.kind} ${f.path} ${read.ok ? hash(read.text) : read.reason}`;
  });
  return hash(io.version, build, ...files);
}
