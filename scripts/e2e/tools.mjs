// Where setup-tools.sh put the end-to-end tools, and a check that they are all there.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** The tools folder: $VSCODE_E2E_TOOLS or /opt/vscode-e2e-tools. */
export const toolsDir = path.resolve(process.env.VSCODE_E2E_TOOLS ?? '/opt/vscode-e2e-tools');

/** Paths of the installed tools; `missing` names what setup-tools.sh has not installed yet. */
export function codeServerTools() {
  const tools = {
    node24: path.join(toolsDir, 'node24/node_modules/node/bin/node'),
    codeServer: path.join(toolsDir, 'cs/node_modules/code-server/out/node/entry.js'),
    playwright: path.join(toolsDir, 'pw/node_modules/playwright-core'),
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
  return { ...tools, missing: Object.entries(tools).filter(([, p]) => !fs.existsSync(p)).map(([name]) => name) };
}

/** playwright-core from the tools folder (it is not a project dependency: it only drives the browser here). */
export function loadPlaywright() {
  return createRequire(path.join(toolsDir, 'pw/package.json'))('playwright-core');
}
