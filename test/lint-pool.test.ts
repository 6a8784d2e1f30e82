/** The worker pool fails what it cannot do, rather than leaving the run waiting for a worker that is gone. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../server/src/cli/main';
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
      let timer: NodeJS.Timeout | undefined;
      const settled = await Promise.race([Promise.allSettled(files), new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), 5000)))]);
      clearTimeout(timer);
      await pool.close();
      assert.notEqual(settled, 'hung', 'files still waited 5 s after the worker was gone');
      assert.deepEqual(
        (settled as PromiseSettledResult<unknown>[]).map((s) => s.status),
        ['rejected', 'rejected', 'rejected', 'rejected'],
      );
    });
  }

  it('makes a check whose workers stop exit 2 naming the failure, with files still queued and waiting to be printed', async () => {
    const script = join(dir, 'stops.js');
    writeFileSync(script, 'process.exit(3);');
    const notes = join(dir, 'notes');
    mkdirSync(notes);
    for (let i = 0; i < 12; i++) writeFileSync(join(notes, `n${i}.md`), `# Note ${i}\n\nOfficials reportedly met.\n`);
    let stderr = '';
    const io = { cwd: notes, stdout: () => undefined, stderr: (s: string) => void (stderr += s), isTty: false, version: '0.0.0', workerScript: script };
    // The CLI's process dies of a rejection nobody handles: the files behind the first failed one.
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      assert.equal(await main(['check', '--jobs', '2', '.'], io), 2);
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('unhandledRejection', record);
    }
    assert.match(stderr, /a lint worker stopped \(exit code 3\)/);
    assert.deepEqual(unhandled, []);
  });
});
