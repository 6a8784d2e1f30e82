/**
 * Runs a piece of a test in a fresh Node process: the test bundle starts itself with the probe's name
 * in the environment. A native abort (exit 134) then fails one test instead of killing the runner,
 * and every probe starts from a clean heap, as a new CLI run does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PROBE_ENV = 'POLICY_NOTES_TEST_PROBE';

/** How a probe's process ended: its JSON result, or how it died. */
export interface ProbeOutcome<T> {
  value?: T;
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/**
 * Declares a probe. In the child (the bundle started with this probe's name) it runs `probe` on the
 * JSON argument read from stdin, prints the result and exits before any mocha code runs; in the
 * runner it returns a function that starts that child and waits for it (`timeoutMs` kills a hang).
 * Declare probes at the top of a test file, before `describe`.
 */
export function defineProbe<A, T>(name: string, probe: (arg: A) => T, timeoutMs = 60_000): (arg: A) => ProbeOutcome<T> {
  if (process.env[PROBE_ENV] === name) {
    const arg = JSON.parse(readFileSync(0, 'utf8')) as A;
    writeFileSync(1, JSON.stringify(probe(arg)));
    process.exit(0);
  }
  return (arg) => {
    const started = performance.now();
    const r = spawnSync(process.execPath, [__filename], {
      input: JSON.stringify(arg),
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, [PROBE_ENV]: name },
    });
    const ms = performance.now() - started;
    const outcome: ProbeOutcome<T> = { status: r.status, signal: r.signal, stderr: r.stderr ?? '', ms };
    if (r.status === 0 && r.stdout) outcome.value = JSON.parse(r.stdout) as T;
    return outcome;
  };
}

/** A one-line account of a probe that did not exit cleanly, for assertion messages. */
export function describeDeath(outcome: ProbeOutcome<unknown>): string {
  const last = outcome.stderr.trim().split('\n').filter((l) => /error|abort|fatal/i.test(l)).slice(0, 2).join(' | ');
  return `the probe process ended with ${outcome.signal ?? `exit ${outcome.status}`} after ${Math.round(outcome.ms)} ms${last ? `: ${last}` : ''}`;
}
