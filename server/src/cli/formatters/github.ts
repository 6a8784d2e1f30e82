/** `--format github`: GitHub Actions workflow commands that annotate the pull request. */
import type { Severity } from '../../core/types';
import { batches } from '../report';
import type { StreamFormatter } from '../report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats a report as `::error file=…,line=…,col=…,title=RULE::message` lines. */
export function githubFormatter(): StreamFormatter {
  return {
    begin: () => '',
    *file(file, rows) {
      for (const batch of batches(rows)) {
        yield batch
          .map((f) => {
            const props = [`file=${escapeProperty(file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.rule)}`];
            return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
          })
          .join('');
      }
    },
    end: () => '',
  };
}
