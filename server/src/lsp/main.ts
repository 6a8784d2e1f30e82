/**
 * `policy-notes-language-server`: the language server for any LSP editor. Transport from the
 * command line: `--stdio` (other editors), `--node-ipc` (VS Code) or `--socket=PORT`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

declare const POLICY_NOTES_VERSION: string | undefined;

const USAGE = 'usage: policy-notes-language-server --stdio | --node-ipc | --socket=PORT\n';

/** Today's date in the local time zone, as the writer sees it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${typeof POLICY_NOTES_VERSION === 'string' ? POLICY_NOTES_VERSION : '0.0.0'}\n`);
} else if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  // A fault in one handler or timer must never take the editor's server down: log it and go on.
  process.on('uncaughtException', (err) => connection.console.error(`Policy Notes: unexpected error: ${err.stack ?? String(err)}`));
  process.on('unhandledRejection', (err) => connection.console.error(`Policy Notes: unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  startServer(connection, { today });
}
