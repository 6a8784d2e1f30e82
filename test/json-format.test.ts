/** `--format json` prints findings by hand; its text must equal `JSON.stringify(report, null, 2)` for any message or path. */
import { strict as assert } from 'node:assert';
import { jsonFormatter } from '../server/src/cli/formatters/json';
import type { Row } from '../server/src/host/lint-session';

const MESSAGES = ['plain', 'a "quoted" word', 'back\\slash', 'line\nbreak\ttab', 'curly “quotes” and emoji 🙂', 'separator \u2028 and \u0001 control', ''];

function rowsFor(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ line: i + 1, column: 2, endLine: i + 3, endColumn: 10, rule: 'claim-hedged', severity: i % 2 ? 'warning' : 'info', message: MESSAGES[i % MESSAGES.length] }));
}

function printed(files: Array<[string, Row[]]>): string {
  const format = jsonFormatter();
  let out = format.begin(files.length);
  for (const [file, rows] of files) for (const chunk of format.file(file, rows)) out += chunk;
  return out + format.end({ files: files.length, counts: { error: 0, warning: 0, info: 0, hint: 0 } });
}

function expected(files: Array<[string, Row[]]>): string {
  const findings = files.flatMap(([file, rows]) => rows.map((r) => ({ file, ...r })));
  return JSON.stringify({ version: 1, files: files.length, findings }, null, 2) + '\n';
}

describe('JSON output', () => {
  it('equals the pretty-printed report for tricky messages and paths, across row batches', () => {
    const files: Array<[string, Row[]]> = [['notes/a "b".md', rowsFor(3)], ['empty.md', []], ['dir\\c 🙂.md', rowsFor(1100)]];
    assert.equal(printed(files), expected(files));
  });
  it('prints an empty findings array when nothing is found', () => {
    const files: Array<[string, Row[]]> = [['a.md', []]];
    assert.equal(printed(files), expected(files));
  });
});
