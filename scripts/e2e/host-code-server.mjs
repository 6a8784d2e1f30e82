// Runs the extension-host suite inside code-server, the way VS Code's own browser integration tests
// do: the workbench URL carries extensionDevelopmentPath/extensionTestsPath as a payload (honoured only
// with the smoke-test driver on), and the workbench reports the end through window.codeAutomationExit.
import util from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';

// Workbench chatter and offline noise that say nothing about the product (VERBOSE=1 shows them).
const harmless = /ENOTFOUND open-vsx\.org|vsda|github.*(auth|session)|^(Creating a socket|Resolv(ing|ed) connection token|\[reconnection-grace-time\]|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/i;

/** Runs one suite; resolves to its exit status (0 passed, 1 failed, 124 timed out). */
export async function runInCodeServer({ tools, vsix, folder, harness, testsPath, trusted, timeoutMs, log }) {
  const server = await startCodeServer({ tools, vsix, folder, trusted, testDriver: true, log });
  const browser = await launchBrowser(tools);
  let status = 124;
  try {
    const { page } = browser;
    let finished;
    const exit = new Promise((resolve) => (finished = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => finished(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args ?? []));
      if (!harmless.test(line) || process.env.VERBOSE) console.log(line);
    });
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    const remote = (p) => `vscode-remote://${server.authority}${p}`;
    await page.goto(server.url([['extensionDevelopmentPath', remote(harness)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']]));
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(124), timeoutMs)));
    status = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    if (status === 124) log(`the suite did not finish within ${timeoutMs / 1000} s`);
  } finally {
    await browser.close();
    await server.stop({ keep: status !== 0 });
    if (status !== 0) log(`code-server log kept: ${server.serverLog}`);
  }
  return status;
}
