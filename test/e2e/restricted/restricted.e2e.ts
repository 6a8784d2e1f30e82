/**
 * Restricted mode: workspace trust on and the folder not trusted. The extension declares untrusted
 * workspaces supported (its configuration is data, nothing from the workspace executes), so VS Code
 * keeps it enabled and linting works as in a trusted folder.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activeExtension, expectCliFindings } from '../helpers/workspace';

describe('restricted mode', () => {
  it('the folder is untrusted, and the extension still checks every note as the CLI does', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the run is in restricted mode');
    const extension = await activeExtension();
    assert.equal(extension.isActive, true);
    await expectCliFindings();
  });
});
