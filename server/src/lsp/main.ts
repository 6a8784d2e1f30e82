/**
 * `policy-notes-language-server`: the language server for any LSP editor. Transport from the
 * command line: `--stdio` (VS Code and other editors), `--node-ipc` or `--socket=PORT`.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import { createJsonEncoder } from './json-encoder';
import { startServer } from './server';

declare const POLICY_NOTES_VERSION: string | undefined;

const USAGE = 'usage: policy-notes-language-server --stdio | --node-ipc | --socket=PORT\n';

/** Today's date in the local time zone, as the writer sees it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The connection over stdin and stdout, its writer with the server's diagnostics encoder. Standard
 * input is passed as a stream, so the connection still ends the process when the editor goes away;
 * console output goes to the editor's log, as vscode-languageserver does for stdio, since a stray
 * write to stdout would break the protocol stream.
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: createJsonEncoder() });
  // vscode-jsonrpc takes a message writer wherever it takes an output stream (it tells them apart by `addListener`).
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  const log = (...args: unknown[]): void => connection.console.log(format(...args));
  const warn = (...args: unknown[]): void => connection.console.warn(format(...args));
  const error = (...args: unknown[]): void => connection.console.error(format(...args));
  Object.assign(console, { log, info: log, debug: log, dir: log, trace: log, warn, error });
  return connection;
}

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${typeof POLICY_NOTES_VERSION === 'string' ? POLICY_NOTES_VERSION : '0.0.0'}\n`);
} else if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // A fault in one handler or timer must never take the editor's server down: log it and go on.
  process.on('uncaughtException', (err) => connection.console.error(`Policy Notes: unexpected error: ${err.stack ?? String(err)}`));
  process.on('unhandledRejection', (err) => connection.console.error(`Policy Notes: unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  startServer(connection, { today });
}
