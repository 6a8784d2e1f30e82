/** `--format stylish`: findings grouped by file, as ESLint prints them; colour only on a terminal. */
import type { Severity } from '../../core/types';
import { batches } from '../report';
import type { StreamFormatter } from '../report';

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  hint: ['\x1b[90m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

/** Formats a report for people. */
export function stylishFormatter(color: boolean): StreamFormatter {
  const paint = (kind: keyof typeof COLORS, s: string): string => (color ? COLORS[kind][0] + s + COLORS[kind][1] : s);
  return {
    begin: () => '',
    *file(file, rows) {
      if (rows.length === 0) return;
      let posWidth = 0;
      for (const f of rows) posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
      yield paint('bold', file);
      for (const batch of batches(rows)) {
        let out = '';
        for (const f of batch) out += `\n  ${paint('dim', `${f.line}:${f.column}`.padEnd(posWidth))}  ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', f.rule)}`;
        yield out;
      }
      yield '\n\n';
    },
    end: ({ files, counts }) => {
      const total = counts.error + counts.warning + counts.info + counts.hint;
      const plural = (n: number, s: string): string => `${n} ${s}${n === 1 ? '' : 's'}`;
      if (total === 0) return `No problems in ${plural(files, 'file')}.\n`;
      const parts = (['error', 'warning', 'info', 'hint'] as Severity[]).map((s) => plural(counts[s], s));
      return paint(counts.error > 0 ? 'error' : 'warning', `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(files, 'file')}`) + '\n';
    },
  };
}
