// Renders the benchmark result object as a human-readable Markdown table with its context lines.

const fmt = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The long-note runs of a result, named: the note's shape, and which diagnostics the client takes. */
export function longNoteRuns(lsp) {
  return [
    ['wrapped at 80', lsp.longNote],
    ['soft-wrapped', lsp.longNoteSoftWrapped],
    ['wrapped at 80, every diagnostic', lsp.longNoteAll],
    ['soft-wrapped, every diagnostic', lsp.longNoteSoftWrappedAll],
  ].filter(([, r]) => r);
}

/** The result as a Markdown table with its context lines. */
export function formatTable(result) {
  const L = [];
  L.push(`Policy Notes benchmark, ${result.date}`);
  L.push(`Node ${result.node}, ${result.cpus} × ${result.cpuModel}; load average ${result.loadavg.before} before, ${result.loadavg.after} after`);
  L.push(`Median of ${result.runs} runs after ${result.warmupRuns} warm-up run, tools interleaved; CLI: ${result.cli}`);
  L.push('');
  L.push('| corpus | tool | median wall s (min–max) | cpu s | notes/s | MB/s | peak RSS MiB | exit | findings |');
  L.push('|---|---|---|---|---|---|---|---|---|');
  for (const c of result.corpora) {
    for (const [id, t] of Object.entries(c.tools)) {
      const wall = `**${fmt(t.wallS.median, 2)}** (${fmt(t.wallS.min, 2)}–${fmt(t.wallS.max, 2)})`;
      const findings = t.findings === undefined ? '–' : fmt(t.findings, 0);
      L.push(`| ${c.id} | ${result.tools[id]} | ${wall} | ${fmt(t.cpuS, 2)} | ${fmt(t.notesPerS, 1)} | ${fmt(t.mbPerS, 2)} | ${fmt(t.peakRssMiB, 0)} | ${t.exitCodes.join(',')} | ${findings} |`);
    }
  }
  const ratioRows = result.corpora.flatMap((c) => Object.entries(c.ratios).map(([name, r]) => `| ${c.id} | ${name} | ${fmt(r.wall, 2)} | ${fmt(r.cpu, 2)} |`));
  if (ratioRows.length) {
    L.push('', '| corpus | ratio | wall | cpu |', '|---|---|---|---|', ...ratioRows);
  }
  const lsp = result.languageServer;
  if (lsp) {
    L.push('', '| language server | size | diagnostics | edit → diagnostics p50 / p95 ms | hover p50 / p95 ms | hover right after an edit p50 / p95 ms | peak RSS MiB |', '|---|---|---|---|---|---|---|');
    for (const [name, r] of longNoteRuns(lsp)) {
      L.push(`| 5,000-line note, ${name} | ${fmt(r.kib, 0)} KiB | ${fmt(r.diagnostics, 0)} | ${fmt(r.edit.p50, 1)} / **${fmt(r.edit.p95, 1)}** (${r.edit.runs} edits) | ${fmt(r.hover.p50, 1)} / **${fmt(r.hover.p95, 1)}** | ${r.hoverAfterEdit ? `${fmt(r.hoverAfterEdit.p50, 1)} / ${fmt(r.hoverAfterEdit.p95, 1)}` : '—'} | ${fmt(r.peakRssMiB, 0)} |`);
    }
    const w = lsp.workspace10k;
    if (w) L.push('', `Language server on ${fmt(w.notes, 0)} notes: the open note's first diagnostics **${fmt(w.firstDiagnosticsMs, 0)} ms**, the whole workspace indexed and linted ${fmt(w.wholeWorkspaceMs / 1000, 1)} s, peak RSS ${fmt(w.peakRssMiB, 0)} MiB.`);
  }
  L.push('', '| target | measured | limit | met |', '|---|---|---|---|');
  for (const t of result.targets) L.push(`| ${t.name} | ${t.value === null ? '–' : fmt(t.value, 2) + ' ' + t.unit} | ≤ ${t.limit} ${t.unit} | ${t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'} |`);
  if (result.host) {
    L.push('', `Host speed: the floor took ${fmt(result.host.floor1kS, 2)} s on 1,000 notes, ${fmt(result.host.slowerBy, 2)} × the ${fmt(result.host.referenceFloor1kS, 1)} s of the machine the absolute limits (s, ms) were set on.`);
  }
  const identical = result.corpora.filter((c) => c.reportsIdentical !== undefined).map((c) => `${c.id} ${c.reportsIdentical ? 'yes' : '**NO**'}`);
  if (identical.length) L.push('', `CLI variants wrote byte-identical reports: ${identical.join(', ')}`);
  L.push('');
  L.push('Corpora: ' + result.corpora.map((c) => `${c.id} = ${fmt(c.notes, 0)} note${c.notes === 1 ? '' : 's'}, ${fmt(c.bytes / 1e6, 2)} MB (${c.dir})`).join('; '));
  for (const [k, v] of Object.entries(result.method)) L.push(`${k}: ${v}`);
  return L.join('\n') + '\n';
}
