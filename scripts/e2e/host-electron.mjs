// Runs the extension-host suite in desktop VS Code downloaded by @vscode/test-electron, for machines
// that can reach VS Code's download site (this package is not a dependency of the project: install it
// with `npm install --no-save @vscode/test-electron` there). VS Code is started directly rather than
// through runTests(), which always passes --disable-workspace-trust and so cannot run restricted mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Whether @vscode/test-electron can be loaded. */
export async function electronAvailable() {
  try {
    await import('@vscode/test-electron');
    return true;
  } catch {
    return false;
  }
}

/** Runs one suite; resolves to its exit status (0 passed, 1 failed, 124 timed out). */
export async function runInElectron({ vsix, folder, harness, testsPath, trusted, timeoutMs, log }) {
  const testElectron = await import('@vscode/test-electron');
  // A CommonJS package: its API is the default export under ESM.
  const { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath } = testElectron.default ?? testElectron;
  const executable = await downloadAndUnzipVSCode(process.env.VSCODE_E2E_VERSION ?? 'stable');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-vscode-'));
  const userData = path.join(work, 'user-data');
  const extensions = path.join(work, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': !trusted,
      'security.workspace.trust.startupPrompt': 'never',
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'chat.disableAIFeatures': true,
    }),
  );
  const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(resolveCliPathFromVSCodeExecutablePath(executable), [...dirs, '--install-extension', vsix], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
  log(`installed ${path.basename(vsix)} into VS Code at ${executable}`);

  const args = [...dirs, '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes'];
  if (trusted) args.push('--disable-workspace-trust');
  args.push(`--extensionDevelopmentPath=${harness}`, `--extensionTestsPath=${testsPath}`, folder);
  const child = spawn(executable, args, { stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
  let timer;
  const status = await Promise.race([
    new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1))),
    new Promise((resolve) => (timer = setTimeout(() => resolve(124), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (status === 124) child.kill();
  fs.rmSync(work, { recursive: true, force: true });
  return status;
}
