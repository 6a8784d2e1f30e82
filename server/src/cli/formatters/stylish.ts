/** `--format stylish`: findings grouped by file, as ESLint prints them; colour only on a terminal. */
import type { Severity } from '../../core/types';
import type { Report } from '../report';

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  hint: ['\x1b[90m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

/** Formats a report for people. */
export function formatStylish(report: Report, color: boolean): string {
  const paint = (kind: keyof typeof COLORS, s: string): string => (color ? COLORS[kind][0] + s + COLORS[kind][1] : s);
  const groups = new Map<string, Report['findings']>();
  for (const f of report.findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  const out: string[] = [];
  for (const [file, findings] of groups) {
    out.push(paint('bold', file));
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of findings) {
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      out.push(`  ${paint('dim', pos)}  ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', f.rule)}`);
    }
    out.push('');
  }
  const count = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  const total = report.findings.length;
  if (total === 0) out.push(`No problems in ${report.files} file${report.files === 1 ? '' : 's'}.`);
  else {
    const parts = (['error', 'warning', 'info', 'hint'] as Severity[]).map((s) => `${count(s)} ${s}${count(s) === 1 ? '' : 's'}`);
    out.push(paint(count('error') > 0 ? 'error' : 'warning', `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${report.files} file${report.files === 1 ? '' : 's'}`));
  }
  return out.join('\n') + '\n';
}
