/** Edits as a user makes them: a quick fix, a change to a shared bibliography, a setting. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from '../helpers/wait';
import { activeExtension, diagnosticsOf, fileUri, openFile, restore, ruleOf } from '../helpers/workspace';

const note = 'notes/h200-approval.md';

/** The note's diagnostics of one rule, once there is at least one. */
function waitForRule(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${rule} diagnostic in ${uri.fsPath}`, () => {
    const found = diagnosticsOf(uri).filter((d) => ruleOf(d) === rule);
    return found.length > 0 && found;
  });
}

describe('edits', () => {
  before(activeExtension);

  it('a quick fix applied through the code action provider removes its diagnostic', async () => {
    const doc = await openFile(note);
    const original = doc.getText();
    try {
      const [diagnostic] = await waitForRule(doc.uri, 'date-ambiguous');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      // The finding's own fix ("Rewrite as <ISO date>"), not the "disable for this line" or "show
      // documentation" actions every finding gets. The API returns actions without their diagnostics,
      // so the title is what tells them apart, as it does for a user.
      const fix = actions.find((a) => a.edit && /^Rewrite as \d{4}-\d{2}-\d{2}/.test(a.title));
      assert.ok(fix?.edit, `a fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await waitFor('the date-ambiguous diagnostic to go', () => !diagnosticsOf(doc.uri).some((d) => ruleOf(d) === 'date-ambiguous'));
      assert.doesNotMatch(doc.getText(), /03\/04\/2026/);
    } finally {
      await restore(doc, original);
    }
  });

  it('editing a bibliography updates the diagnostics of a note that cites it', async () => {
    const noteUri = fileUri(note);
    const undefinedKey = (d: vscode.Diagnostic) => ruleOf(d) === 'citation-undefined' && d.message.includes('scmp-2026-02-26');
    await waitFor('the undefined citation of scmp-2026-02-26', () => diagnosticsOf(noteUri).some(undefinedKey));
    // Typed into the open bibliography, not saved: the server works from the editor's text.
    const bibliography = await openFile('references/export-controls.yaml');
    const original = bibliography.getText();
    try {
      const entry = '\n- id: scmp-2026-02-26\n  type: article-newspaper\n  title: Pending H200 licence applications\n  container-title: South China Morning Post\n  issued: 2026-02-26\n';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(bibliography.uri, bibliography.lineAt(bibliography.lineCount - 1).range.end, entry);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the note to see the new reference', () => !diagnosticsOf(noteUri).some(undefinedKey));
    } finally {
      await restore(bibliography, original);
    }
    await waitFor('the undefined citation to come back', () => diagnosticsOf(noteUri).some(undefinedKey));
  });

  it('turning policyNotes.enable off clears the diagnostics, and on brings them back', async () => {
    const uri = fileUri(note);
    await waitFor('diagnostics for the note', () => diagnosticsOf(uri).length > 0);
    const settings = vscode.workspace.getConfiguration('policyNotes', uri);
    try {
      await settings.update('enable', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('the diagnostics to be cleared', () => diagnosticsOf(uri).length === 0);
    } finally {
      await settings.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the diagnostics to come back', () => diagnosticsOf(uri).length > 0);
  });

  it('turning policyNotes.codeLens.enable off removes the summary above a note', async () => {
    const doc = await openFile(note);
    const lenses = () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    await waitFor('the summary lens', async () => (await lenses()).length > 0);
    const settings = vscode.workspace.getConfiguration('policyNotes', doc.uri);
    try {
      await settings.update('codeLens.enable', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('the lens to go', async () => (await lenses()).length === 0);
    } finally {
      await settings.update('codeLens.enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the lens to come back', async () => (await lenses()).length > 0);
  });

  it('a note with more problems than VS Code shows gets the 1,000 it shows, with a notice of the rest; with no limit, every one', async () => {
    const path = 'notes/many-problems.md';
    const uri = fileUri(path);
    // Two warnings a paragraph: 2,400 problems.
    const body = Array.from({ length: 1200 }, (_, i) => `Critics say prices rose ${i + 1} times.`).join('\n\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`---\ntitle: Many problems\ndate: 2026-02-24\n---\n${body}\n`));
    const settings = vscode.workspace.getConfiguration('policyNotes', uri);
    const notice = (d: vscode.Diagnostic | undefined) => d !== undefined && /^1,401 more problems are not shown/.test(d.message);
    try {
      await openFile(path);
      await waitFor('999 problems and the notice', () => diagnosticsOf(uri).length === 1000 && notice(diagnosticsOf(uri).at(-1)));
      await settings.update('maxNumberOfProblems', 0, vscode.ConfigurationTarget.Workspace);
      await waitFor('all 2,400 problems', () => diagnosticsOf(uri).length === 2400 && !diagnosticsOf(uri).some(notice));
    } finally {
      await settings.update('maxNumberOfProblems', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
