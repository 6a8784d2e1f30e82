/** `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it, with rule metadata and help links. */
import { ruleDocsUrl } from '../../core/docs-url';
import type { Rule, Severity } from '../../core/types';
import type { Row } from '../../host/lint-session';
import { batches, jsonFrame } from '../report';
import type { StreamFormatter } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** PascalCase name of a rule id (SARIF rule `name`, as validators expect). */
function pascal(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

const MARK = '\u0000results';

/** Formats a report as a SARIF 2.1.0 log. */
export function sarifFormatter(rules: readonly Rule[], version: string): StreamFormatter {
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
        results: [MARK],
      },
    ],
  };
  const frame = jsonFrame(log, MARK);
  const result = (file: string, f: Row) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  });
  return {
    begin: () => frame.head,
    *file(file, rows) {
      for (const batch of batches(rows)) yield frame.items(batch.map((r) => result(file, r)));
    },
    end: () => frame.tail() + '\n',
  };
}
