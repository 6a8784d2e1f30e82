/**
 * The shape of a formatter that prints findings (rows: 1-based lines and columns) file by file, so a
 * report never has to be held whole, and the JSON framing the JSON and SARIF formatters share.
 */
import type { Severity } from '../core/types';
import type { Row } from '../host/lint-session';

/** Counts a formatter's closing line needs. */
export interface ReportSummary {
  files: number;
  counts: Record<Severity, number>;
}

/**
 * A formatter that writes a report in pieces: files arrive in output order, each with its sorted rows,
 * and a file's text comes in chunks of at most ROW_BATCH rows, so the text of a note with fifty
 * thousand findings is written while it is young instead of being held and copied by the collector.
 */
export interface StreamFormatter {
  begin(files: number): string;
  file(file: string, rows: readonly Row[]): Iterable<string>;
  end(summary: ReportSummary): string;
}

/** How many rows a formatter turns into text at a time. */
const ROW_BATCH = 512;

/** A file's rows, ROW_BATCH at a time. */
export function* batches<T>(rows: readonly T[]): Generator<readonly T[]> {
  for (let k = 0; k < rows.length; k += ROW_BATCH) yield rows.slice(k, k + ROW_BATCH);
}

/**
 * Splits `JSON.stringify(wrapper, null, 2)` around the array that holds `mark`, so the array's items
 * can be written a few at a time and the whole is byte-identical to stringifying it at once.
 * `items` pretty-prints values; `texts` takes items already printed at the array's `indent`.
 */
export function jsonFrame(wrapper: unknown, mark: string): { head: string; indent: string; items: (values: readonly unknown[]) => string; texts: (texts: readonly string[]) => string; tail: () => string } {
  const text = JSON.stringify(wrapper, null, 2);
  const quoted = JSON.stringify(mark);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = text.slice(lineStart, at);
  const rest = text.slice(at + quoted.length);
  let empty = true;
  const texts = (printed: readonly string[]): string => {
    let out = '';
    for (const item of printed) {
      out += `${empty ? '' : ','}\n${indent}${item}`;
      empty = false;
    }
    return out;
  };
  return {
    head: text.slice(0, lineStart - 1),
    indent,
    items: (values) => texts(values.map((value) => JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent))),
    texts,
    tail: () => (empty ? ']' + rest.slice(rest.indexOf(']') + 1) : rest),
  };
}
