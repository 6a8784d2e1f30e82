/** `timeline --format md`: a Markdown list grouped by month, for pasting into a note or an issue. */
import { groupByPeriod } from './timeline-groups';
import type { TimelineRow } from '../../core/timeline';

/** Formats timeline rows as Markdown. */
export function formatTimelineMd(rows: readonly TimelineRow[]): string {
  const out = ['# Timeline', ''];
  if (rows.length === 0) out.push('No dated statements.', '');
  for (const [period, group] of groupByPeriod(rows)) {
    out.push(`## ${period}`, '');
    for (const r of group) {
      const flags = r.flags.length > 0 ? ` **${r.flags.join(', ')}**` : '';
      const sources = r.sources.length > 0 ? ` [${r.sources.map((s) => `@${s}`).join('; ')}]` : '';
      const anchor = r.anchor ? ` (“${r.expression}”, from ${r.anchor})` : '';
      out.push(`- \`${r.value}\`${anchor} — ${r.text}${sources} — ${r.file}:${r.line}${flags}`);
    }
    out.push('');
  }
  return out.join('\n');
}
