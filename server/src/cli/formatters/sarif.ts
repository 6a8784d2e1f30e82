/** `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it, with rule metadata and help links. */
import { ruleDocsUrl } from '../../core/docs-url';
import type { Rule, Severity } from '../../core/types';
import type { Report } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** PascalCase name of a rule id (SARIF rule `name`, as validators expect). */
function pascal(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

/** Formats a report as a SARIF 2.1.0 log. */
export function formatSarif(report: Report, rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-notes',
            version,
            informationUri: 'https://github.com/policy-notes/policy-notes',
            rules: rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.rationale },
              helpUri: ruleDocsUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
