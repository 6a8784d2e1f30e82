// Runs one Node script as a child process and measures it: wall time from spawn to exit, and peak
// RSS and CPU time as reported by rss-probe.cjs, which is preloaded into the child. The child's
// stdout and stderr go to a log file, which the caller may read (markdownlint's summary is there).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./rss-probe.cjs', import.meta.url));

/**
 * Runs `node -r rss-probe.cjs script ...args` in `cwd`. Fails unless the exit status is in `okCodes`.
 * Returns { wallMs, cpuMs, peakRssKiB, code, log } (log = the child's output).
 */
export async function measure({ script, args, cwd, okCodes, tmpDir }) {
  const probeFile = join(tmpDir, 'probe.json');
  const logFile = join(tmpDir, 'child.log');
  rmSync(probeFile, { force: true });
  const fd = openSync(logFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-r', PROBE, script, ...args], {
    cwd,
    env: { ...process.env, BENCH_PROBE_OUT: probeFile },
    stdio: ['ignore', fd, fd],
  });
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (status, signal) => resolve(signal ?? status));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(fd);
  const log = readFileSync(logFile, 'utf8');
  if (!okCodes.includes(code)) {
    throw new Error(`${script} ${args.join(' ')} (in ${cwd}) ended with ${code}:\n${log.slice(-2000)}`);
  }
  const probe = JSON.parse(readFileSync(probeFile, 'utf8'));
  return { wallMs, cpuMs: probe.userMs + probe.systemMs, peakRssKiB: probe.peakRssKiB, code, log };
}
