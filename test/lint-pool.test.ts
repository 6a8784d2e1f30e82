/** The worker pool fails what it cannot do, rather than leaving the run waiting for a worker that is gone. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LintPool } from '../server/src/host/lint-pool';
import type { SessionSpec } from '../server/src/host/lint-session';

const SPEC: SessionSpec = { root: '/w', shared: [], notePaths: [], index: [] };

describe('lint pool', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'policy-notes-pool-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [what, body] of [
    ['exits', 'process.exit(3);'],
    ['throws while loading', "throw new Error('broken worker');"],
  ]) {
    it(`rejects every file, sent or queued, when its only worker ${what}`, async () => {
      const script = join(dir, `${what.split(' ')[0]}.js`);
      writeFileSync(script, body);
      const pool = new LintPool(script, 1);
      pool.start(SPEC);
      // More files than a worker takes at once: some wait in the queue.
      const files = ['a', 'b', 'c', 'd'].map((n) => pool.lint({ path: `/w/${n}.md`, kind: 'note' }));
      const settled = await Promise.race([Promise.allSettled(files), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 5000))]);
      await pool.close();
      assert.notEqual(settled, 'hung', 'files still waited 5 s after the worker was gone');
      assert.deepEqual(
        (settled as PromiseSettledResult<unknown>[]).map((s) => s.status),
        ['rejected', 'rejected', 'rejected', 'rejected'],
      );
    });
  }
});
