// Turns the timed runs of one tool on one corpus into the reported figures, and compares tools.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (x, digits) => Number(x.toFixed(digits));

/** Figures for `runs` (results of measure()) of a tool on a corpus of `notes` notes and `bytes` bytes. */
export function summarize(runs, { notes, bytes }, outcome) {
  const wall = runs.map((r) => r.wallMs / 1000);
  const wallS = median(wall);
  return {
    runs: runs.length,
    wallS: { median: round(wallS, 3), min: round(Math.min(...wall), 3), max: round(Math.max(...wall), 3) },
    cpuS: round(median(runs.map((r) => r.cpuMs / 1000)), 3),
    notesPerS: round(notes / wallS, 1),
    mbPerS: round(bytes / 1e6 / wallS, 2),
    peakRssMiB: round(Math.max(...runs.map((r) => r.peakRssKiB)) / 1024, 1),
    exitCodes: [...new Set(runs.map((r) => r.code))],
    ...outcome,
  };
}

/** a / b on median wall time and on median CPU time. */
export function ratio(a, b) {
  return { wall: round(a.wallS.median / b.wallS.median, 2), cpu: round(a.cpuS / b.cpuS, 2) };
}
