// The programs the benchmark times on a corpus: this CLI, markdownlint-cli2 (default rules, no
// config) and the parse-only floor. Each runs with the corpus folder as its working directory, so
// no config or .gitignore from the repository applies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const MARKDOWNLINT_DIR = join(REPO, 'node_modules/markdownlint-cli2');

/** The tool list; `only` = 'cli' keeps just this CLI. `cliPath` is the bundled CLI to time. */
export function tools(cliPath, only) {
  const markdownlint = JSON.parse(readFileSync(join(MARKDOWNLINT_DIR, 'package.json'), 'utf8'));
  const all = [
    {
      id: 'cli',
      label: 'policy-notes check',
      script: cliPath,
      args: (tmp) => ['check', '.', '--format', 'json', '--output', join(tmp, 'report.json')],
      command: 'node CLI check . --format json --output TMP/report.json',
      okCodes: [0, 1],
      /** Findings and files checked, from the JSON report. */
      outcome: (_run, tmp) => {
        const report = JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8'));
        return { findings: report.findings.length, filesChecked: report.files };
      },
    },
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
  return only === 'cli' ? all.slice(0, 1) : all;
}
