/** The server survives what editors and files throw at it: malformed messages, bad parameters, hostile YAML. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol/node';
import { LspClient, uri } from '../helpers/lsp-client';
import { repoPath } from '../helpers/paths';
import { serveExamples, stopServing } from '../helpers/example-server';
import { copyExamples, positionOf } from '../helpers/workspace-copy';
import type { WorkspaceCopy } from '../helpers/workspace-copy';

describe('language server: faults', function () {
  this.timeout(30_000);
  let ws: WorkspaceCopy, client: LspClient, note: string, text: string;
  before(async () => {
    ({ ws, client, note, text } = await serveExamples());
  });
  after(() => stopServing({ ws, client }));

  /** Asserts a server (this suite's, unless given) still answers a hover on a citation of `note`. */
  const stillAnswers = async (server = client, path = note): Promise<void> => {
    const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri: uri(path) }, position: positionOf(text, '@nyt-2025-12-10', 2) });
    assert.match(JSON.stringify(h.contents), /nyt-2025-12-10/);
  };

  it('survives a message that is not JSON', async () => {
    const body = '{this is not json';
    client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await stillAnswers();
    assert.equal(client.process.exitCode, null);
  });

  it('answers a request with bad parameters with an error and keeps serving', async () => {
    await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: uri(note) } }));
    await assert.rejects(client.request('textDocument/definition', null));
    await stillAnswers();
  });

  it('answers an unknown method with an error and keeps serving', async () => {
    await assert.rejects(client.request('policyNotes/noSuchThing', {}), /Unhandled method|not found/i);
    await stillAnswers();
  });

  it('reports hostile YAML in an open note as a syntax finding and keeps serving', async () => {
    const bomb = ws.path('notes', 'bomb.md');
    const deep = '- '.repeat(5000) + 'x';
    client.open(bomb, `---\na: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: ${deep}\n---\nText.\n`);
    await client.waitFor(() => client.diagnosticsOf(bomb).some((d) => d.code === 'note-syntax'), 'a note-syntax finding');
    await stillAnswers();
  });

  it('ignores files outside file: URIs', async () => {
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: 'Reportedly [@x].' } });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 2 } }), null);
    await stillAnswers();
  });

  it('sends a stray console write to the log, never into the protocol stream', async () => {
    // Something in the server's process writes to the console once it runs: on stdio that would
    // break the stream (the client could read no message after it).
    const preload = join(mkdtempSync(join(tmpdir(), 'policy-notes-preload-')), 'stray.cjs');
    writeFileSync(preload, "setTimeout(() => { console.log('stray output'); console.error('stray error'); }, 0);\n");
    const ws = copyExamples();
    let stray: LspClient | undefined;
    try {
      stray = await LspClient.start(ws.root, { nodeArgs: ['--require', preload] });
      const logs = stray.logs;
      await stray.waitFor(() => logs.some((l) => l.includes('stray output')) && logs.some((l) => l.includes('stray error')), 'both writes in the log');
      await stillAnswers(stray, ws.path('notes', 'h200-approval.md'));
    } finally {
      await stray?.stop();
      ws.remove();
      rmSync(dirname(preload), { recursive: true, force: true });
    }
  });

  it('exits when the editor closes its input without shutting it down', async () => {
    const ws = copyExamples();
    const orphan = await LspClient.start(ws.root);
    try {
      const exited = new Promise<number | null>((resolve) => orphan.process.once('exit', (code) => resolve(code)));
      orphan.process.stdin!.end();
      assert.equal(await exited, 1);
    } finally {
      orphan.process.kill();
      ws.remove();
    }
  });

  it('refuses to start without a transport and says how to start it', () => {
    const r = spawnSync(process.execPath, [repoPath('dist/server.js')], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: policy-notes-language-server --stdio/);
  });
});
