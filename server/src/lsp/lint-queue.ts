/**
 * The lint queue: files whose findings may have changed, linted in short slices so requests (hover,
 * completion) are answered between them. Open files go first. Diagnostics are published only when
 * they changed.
 */
import { compareFindings } from '../core/lint';
import type { FlaggingFinding } from '../core/timeline';
import type { Finding } from '../core/types';
import { CompactFindings, countsOf, keepFindings, sameAsKept, spansOf } from './kept-findings';
import type { KeptFindings } from './kept-findings';
import type { Session } from './session';

/** Totals over the latest findings of every file. */
export interface Totals {
  files: number;
  errors: number;
  warnings: number;
}

/** How long one slice of linting may hold the event loop, in milliseconds. */
const SLICE_MS = 20;

/** Lints scheduled files in slices and hands each changed result to `publish`. */
export class LintQueue {
  private readonly openPending = new Set<string>();
  private readonly pending = new Set<string>();
  /** Each file's latest findings: whole for an open file, compact for a closed one (see kept-findings.ts). */
  private readonly latest = new Map<string, KeptFindings>();
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
    const fresh = this.queued(path) ? this.lintOne(path) : undefined;
    if (fresh) return fresh;
    const kept = this.latest.get(path);
    // A closed file keeps its findings compact; linted again, unchanged, they are the ones published.
    return kept instanceof CompactFindings ? this.session.lint(path) : (kept ?? []);
  }

  /** Each latest finding's rule and span (what timeline flags read), linting the file now if it is queued. */
  spans(path: string): readonly FlaggingFinding[] {
    if (this.queued(path)) this.lintOne(path);
    return spansOf(this.latest.get(path));
  }

  /** Totals over all files linted so far. */
  totals(): Totals {
    let errors = 0;
    let warnings = 0;
    for (const kept of this.latest.values()) {
      const counts = countsOf(kept);
      errors += counts.errors;
      warnings += counts.warnings;
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

  /** Publishes again the diagnostics of every file with more than `count` problems (the limit on how many are shown changed). */
  republish(count: number): void {
    for (const path of this.publishedPaths()) {
      const extra = this.latestExtra.get(path) ?? [];
      if ((this.latest.get(path)?.length ?? 0) + extra.length <= count) continue;
      this.publishWith(path, this.findings(path), extra);
    }
  }

  /** Clears every published diagnostic (disabled, or the index is being rebuilt). */
  clear(): void {
    for (const path of this.publishedPaths()) this.publish(path, []);
    this.latest.clear();
    this.latestExtra.clear();
  }

  /** Every file with diagnostics published. */
  private publishedPaths(): Set<string> {
    return new Set([...this.latest.keys(), ...this.latestExtra.keys()]);
  }

  /** Publishes a file's findings with its editor-only problems among them. */
  private publishWith(path: string, findings: readonly Finding[], extra: readonly Finding[]): void {
    this.publish(path, extra.length ? [...findings, ...extra].sort(compareFindings) : findings);
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  private queued(path: string): boolean {
    return this.openPending.has(path) || this.pending.has(path);
  }

  /** Lints a file and publishes its diagnostics if they changed; returns its findings (none when disabled). */
  private lintOne(path: string): readonly Finding[] | undefined {
    this.openPending.delete(path);
    this.pending.delete(path);
    if (!this.enabled) return undefined;
    const findings = this.session.lint(path);
    const extra = this.extra(path, findings);
    const kept = this.latest.get(path);
    const whole = this.session.isOpen(path);
    // Unchanged findings (a clean file that never had any, too) need no message.
    const unchanged = sameAsKept(kept, findings) && sameAsKept(this.latestExtra.get(path), extra);
    // A file opened or closed since keeps the same findings in its other form.
    if (unchanged && (kept === undefined || whole === !(kept instanceof CompactFindings))) return findings;
    if (findings.length > 0) this.latest.set(path, keepFindings(findings, whole));
    else this.latest.delete(path);
    if (extra.length > 0) this.latestExtra.set(path, extra);
    else this.latestExtra.delete(path);
    if (!unchanged) this.publishWith(path, findings, extra);
    return findings;
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
