/** `--format json`: exactly one JSON object, SPEC §5. */
import { batches, jsonFrame } from '../report';
import type { StreamFormatter } from '../report';
import type { Row } from '../../host/lint-session';

const MARK = '\u0000findings';

/**
 * One finding as `JSON.stringify({ file, ...row }, null, 2)` prints it at `indent` (keys in the order
 * of SPEC §5), written out directly: the generic pretty-printer was most of a large report's print time.
 */
function findingText(fileJson: string, r: Row, indent: string): string {
  const sep = `,\n${indent}  `;
  return `{\n${indent}  "file": ${fileJson}${sep}"line": ${r.line}${sep}"column": ${r.column}${sep}"endLine": ${r.endLine}${sep}"endColumn": ${r.endColumn}${sep}"rule": ${JSON.stringify(r.rule)}${sep}"severity": ${JSON.stringify(r.severity)}${sep}"message": ${JSON.stringify(r.message)}\n${indent}}`;
}

/** Formats a report as the JSON of SPEC §5. */
export function jsonFormatter(): StreamFormatter {
  let frame: ReturnType<typeof jsonFrame>;
  return {
    begin: (files) => {
      frame = jsonFrame({ version: 1, files, findings: [MARK] }, MARK);
      return frame.head;
    },
    *file(file, rows) {
      const fileJson = JSON.stringify(file);
      for (const batch of batches(rows)) yield frame.texts(batch.map((r) => findingText(fileJson, r, frame.indent)));
    },
    end: () => frame.tail() + '\n',
  };
}
