/** Findings in output form: paths relative to the current folder, 1-based lines and columns. */
import { compareFindings } from '../core/lint';
import { relativePath } from '../core/paths';
import { LineIndex } from '../core/text';
import type { Finding, Severity } from '../core/types';
import type { Workspace } from '../core/workspace';

/** One finding as every formatter prints it. */
export interface OutputFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
}

/** What a formatter receives. */
export interface Report {
  files: number;
  findings: OutputFinding[];
}

/** Converts engine findings to output findings, sorted by file, line, column and rule. */
export function toReport(findings: readonly Finding[], workspace: Workspace, cwd: string, files: number): Report {
  const indexes = new Map<string, LineIndex>();
  const out: OutputFinding[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    let lines = indexes.get(f.file);
    if (!lines) {
      lines = workspace.get(f.file)?.lines ?? new LineIndex('');
      indexes.set(f.file, lines);
    }
    const start = lines.positionAt(f.start);
    const end = lines.positionAt(f.end);
    out.push({
      file: relativePath(cwd, f.file),
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
    });
  }
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
  return { files, findings: out };
}
