/** `--format json`: exactly one JSON object, SPEC §5. */
import type { Report } from '../report';

/** Formats a report as the JSON of SPEC §5. */
export function formatJson(report: Report): string {
  return JSON.stringify({ version: 1, files: report.files, findings: report.findings }, null, 2) + '\n';
}
