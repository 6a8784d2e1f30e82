/** The "Policy Notes: Show Timeline" command and its webview. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from '../helpers/wait';
import { activeExtension, openFile } from '../helpers/workspace';

describe('timeline', () => {
  before(activeExtension);

  it('the command opens the timeline in a webview with scripts off and a strict CSP', async () => {
    await openFile('notes/h200-approval.md');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('policyNotes.showTimeline');
    const tab = await waitFor('a timeline tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('policyNotes.timeline')),
    );
    assert.equal(tab.label, 'Policy Notes: Timeline');
    assert.equal(panel.webview.options.enableScripts, false);
    const html = panel.webview.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    // The note's dated statements, resolved: "In December" in a note of February 2026 is 2025-12.
    assert.match(html, /2025-12/);
    assert.match(html, /2026-01-13/);
  });

  it('the CodeLens summary above a note runs the timeline command for that note', async () => {
    const doc = await openFile('notes/deepseek-blackwell.md');
    const lenses = await waitFor('a CodeLens on the note', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return found.length > 0 && found;
    });
    const command = lenses[0].command;
    assert.ok(command, 'the lens carries a command');
    assert.match(command.title, /\d+ claims? · \d+ unsourced · \d+ unconfirmed · \d+ date issues?/);
    assert.equal(command.command, 'policyNotes.showTimeline');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>(command.command, ...(command.arguments ?? []));
    // The timeline of this note only: its dateline, none of the H200 notes' statements.
    assert.match(panel.webview.html, /Timeline of notes\/deepseek-blackwell\.md/);
    assert.match(panel.webview.html, /2026-02-25/);
    assert.doesNotMatch(panel.webview.html, /2026-01-13/);
  });
});
