// The UI check, from outside: the packaged extension in code-server, seen in headless Chromium as a
// user sees it. Opens a note from the Explorer, then checks the status bar's counts, that clicking it
// opens the Problems panel with the note's findings, and that hovering an entity shows its card, and
// saves a screenshot of the last two.
import { spawnSync } from 'node:child_process';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';

const note = { folder: 'notes', file: 'h200-approval.md', entity: 'Nvidia H200', card: 'Hopper-generation', finding: 'scmp-2026-02-26' };

/** The centre of the first occurrence of `text` in the editor's visible area, or null while it is not there. */
function textCentre(page, text) {
  return page.evaluate((needle) => {
    const view = document.querySelector('.editor-instance .editor-scrollable')?.getBoundingClientRect();
    if (!view) return null;
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      // Tokens split a line into spans: find the text in the whole line, then the node it starts in.
      let at = nodes.map((n) => n.textContent.replace(/\u00a0/g, ' ')).join('').indexOf(needle);
      if (at < 0) continue;
      for (const n of nodes) {
        if (at < n.textContent.length) {
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, Math.min(n.textContent.length, at + 3));
          const r = range.getBoundingClientRect();
          const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          const visible = centre.y > view.top + 20 && centre.y < view.bottom - 20 && centre.x > view.left && centre.x < view.right;
          return visible ? centre : null;
        }
        at -= n.textContent.length;
      }
    }
    return null;
  }, text);
}

/** "N errors, N warnings" as the status bar words them, from the CLI's findings for `folder`. */
function cliCounts(cli, folder) {
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  const { findings } = JSON.parse(run.stdout);
  const words = (n, noun) => (n === 0 ? `no ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`);
  const of = (severity) => findings.filter((f) => f.severity === severity).length;
  return `${words(of('error'), 'error')}, ${words(of('warning'), 'warning')}`;
}

/** Runs the UI checks; resolves to the pass and fail counts (one per check). `cli` is dist/cli.js. */
export async function uiProof({ tools, vsix, folder, cli, screenshot, log }) {
  const counts = cliCounts(cli, folder);
  const server = await startCodeServer({ tools, vsix, folder, trusted: true, log });
  const browser = await launchBrowser(tools, { viewport: { width: 1400, height: 1000 } });
  const { page } = browser;
  const failureShot = () => page.screenshot({ path: screenshot.replace(/\.png$/, '-failure.png') }).catch(() => {});
  const results = { passed: 0, failed: 0 };
  const check = async (title, body) => {
    try {
      await body();
      results.passed++;
      console.log(`  ✔ ${title}`);
    } catch (e) {
      results.failed++;
      console.log(`  ✘ ${title}\n    ${String(e.message ?? e).split('\n')[0]}`);
      await failureShot();
    }
  };
  try {
    console.log('UI (Playwright)');
    await page.goto(server.url());
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // Quick Open does not open files in headless Chromium; the Explorer does.
    const row = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row(note.folder).click({ timeout: 60_000 });
    await row(note.file).click({ timeout: 30_000 });
    await page.locator('.editor-instance .view-line', { hasText: note.entity }).first().waitFor({ timeout: 30_000 });

    const status = page.locator('.statusbar-item', { hasText: 'Policy Notes:' }).first();
    await check(`the status bar counts the workspace's findings as the CLI does (${counts})`, async () => {
      await page.locator('.statusbar-item', { hasText: `Policy Notes: ${counts}` }).first().waitFor({ timeout: 30_000 });
    });
    await check('clicking it opens the Problems panel, which lists the findings of the open note', async () => {
      await status.click();
      await page.locator('.markers-panel .monaco-list-row', { hasText: note.finding }).first().waitFor({ timeout: 30_000 });
    });
    await check('hovering an entity shows its card', async () => {
      // Scroll the editor down until the entity's line is in view (the Problems panel took space).
      const editor = await page.locator('.editor-instance .editor-scrollable').first().boundingBox();
      const deadline = Date.now() + 30_000;
      let at = null;
      while (!(at = await textCentre(page, note.entity))) {
        if (Date.now() > deadline) throw new Error(`"${note.entity}" did not scroll into view`);
        await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
        await page.mouse.wheel(0, 60);
        await page.waitForTimeout(100);
      }
      // Let the scroll settle: the position must read the same twice.
      for (let again = await textCentre(page, note.entity); again?.y !== at.y; again = await textCentre(page, note.entity)) {
        if (Date.now() > deadline) throw new Error(`"${note.entity}" kept moving`);
        at = again ?? at;
        await page.waitForTimeout(100);
      }
      // A hover can be missed when the mouse arrives while the editor is still busy: move off and
      // back again until the card shows, within the deadline.
      const card = page.locator('.monaco-hover', { hasText: note.card }).first();
      for (;;) {
        await page.mouse.move(at.x - 200, at.y - 100);
        await page.mouse.move(at.x, at.y, { steps: 5 });
        const shown = await card.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
        if (shown) break;
        if (Date.now() > deadline) throw new Error(`no hover card with "${note.card}" appeared`);
      }
      // At once: the card does not stay up for long once the mouse rests.
      await page.screenshot({ path: screenshot });
      log(`screenshot saved to ${screenshot}`);
    });
  } catch (e) {
    results.failed++;
    console.log(`  ✘ the workbench opened the note\n    ${String(e.message ?? e).split('\n')[0]}`);
    await failureShot();
  } finally {
    await browser.close();
    await server.stop({ keep: results.failed > 0 });
    if (results.failed > 0) log(`code-server log kept: ${server.serverLog}`);
  }
  return results;
}
