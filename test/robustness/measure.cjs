// Preloaded into each robustness child (`node --require`): reports the process's own peak RSS and
// CPU time on exit, on a marked stderr line the runner reads. An abort never gets here: a crash.
const { writeSync } = require('node:fs');
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\n@@robustness ${JSON.stringify({ rssMB: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
