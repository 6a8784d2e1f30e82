/**
 * What the server keeps of a file's latest findings. An open file's are kept whole: hover, code
 * actions and code lenses read them. A closed file's are kept compact: each finding's rule, severity
 * and span, and one digest of the rest, which is enough to tell whether a new lint changed what was
 * published, to count the totals and to flag timeline entries. Kept whole, 10,000 corpus notes'
 * findings took about 290 MB, the largest part of the server's memory.
 */
import type { FlaggingFinding } from '../core/timeline';
import type { Finding, Severity } from '../core/types';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
/** Rule ids by number: a closed file's findings store the number. */
const ruleIds: string[] = [];
const ruleNumbers = new Map<string, number>();

function ruleNumber(id: string): number {
  let n = ruleNumbers.get(id);
  if (n === undefined) {
    n = ruleIds.push(id) - 1;
    ruleNumbers.set(id, n);
  }
  return n;
}

/** A 53-bit hash of a string, continued from `seed` (cyrb53: two 32-bit lanes). */
function hash(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ (seed * 31);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The digest of what a list of findings publishes beyond rules, severities and spans: files, messages and fixes. */
function digest(findings: readonly Finding[]): number {
  let h = 0;
  for (const f of findings) {
    h = hash(f.file, h);
    h = hash(f.message, h);
    if (f.fix || f.suggestions) h = hash(JSON.stringify([f.fix, f.suggestions]), h);
  }
  return h;
}

/** A closed file's findings, compacted. */
export class CompactFindings {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly rules: Uint16Array;
  private readonly severities: Uint8Array;
  private readonly digest: number;
  /** How many of the findings are errors and warnings. */
  readonly errors: number;
  readonly warnings: number;

  constructor(findings: readonly Finding[]) {
    this.starts = Int32Array.from(findings, (f) => f.start);
    this.ends = Int32Array.from(findings, (f) => f.end);
    this.rules = Uint16Array.from(findings, (f) => ruleNumber(f.ruleId));
    this.severities = Uint8Array.from(findings, (f) => SEVERITIES.indexOf(f.severity));
    this.digest = digest(findings);
    ({ errors: this.errors, warnings: this.warnings } = countsOf(findings));
  }

  /** How many findings there are. */
  get length(): number {
    return this.starts.length;
  }

  /** Whether `findings` would publish the same diagnostics. */
  same(findings: readonly Finding[]): boolean {
    if (findings.length !== this.starts.length) return false;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      if (f.start !== this.starts[i] || f.end !== this.ends[i] || f.ruleId !== ruleIds[this.rules[i]] || f.severity !== SEVERITIES[this.severities[i]]) return false;
    }
    return digest(findings) === this.digest;
  }

  /** Each finding's rule and span, in order. */
  spans(): FlaggingFinding[] {
    return Array.from(this.starts, (start, i) => ({ ruleId: ruleIds[this.rules[i]], start, end: this.ends[i] }));
  }
}

/** A file's latest findings as the server keeps them. */
export type KeptFindings = readonly Finding[] | CompactFindings;

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

/** How to keep `findings`: whole for an open file, compact for a closed one. */
export function keepFindings(findings: readonly Finding[], whole: boolean): KeptFindings {
  return whole ? findings : new CompactFindings(findings);
}

/** Whether `findings` would publish what `kept` did (no findings kept counts as none published). */
export function sameAsKept(kept: KeptFindings | undefined, findings: readonly Finding[]): boolean {
  return kept instanceof CompactFindings ? kept.same(findings) : sameFindings(kept ?? [], findings);
}

/** How many kept findings are errors and warnings. */
export function countsOf(kept: KeptFindings): { errors: number; warnings: number } {
  if (kept instanceof CompactFindings) return { errors: kept.errors, warnings: kept.warnings };
  let errors = 0;
  let warnings = 0;
  for (const f of kept) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Each kept finding's rule and span. */
export function spansOf(kept: KeptFindings | undefined): readonly FlaggingFinding[] {
  return kept instanceof CompactFindings ? kept.spans() : (kept ?? []);
}
