/** A worker's packed result unpacks to the rows it packed, whatever the messages hold. */
import { strict as assert } from 'node:assert';
import { packResult, unpackResult } from '../server/src/host/packed-result';
import type { FileResult } from '../server/src/host/lint-session';

describe('packed worker results', () => {
  it('round-trips rows, labels and messages (empty, astral, with NUL)', () => {
    const result: FileResult = {
      path: '/w/a.md',
      named: ['/w/refs.bib'],
      rows: [
        { line: 1, column: 1, endLine: 1, endColumn: 5, rule: 'claim-hedged', severity: 'info', message: 'first' },
        { line: 2, column: 3, endLine: 4, endColumn: 1, rule: 'date-conflict', severity: 'warning', message: '' },
        { line: 9, column: 7, endLine: 9, endColumn: 8, rule: 'claim-hedged', severity: 'error', message: 'emoji 🙂 and \u0000 NUL “quoted”' },
      ],
    };
    const packed = packResult(result);
    assert.deepEqual(packed.labels, ['claim-hedged', 'info', 'date-conflict', 'warning', 'error']);
    assert.deepEqual(unpackResult(structuredClone(packed)), result);
  });
  it('round-trips a file without findings', () => {
    const result: FileResult = { path: '/w/b.md', named: [], rows: [] };
    assert.deepEqual(unpackResult(packResult(result)), result);
  });
});
