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
    const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON;
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    // Every file the manifest points at (grammar, schemas) made it into the package.
    const contributed: string[] = [...manifest.contributes.grammars.map((g: { path: string }) => g.path), ...manifest.contributes.yamlValidation.map((y: { url: string }) => y.url)];
    assert.ok(contributed.length >= 4, `grammar and schemas are contributed: ${contributed.join(', ')}`);
    for (const file of contributed) assert.ok(existsSync(join(extension.extensionPath, file)), `${file} is shipped`);
  });

  it('reports for every note exactly what the CLI reports', async () => {
    await activeExtension();
    // No note has been opened: every one is checked in the background.
    await expectCliFindings();
  });
});
