/** `--format json`: exactly one JSON object, SPEC §5. */
import { batches, jsonFrame, outputFinding } from '../report';
import type { StreamFormatter } from '../report';

const MARK = '\u0000findings';

/** Formats a report as the JSON of SPEC §5. */
export function jsonFormatter(): StreamFormatter {
  let frame: ReturnType<typeof jsonFrame>;
  return {
    begin: (files) => {
      frame = jsonFrame({ version: 1, files, findings: [MARK] }, MARK);
      return frame.head;
    },
    *file(file, rows) {
      for (const batch of batches(rows)) yield frame.items(batch.map((r) => outputFinding(file, r)));
    },
    end: () => frame.tail() + '\n',
  };
}
