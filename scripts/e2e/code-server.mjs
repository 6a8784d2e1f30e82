// One code-server instance for one run: its own port, user data, extensions and temp folders, the
// packaged .vsix installed before it starts, and the whole process group stopped at the end.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Settings every run needs: quiet, offline, no prompts, quick hovers. */
const baseSettings = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on `folder` with `vsix` installed. `trusted: false` turns workspace trust on and
 * leaves the folder untrusted (restricted mode). `testDriver` enables the smoke-test driver, without
 * which the workbench ignores an extension-tests payload.
 */
export async function startCodeServer({ tools, vsix, folder, trusted = true, testDriver = false, log = () => {} }) {
  // A short path on purpose: VS Code puts unix sockets under $TMPDIR and their paths must stay < 108 chars.
  const work = fs.mkdtempSync('/tmp/pn-cs-');
  const dirs = Object.fromEntries(['tmp', 'user-data/User', 'extensions', 'xdg-data', 'xdg-config'].map((d) => [d, path.join(work, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const settings = { ...baseSettings, 'security.workspace.trust.enabled': !trusted };
  fs.writeFileSync(path.join(dirs['user-data/User'], 'settings.json'), JSON.stringify(settings, null, 2));
  const port = await freePort();
  fs.writeFileSync(path.join(work, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = { ...process.env, XDG_DATA_HOME: dirs['xdg-data'], XDG_CONFIG_HOME: dirs['xdg-config'], TMPDIR: dirs.tmp };
  const common = ['--config', path.join(work, 'config.yaml'), '--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', dirs.extensions];

  const install = spawnSync(tools.node24, [tools.codeServer, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
  log(`installed ${path.basename(vsix)}`);

  const args = [tools.codeServer, ...common, '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override'];
  if (trusted) args.push('--disable-workspace-trust');
  if (testDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  // Its own process group: the file watcher, pty host and extension host outlive the main process otherwise.
  const server = spawn(tools.node24, [...args, folder], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = path.join(work, 'server.log');
  const logStream = fs.createWriteStream(serverLog);
  server.stdout.pipe(logStream);
  server.stderr.pipe(logStream);
  const exited = new Promise((resolve) => server.once('exit', resolve));

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}; see ${serverLog}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${base} within 60 s; see ${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`code-server up on ${base} (pid ${server.pid})`);

  return {
    base,
    authority: `127.0.0.1:${port}`,
    serverLog,
    /** The workbench URL for the folder, with an optional payload of [key, value] pairs. */
    url(payload) {
      const q = `?folder=${encodeURIComponent(folder)}`;
      return base + '/' + q + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
    },
    /** Stops the process group; keeps the work folder (and its logs) when asked to. */
    async stop({ keep = false } = {}) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null && server.signalCode === null) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (!keep) fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
