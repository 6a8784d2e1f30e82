/** Hover, completion and go to definition through VS Code's own provider commands. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor } from '../helpers/wait';
import { activeExtension, hoverText, openFile, positionOf, restore } from '../helpers/workspace';

const note = 'notes/h200-approval.md';

/** The hover text at a position, once the server answers with something. */
function hoverAt(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return waitFor(`a hover at ${position.line + 1}:${position.character + 1}`, async () =>
    hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)),
  );
}

/** Where a definition result points, whichever of the two shapes the provider returned. */
function targetOf(result: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; line: number } {
  return 'targetUri' in result ? { uri: result.targetUri, line: result.targetRange.start.line } : { uri: result.uri, line: result.range.start.line };
}

describe('hover, completion and definition', () => {
  before(activeExtension);

  it('hover on an entity shows its registry card', async () => {
    const doc = await openFile(note);
    const text = await hoverAt(doc, positionOf(doc, 'Nvidia H200', 3));
    assert.match(text, /Nvidia H200/);
    assert.match(text, /Hopper-generation data-centre GPU/);
    assert.match(text, /Mentioned in \d+ notes?/);
  });

  it('hover on a citation shows the formatted reference from the shared bibliography', async () => {
    const doc = await openFile(note);
    const text = await hoverAt(doc, positionOf(doc, '@reuters-2025-12-09', 3));
    assert.match(text, /US to let Nvidia sell H200 chips to approved Chinese customers/);
    assert.match(text, /Reuters/);
    assert.match(text, /secondary/);
  });

  it('hover on a date shows its resolved value', async () => {
    const doc = await openFile(note);
    const text = await hoverAt(doc, positionOf(doc, '13 January 2026', 4));
    assert.match(text, /2026-01-13/);
  });

  it('completes citation keys after "[@" from front matter and bibliography', async () => {
    const doc = await openFile(note);
    const original = doc.getText();
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, end, '\nSee also [@');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const at = doc.lineAt(doc.lineCount - 1).range.end;
      const labels = await waitFor('citation completions', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at, '@');
        const found = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        return found.length > 0 && found;
      });
      assert.ok(labels.includes('nyt-2025-12-10'), `a key of the note's own references in ${labels.join(', ')}`);
      assert.ok(labels.includes('reuters-2025-12-09'), `a key of the shared bibliography in ${labels.join(', ')}`);
    } finally {
      await restore(doc, original);
    }
  });

  it('goes from a citation to its entry in the bibliography file', async () => {
    const doc = await openFile(note);
    const results = await waitFor('a definition', async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '@reuters-2025-12-09', 3));
      return r.length > 0 && r;
    });
    const target = targetOf(results[0]);
    assert.match(target.uri.fsPath, /references[\\/]export-controls\.yaml$/);
    const bibliography = await vscode.workspace.openTextDocument(target.uri);
    assert.match(bibliography.lineAt(target.line).text, /reuters-2025-12-09/);
  });

  it('goes from an entity mention to its registry entry', async () => {
    const doc = await openFile(note);
    const results = await waitFor('a definition', async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Nvidia H200', 3));
      return r.length > 0 && r;
    });
    const target = targetOf(results[0]);
    assert.match(target.uri.fsPath, /entities\.yaml$/);
    // The target lies inside the nvidia-h200 entry: between its "- id:" line and the next entry's.
    const registry = await vscode.workspace.openTextDocument(target.uri);
    const first = positionOf(registry, '- id: nvidia-h200').line;
    const next = positionOf(registry, '- id: nvidia-blackwell').line;
    assert.ok(target.line >= first && target.line < next, `line ${target.line + 1} is in the nvidia-h200 entry (lines ${first + 1}-${next})`);
  });
});
