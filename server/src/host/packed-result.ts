/**
 * A file's result in the form a worker posts it: the rows' numbers in one typed array and their
 * messages in one string. Structured clone copies a typed array or a string in one piece but an array
 * of row objects object by object, which was a worker's largest cost after linting itself.
 */
import type { Severity } from '../core/types';
import type { FileResult, Row } from './lint-session';

/** A FileResult ready for postMessage. */
export interface PackedResult {
  path: string;
  named: string[];
  /** Per row: line, column, endLine, endColumn, rule label, severity label, message length. */
  numbers: Int32Array;
  /** The rule ids and severities the rows name, indexed by `numbers`. */
  labels: string[];
  /** Every row's message, one after another. */
  messages: string;
}

const FIELDS = 7;

/** Packs a result for posting to another thread. */
export function packResult(result: FileResult): PackedResult {
  const { rows } = result;
  const numbers = new Int32Array(rows.length * FIELDS);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const label = (s: string): number => {
    let i = labelIndex.get(s);
    if (i === undefined) labelIndex.set(s, (i = labels.push(s) - 1));
    return i;
  };
  const messages: string[] = [];
  rows.forEach((r, i) => {
    const k = i * FIELDS;
    numbers[k] = r.line;
    numbers[k + 1] = r.column;
    numbers[k + 2] = r.endLine;
    numbers[k + 3] = r.endColumn;
    numbers[k + 4] = label(r.rule);
    numbers[k + 5] = label(r.severity);
    numbers[k + 6] = r.message.length;
    messages.push(r.message);
  });
  return { path: result.path, named: result.named, numbers, labels, messages: messages.join('') };
}

/** Rebuilds the result a worker packed. */
export function unpackResult(packed: PackedResult): FileResult {
  const { numbers, labels, messages } = packed;
  const rows: Row[] = new Array(numbers.length / FIELDS);
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const k = i * FIELDS;
    const end = at + numbers[k + 6];
    rows[i] = { line: numbers[k], column: numbers[k + 1], endLine: numbers[k + 2], endColumn: numbers[k + 3], rule: labels[numbers[k + 4]], severity: labels[numbers[k + 5]] as Severity, message: messages.slice(at, end) };
    at = end;
  }
  return { path: packed.path, rows, named: packed.named };
}
