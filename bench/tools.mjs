// The programs the benchmark times on a corpus: this CLI, markdownlint-cli2 (default rules, no
// config) and the parse-only floor. Each runs with the corpus folder as its working directory, so
// no config or .gitignore from the repository applies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const MARKDOWNLINT_DIR = join(REPO, 'node_modules/markdownlint-cli2');

/**
 * The tool list; `only` = 'cli' keeps just the CLI's variants. `cliPath` is the bundled CLI to time.
 * CLI variants: default (worker threads on large runs), one thread, and a warm `--cache`.
 */
export function tools(cliPath, only) {
  /** A CLI variant: `extra` flags (CACHE = a cache folder per corpus), its report written to TMP/`reportFile`. */
  const cliTool = (id, label, extra, reportFile) => ({
    id,
    label,
    script: cliPath,
    args: (tmp, corpusId) => ['check', '.', '--format', 'json', '--output', join(tmp, reportFile), ...extra.map((a) => (a === 'CACHE' ? join(tmp, `cache-${corpusId}`) : a))],
    command: ['node CLI check . --format json --output TMP/' + reportFile, ...extra.map((a) => (a === 'CACHE' ? 'TMP/cache' : a))].join(' '),
    okCodes: [0, 1],
    /** Findings and files checked, from the JSON report. */
    outcome: (_run, tmp) => {
      const report = JSON.parse(readFileSync(join(tmp, reportFile), 'utf8'));
      return { findings: report.findings.length, filesChecked: report.files };
    },
  });
  const markdownlint = JSON.parse(readFileSync(join(MARKDOWNLINT_DIR, 'package.json'), 'utf8'));
  const all = [
    cliTool('cli', 'policy-notes check', [], 'report.json'),
    cliTool('cli-1thread', 'policy-notes check --jobs 1 (one thread)', ['--jobs', '1'], 'report-1thread.json'),
    // The warm-up run fills the cache; counted runs find every note unchanged.
    cliTool('cli-cached', 'policy-notes check --cache (warm)', ['--cache-location', 'CACHE'], 'report-cached.json'),
    {
      id: 'markdownlint',
      label: `markdownlint-cli2 ${markdownlint.version}`,
      script: join(MARKDOWNLINT_DIR, markdownlint.bin['markdownlint-cli2']),
      args: () => ['**/*.md'],
      command: 'markdownlint-cli2 "**/*.md"',
      okCodes: [0, 1],
      outcome: (run) => ({ findings: Number(/^Summary: (\d+) error/m.exec(run.log)?.[1] ?? 0) }),
    },
    {
      id: 'floor',
      label: 'floor: yaml + markdown-it',
      script: join(REPO, 'bench/floor.mjs'),
      args: () => ['.'],
      command: 'node bench/floor.mjs .',
      okCodes: [0],
      outcome: (run) => ({ filesChecked: JSON.parse(run.log).files }),
    },
  ];
  return only === 'cli' ? all.filter((t) => t.id.startsWith('cli')) : all;
}
