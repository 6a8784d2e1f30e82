/**
 * Lints files on worker threads: each worker loads the shared files and the index once, then lints
 * the files it is sent. Parsing and linting are CPU-bound and independent per file, so they scale
 * with cores; results come back packed (see packed-result.ts).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { LintSession } from './lint-session';
import type { FileResult, SessionSpec } from './lint-session';
import { packResult, unpackResult } from './packed-result';
import type { PackedResult } from './packed-result';
import type { ProjectFile } from './project';

const WORKER_TAG = 'policyNotesLint';
/**
 * A worker's old-generation heap, in MB. Left alone, each worker's heap grows with the garbage of
 * thousands of notes; capped, it is collected sooner (10,000 notes: 404 → 301 MiB peak RSS, same
 * time). Notes above POOL_MAX_NOTE_CHARS are never sent to a worker, so the cap is never reached.
 */
const WORKER_HEAP_MB = 128;
/** Notes longer than this (in UTF-16 units) are linted in the main thread, whose heap is not capped. */
export const POOL_MAX_NOTE_CHARS = 512 * 1024;
/** Files in flight per worker: a second one keeps a worker busy while its last result travels back. */
const IN_FLIGHT = 2;

type Reply = { ok: true; result: PackedResult } | { ok: false; error: string };

interface Slot {
  worker: Worker;
  pending: Array<{ resolve: (r: FileResult) => void; reject: (e: Error) => void }>;
  /** Why the worker is gone (it failed or exited), once it is: it is sent nothing more. */
  gone?: Error;
}

/** Something that lints files: a session in this thread or a pool of workers. */
export interface Linter {
  lint(file: ProjectFile): Promise<FileResult>;
  close(): Promise<void>;
}

/** A linter over one session in this thread. */
export function inProcessLinter(spec: SessionSpec, session = new LintSession(spec)): Linter {
  return { lint: async (file) => session.lint(file), close: async () => undefined };
}

/**
 * A pool of `size` workers running `script` (the bundled CLI, which serves as a worker when started
 * as one). Workers start loading at once; `start` gives them the session, so the caller can build
 * the index meanwhile.
 */
export class LintPool implements Linter {
  private readonly slots: Slot[];
  private readonly queue: Array<{ file: ProjectFile; resolve: (r: FileResult) => void; reject: (e: Error) => void }> = [];
  private started = false;

  constructor(script: string, size: number) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: { [WORKER_TAG]: true }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), pending: [] };
      slot.worker.on('message', (reply: Reply) => {
        const task = slot.pending.shift();
        if (reply.ok) task?.resolve(unpackResult(reply.result));
        else task?.reject(new Error(reply.error));
        this.pump();
      });
      const lost = (err: Error): void => {
        slot.gone ??= err;
        for (const task of slot.pending.splice(0)) task.reject(slot.gone);
        this.pump();
      };
      slot.worker.on('error', lost);
      slot.worker.on('exit', (code) => lost(new Error(`a lint worker stopped (exit code ${code})`)));
      return slot;
    });
  }

  /** Sends every worker the session to lint with; files queued before wait for it. */
  start(spec: SessionSpec): void {
    for (const slot of this.slots) slot.worker.postMessage(spec);
    this.started = true;
    this.pump();
  }

  /** Queues one file; results resolve as workers finish them. */
  lint(file: ProjectFile): Promise<FileResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ file, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    // With every worker gone, what is queued would wait forever.
    const gone = this.slots.length > 0 && this.slots.every((s) => s.gone) ? this.slots[0].gone : undefined;
    if (gone) for (const task of this.queue.splice(0)) task.reject(gone);
    if (!this.started) return;
    for (const slot of this.slots) {
      while (!slot.gone && slot.pending.length < IN_FLIGHT && this.queue.length > 0) {
        const task = this.queue.shift()!;
        slot.pending.push(task);
        slot.worker.postMessage(task.file);
      }
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** True in a thread that a LintPool started; it then serves files until terminated. */
export function serveLintWorker(): boolean {
  if (isMainThread || !parentPort || !workerData?.[WORKER_TAG]) return false;
  const port = parentPort;
  let session: LintSession | undefined;
  port.on('message', (message: SessionSpec | ProjectFile) => {
    let reply: Reply;
    try {
      if (!session) {
        session = new LintSession(message as SessionSpec);
        return;
      }
      reply = { ok: true, result: packResult(session.lint(message as ProjectFile)) };
    } catch (err) {
      reply = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
  return true;
}
