/** `timeline --format json`: `{"version": 1, "entries": [...]}` as SPEC §5 gives it. */
import type { TimelineRow } from '../../core/timeline';

/** Formats timeline rows as the JSON of SPEC §5. */
export function formatTimelineJson(rows: readonly TimelineRow[]): string {
  const entries = rows.map((r) => ({ file: r.file, line: r.line, column: r.column, text: r.text, value: r.value, anchor: r.anchor, sources: r.sources }));
  return JSON.stringify({ version: 1, entries }, null, 2) + '\n';
}
