/**
 * The server keeps an open file's findings whole and a closed file's compact. The compact record must
 * still tell every change of what was published (or diagnostics go stale), count the totals, give the
 * timeline its flags, and a request on a closed file must still get the findings in full.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../server/src/core/types';
import { CompactFindings, countsOf, keepFindings, sameAsKept, spansOf } from '../../server/src/lsp/kept-findings';
import { LintQueue } from '../../server/src/lsp/lint-queue';
import { Session } from '../../server/src/lsp/session';

const FINDINGS: Finding[] = [
  { file: '/w/a.md', ruleId: 'claim-hedged', severity: 'info', start: 10, end: 20, message: '"reportedly" marks this claim as uncertain.' },
  {
    file: '/w/a.md',
    ruleId: 'citation-undefined',
    severity: 'error',
    start: 30,
    end: 38,
    message: 'No reference has the key "x".',
    fix: { title: 'Add a stub', edits: [{ file: '/w/a.md', start: 5, end: 5, newText: '  - id: x\n' }] },
  },
  { file: '/w/a.md', ruleId: 'date-ambiguous', severity: 'warning', start: 50, end: 60, message: '"01.07.2021" reads two ways.' },
];
const copy = (): Finding[] => JSON.parse(JSON.stringify(FINDINGS));

describe('findings the server keeps', () => {
  it('a compact record tells the same findings from every change a diagnostic shows', () => {
    const kept = new CompactFindings(FINDINGS);
    assert.ok(kept.same(copy()));
    const changes: Array<(f: Finding[]) => void> = [
      (f) => (f[0].start = 11),
      (f) => (f[0].end = 21),
      (f) => (f[2].ruleId = 'date-invalid'),
      (f) => (f[2].severity = 'error'),
      (f) => (f[0].message += ' '),
      (f) => (f[1].file = '/w/b.md'),
      (f) => (f[1].fix!.edits[0].newText = '  - id: y\n'),
      (f) => (f[2].suggestions = [{ title: 'Rewrite', edits: [] }]),
      (f) => f.pop(),
      (f) => f.push({ ...f[0], start: 70, end: 80 }),
    ];
    for (const [i, change] of changes.entries()) {
      const changed = copy();
      change(changed);
      assert.equal(kept.same(changed), false, `change ${i} went unseen`);
      assert.equal(sameAsKept(kept, changed), false);
    }
  });

  it('keeps rules, spans and counts, compact or whole', () => {
    const compact = keepFindings(FINDINGS, false);
    assert.ok(compact instanceof CompactFindings);
    assert.deepEqual(spansOf(compact), FINDINGS.map(({ ruleId, start, end }) => ({ ruleId, start, end })));
    assert.equal(keepFindings(FINDINGS, true), FINDINGS);
    assert.equal(spansOf(FINDINGS), FINDINGS);
    for (const kept of [compact, FINDINGS]) {
      assert.deepEqual(countsOf(kept), { errors: 1, warnings: 1 });
      assert.ok(sameAsKept(kept, copy()));
    }
    assert.ok(sameAsKept(undefined, []));
    assert.equal(sameAsKept(undefined, FINDINGS), false);
  });

  describe('in the lint queue', () => {
    let dir: string;
    let path: string;
    let session: Session;
    let queue: LintQueue;
    const published: Array<{ path: string; findings: readonly Finding[] }> = [];
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'policy-notes-kept-'));
      path = join(dir, 'note.md');
      writeFileSync(path, '---\ntitle: T\ndate: 2026-01-10\nreferences:\n  - id: a\n    title: A\n---\n\nOfficials reportedly approved 12 licences last week [@missing].\n');
      published.length = 0;
      session = new Session([dir]);
      queue = new LintQueue(session, (p, findings) => published.push({ path: p, findings }));
      for (const f of session.discover()) session.load(f.path, f.kind);
      queue.schedule([path]);
      await queue.idle();
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("gives a closed file's findings in full, its totals and its flags", () => {
      assert.equal(published.length, 1);
      const whole = published[0].findings;
      assert.ok(whole.length >= 3 && whole.some((f) => f.fix), 'the note has too few findings to tell');
      assert.deepEqual(queue.findings(path), whole);
      assert.deepEqual(queue.spans(path), whole.map(({ ruleId, start, end }) => ({ ruleId, start, end })));
      const totals = queue.totals();
      assert.deepEqual(totals, { files: 1, errors: whole.filter((f) => f.severity === 'error').length, warnings: whole.filter((f) => f.severity === 'warning').length });
    });

    it('publishes again only when what it showed changed, open or closed', async () => {
      queue.schedule([path]);
      await queue.idle();
      assert.equal(published.length, 1, 'unchanged findings were published again');
      // Opened with the same text, the findings are the same: kept whole now, and not published.
      session.setEditorText(path, session.documentFor(path)!.text);
      queue.schedule([path]);
      await queue.idle();
      assert.equal(published.length, 1);
      assert.equal(queue.findings(path), queue.findings(path), 'an open file keeps its findings whole');
      session.setEditorText(path, session.documentFor(path)!.text.replace('reportedly ', ''));
      queue.schedule(session.refresh(path));
      await queue.idle();
      assert.equal(published.length, 2);
      assert.ok(!published[1].findings.some((f) => f.ruleId === 'claim-hedged'));
      // Closed again: the disk's text, with the hedge, is published again.
      queue.schedule(session.closeEditor(path));
      await queue.idle();
      assert.equal(published.length, 3);
      assert.deepEqual(published[2].findings, published[0].findings);
    });
  });
});
