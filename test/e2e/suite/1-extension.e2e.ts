/**
 * The packaged extension, as installed from the .vsix, and the diagnostics it publishes for the
 * whole workspace (notes that were never opened too), which must be the CLI's findings exactly.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, expectCliFindings, extensionId } from '../helpers/workspace';

describe('the packaged extension', () => {
  it('is installed from the .vsix, bundled, and active', async () => {
    const extension = await activeExtension();
    assert.equal(extension.isActive, true);
    // Installed into the extensions folder: not the development checkout (which has node_modules).
    assert.ok(existsSync(join(extension.extensionPath, 'dist', 'server.js')), 'dist/server.js is shipped');
    assert.ok(!existsSync(join(extension.extensionPath, 'node_modules')), 'no node_modules is shipped');
    assert.ok(!existsSync(join(extension.extensionPath, 'client')), 'no sources are shipped');
    assert.equal(vscode.extensions.getExtension(extensionId)?.packageJSON.capabilities.untrustedWorkspaces.supported, true);
  });

  it('reports for every note exactly what the CLI reports', async () => {
    await activeExtension();
    // No note has been opened: every one is checked in the background.
    await expectCliFindings();
  });
});
