/**
 * `policyNotes.maxNumberOfProblems`: a file with more problems publishes the most severe ones, as VS
 * Code keeps them, and one notice of how many more there are; without the setting, every problem.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hiddenNotice, shownFindings } from '../../server/src/lsp/problem-limit';
import { readSettings } from '../../server/src/lsp/settings';
import type { Finding, Severity } from '../../server/src/core/types';
import { LspClient } from '../helpers/lsp-client';
import { repoPath } from '../helpers/paths';

const finding = (start: number, severity: Severity): Finding => ({ file: '/w/n.md', ruleId: 'claim-hedged', severity, start, end: start + 1, message: 'm' });

/** 14 problems: 2 errors, 7 warnings and 5 infos, in this order through the note. */
const NOTE = `---
title: Limits
date: 2026-02-24
---
The ministry reportedly approved 12 licences [@missing-one].

Officials said 40 people attended. Critics say prices rose. It may have risen.

Sources said 5 million left [@missing-two]. Experts say the plan apparently failed.

The agency allegedly paid 3 million. Analysts say the deal possibly collapsed.
`;

describe('problems shown per file', () => {
  const mixed = [finding(0, 'info'), finding(1, 'warning'), finding(2, 'error'), finding(3, 'hint'), finding(4, 'warning'), finding(5, 'error'), finding(6, 'info')];

  it('keeps every problem under the limit, or with none', () => {
    assert.deepEqual(shownFindings(mixed, 0), { shown: mixed, hidden: 0 });
    assert.deepEqual(shownFindings(mixed, 7), { shown: mixed, hidden: 0 });
  });

  it('keeps the most severe, in the order given, leaving one place for the notice', () => {
    const at = (max: number) => shownFindings(mixed, max).shown.map((f) => f.start);
    assert.deepEqual(at(3), [2, 5]);
    assert.deepEqual(at(4), [1, 2, 5]);
    assert.deepEqual(at(6), [0, 1, 2, 4, 5]);
    assert.deepEqual(shownFindings(mixed, 6).hidden, 2);
    assert.deepEqual(at(1), []);
  });

  it('says how many more there are, and where to see them all', () => {
    assert.match(hiddenNotice(7832, 1000).message, /^7,832 more problems are not shown: at most 1,000 are shown per file, errors first \(policyNotes\.maxNumberOfProblems\)\. `policy-notes check` lists them all\.$/);
    assert.match(hiddenNotice(1, 5).message, /^1 more problem is not shown/);
  });

  it('reads the setting, and the extension’s default is VS Code’s own limit per file', () => {
    assert.equal(readSettings({}).maxNumberOfProblems, 0);
    assert.equal(readSettings({ maxNumberOfProblems: 250 }).maxNumberOfProblems, 250);
    assert.equal(readSettings({ maxNumberOfProblems: -1 }).maxNumberOfProblems, 0);
    assert.equal(readSettings({ maxNumberOfProblems: 2.5 }).maxNumberOfProblems, 0);
    const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
    assert.equal(manifest.contributes.configuration.properties['policyNotes.maxNumberOfProblems'].default, 1000);
  });

  describe('over the protocol', function () {
    this.timeout(30_000);
    let root: string;
    let client: LspClient;
    const note = (): string => join(root, 'n.md');

    beforeEach(async () => {
      root = mkdtempSync(join(tmpdir(), 'policy-notes-limit-'));
      writeFileSync(note(), NOTE);
      client = await LspClient.start(root, { settings: { maxNumberOfProblems: 4 } });
    });
    afterEach(async () => {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it('publishes the errors, then warnings, up to the limit with the notice, and all of them once the limit is lifted', async () => {
      await client.waitFor(() => client.diagnosticsOf(note()).length > 0, 'the note’s diagnostics');
      const limited = client.diagnosticsOf(note());
      assert.deepEqual(
        limited.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.code]),
        [[5, 48, 'citation-undefined'], [7, 1, 'claim-anonymous'], [9, 31, 'citation-undefined'], [1, 1, undefined]],
      );
      assert.match(limited[3].message, /^11 more problems are not shown: at most 4 are shown/);
      assert.equal(limited[3].severity, 3);

      client.changeSettings({ maxNumberOfProblems: 0 });
      await client.waitFor(() => client.diagnosticsOf(note()).length === 14, 'all 14 problems');
      assert.ok(client.diagnosticsOf(note()).every((d) => d.code !== undefined));

      // The open note, typed into, keeps to a new limit.
      client.changeSettings({ maxNumberOfProblems: 12 });
      await client.waitFor(() => client.diagnosticsOf(note()).length === 12, 'the limit of 12');
      client.open(note(), NOTE);
      client.change(note(), NOTE + '\nThe board reportedly met.\n');
      await client.waitFor(() => /^4 more problems/.test(client.diagnosticsOf(note()).at(-1)?.message ?? ''), 'the notice of 4 more');
      assert.equal(client.diagnosticsOf(note()).length, 12);
    });
  });
});
