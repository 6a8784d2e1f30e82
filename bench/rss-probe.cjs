// Preloaded into every measured Node child (`node -r bench/rss-probe.cjs …`). When the process exits
// it writes its own peak RSS and CPU time as JSON to the file named by $BENCH_PROBE_OUT.
// Peak RSS is VmHWM from /proc/self/status: the high-water mark of this process's own memory since
// exec (getrusage's ru_maxrss would also count the parent's memory inherited at fork). Where /proc
// is missing (macOS), process.resourceUsage().maxRSS is used instead.
const { readFileSync, writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

function peakRssKiB() {
  try {
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

const out = process.env.BENCH_PROBE_OUT;
if (out && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ peakRssKiB: peakRssKiB(), userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
