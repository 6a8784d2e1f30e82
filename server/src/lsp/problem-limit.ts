/**
 * `policyNotes.maxNumberOfProblems`: which of a file's findings are published when it has more. VS
 * Code keeps at most 1,000 diagnostics per file (errors first, then warnings, information, hints, each
 * in the order sent) and drops the rest after they were sent, parsed and converted; the server makes
 * the same choice first, so a long note costs per keystroke only what the editor shows.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The findings to publish under a limit of `max` problems (0: no limit), in their order: when there
 * are more, `max - 1` of them, most severe first, and a place left for the notice of the rest.
 */
export function shownFindings(findings: readonly Finding[], max: number): { shown: readonly Finding[]; hidden: number } {
  if (max <= 0 || findings.length <= max) return { shown: findings, hidden: 0 };
  const counts = [0, 0, 0, 0];
  for (const f of findings) counts[RANK[f.severity]]++;
  // Every finding more severe than `cut` is shown, and the first `left` of severity `cut`.
  let cut = 0;
  let left = max - 1;
  while (counts[cut] <= left) left -= counts[cut++];
  const shown: Finding[] = [];
  for (const f of findings) {
    const rank = RANK[f.severity];
    if (rank < cut || (rank === cut && left-- > 0)) shown.push(f);
  }
  return { shown, hidden: findings.length - shown.length };
}

/** The diagnostic that says how many problems the limit holds back, at the top of the file. */
export function hiddenNotice(hidden: number, max: number): Diagnostic {
  const more = hidden === 1 ? '1 more problem is' : `${hidden.toLocaleString('en-US')} more problems are`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `${more} not shown: at most ${max.toLocaleString('en-US')} are shown per file, errors first (policyNotes.maxNumberOfProblems). \`policy-notes check\` lists them all.`,
    severity: DiagnosticSeverity.Information,
    source: 'policy-notes',
  };
}
