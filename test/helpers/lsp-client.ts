/**
 * A minimal LSP client for protocol tests: spawns the bundled server (`dist/server.js --stdio`) and
 * speaks JSON-RPC to it over its standard streams, as any editor does.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { repoPath } from './paths';

/** The `file:` URI of a path. */
export const uri = (path: string): string => pathToFileURL(path).href;

/** What a test can tune when starting the server. */
export interface ClientOptions {
  /** `policyNotes` settings answered to `workspace/configuration`. */
  settings?: Record<string, unknown>;
  /** Node options for the server's process (before the script). */
  nodeArgs?: string[];
}

/** A running server and what it has told us. */
export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly statuses: Array<{ state: string; files: number; errors: number; warnings: number }> = [];
  readonly shownDocuments: string[] = [];
  readonly logs: string[] = [];
  private readonly versions = new Map<string, number>();
  private listeners: Array<() => void> = [];
  settings: Record<string, unknown>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = { debounceMs: 20, ...options.settings };
  }

  /** Starts the server on a workspace folder and waits until its first indexing is done. */
  static async start(root: string, options: ClientOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), repoPath('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options);
    child.stderr!.on('data', (d: Buffer) => client.logs.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.notify();
    });
    connection.onNotification('policyNotes/status', (p: LspClient['statuses'][number]) => {
      client.statuses.push(p);
      client.notify();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    connection.onRequest('workspace/configuration', () => [client.settings]);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('window/showDocument', (p: { uri: string }) => {
      client.shownDocuments.push(p.uri);
      return { success: true };
    });
    connection.listen();
    // A server that never gets ready must not outlive the test that started it.
    try {
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: uri(root),
        workspaceFolders: [{ uri: uri(root), name: 'test' }],
        capabilities: {
          workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
          window: { workDoneProgress: true, showDocument: { support: true } },
          textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } } },
        },
      });
      await connection.sendNotification('initialized', {});
      await client.waitFor(() => client.statuses.some((s) => s.state === 'ready'), 'the first indexing');
    } catch (err) {
      connection.dispose();
      child.kill();
      throw err;
    }
    return client;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Resolves when `condition` holds, checked on every message from the server; fails after `ms`. */
  waitFor(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      const check = (): void => {
        if (!condition()) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve();
      };
      this.listeners.push(check);
    });
  }

  /** Waits until the server has nothing queued (a `ready` status after the given count of statuses). */
  async settled(after = this.statuses.length): Promise<void> {
    await this.waitFor(() => this.statuses.slice(after).some((s) => s.state === 'ready'), 'the server to settle');
  }

  /** The diagnostics of a file (by path). */
  diagnosticsOf(path: string): Diagnostic[] {
    return this.diagnostics.get(uri(path)) ?? [];
  }

  /** Opens a file with the given text. */
  open(path: string, text: string, languageId = path.endsWith('.md') ? 'markdown' : 'yaml'): void {
    this.versions.set(path, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(path), languageId, version: 1, text } });
  }

  /** Closes an open file. */
  close(path: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(path) } });
  }

  /** Replaces the whole text of an open file. */
  change(path: string, text: string): void {
    const version = (this.versions.get(path) ?? 1) + 1;
    this.versions.set(path, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(path), version }, contentChanges: [{ text }] });
  }

  /** Changes the `policyNotes` settings and tells the server, which reads them again. */
  changeSettings(settings: Record<string, unknown>): void {
    this.settings = { ...this.settings, ...settings };
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Changes an open file as an editor does, by ranges, in one notification. */
  changeRanges(path: string, changes: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): void {
    const version = (this.versions.get(path) ?? 1) + 1;
    this.versions.set(path, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(path), version }, contentChanges: changes });
  }

  /** Sends a request. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shuts the server down politely, then makes sure it is gone. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
