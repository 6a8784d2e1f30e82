/**
 * The lint queue: files whose findings may have changed, linted in short slices so requests (hover,
 * completion) are answered between them. Open files go first. Diagnostics are published only when
 * they changed.
 */
import { compareFindings } from '../core/lint';
import type { Finding } from '../core/types';
import type { Session } from './session';

/** Totals over the latest findings of every file. */
export interface Totals {
  files: number;
  errors: number;
  warnings: number;
}

/** How long one slice of linting may hold the event loop, in milliseconds. */
const SLICE_MS = 20;

/** Whether two finding lists would publish the same diagnostics (fixes compared only where all else is equal). */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.ruleId !== y.ruleId || x.severity !== y.severity || x.message !== y.message || x.file !== y.file) return false;
    if ((x.fix || y.fix || x.suggestions || y.suggestions) && JSON.stringify([x.fix, x.suggestions]) !== JSON.stringify([y.fix, y.suggestions])) return false;
  }
  return true;
}

/** Lints scheduled files in slices and hands each changed result to `publish`. */
export class LintQueue {
  private readonly openPending = new Set<string>();
  private readonly pending = new Set<string>();
  private readonly latest = new Map<string, Finding[]>();
  /** Editor-only problems (schema checks) published beside the findings. */
  private readonly latestExtra = new Map<string, Finding[]>();
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];
  /** When false, nothing is linted or published (the `policyNotes.enable` setting). */
  enabled = true;

  constructor(
    private readonly session: Session,
    private readonly publish: (path: string, findings: readonly Finding[]) => void,
    private readonly onIdle: () => void = () => {},
    private readonly extra: (path: string, findings: readonly Finding[]) => Finding[] = () => [],
  ) {}

  /** Queues files for linting. */
  schedule(paths: Iterable<string>): void {
    for (const p of paths) (this.session.isOpen(p) ? this.openPending : this.pending).add(p);
    this.kick();
  }

  /** The latest findings of a file, linting it now if it is queued (requests need current findings). */
  findings(path: string): readonly Finding[] {
    if (this.openPending.has(path) || this.pending.has(path)) this.lintOne(path);
    return this.latest.get(path) ?? [];
  }

  /** Totals over all files linted so far. */
  totals(): Totals {
    let errors = 0;
    let warnings = 0;
    for (const list of this.latest.values()) {
      for (const f of list) {
        if (f.severity === 'error') errors++;
        else if (f.severity === 'warning') warnings++;
      }
    }
    return { files: this.latest.size, errors, warnings };
  }

  /** Whether work is queued. */
  get busy(): boolean {
    return this.openPending.size + this.pending.size > 0;
  }

  /** Resolves when the queue is empty. */
  idle(): Promise<void> {
    return this.busy || this.scheduled ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  /** Clears every published diagnostic (disabled, or the index is being rebuilt). */
  clear(): void {
    for (const path of new Set([...this.latest.keys(), ...this.latestExtra.keys()])) this.publish(path, []);
    this.latest.clear();
    this.latestExtra.clear();
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  private lintOne(path: string): void {
    this.openPending.delete(path);
    this.pending.delete(path);
    if (!this.enabled) return;
    const findings = this.session.lint(path);
    const extra = this.extra(path, findings);
    // Unchanged findings (a clean file that never had any, too) need no message.
    if (sameFindings(this.latest.get(path) ?? [], findings) && sameFindings(this.latestExtra.get(path) ?? [], extra)) return;
    for (const [map, list] of [[this.latest, findings], [this.latestExtra, extra]] as const) {
      if (list.length > 0) map.set(path, list);
      else map.delete(path);
    }
    this.publish(path, extra.length ? [...findings, ...extra].sort(compareFindings) : findings);
  }

  private drain(): void {
    const deadline = performance.now() + SLICE_MS;
    while (performance.now() < deadline) {
      const next = this.openPending.values().next();
      const path = next.done ? this.pending.values().next().value : next.value;
      if (path === undefined) break;
      this.lintOne(path);
    }
    if (this.busy) {
      setImmediate(() => this.drain());
      return;
    }
    this.scheduled = false;
    this.onIdle();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
