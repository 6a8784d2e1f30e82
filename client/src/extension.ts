/**
 * The VS Code extension: starts the Policy Notes language server and wires its two custom messages
 * (timeline, status) to a command and a status bar item. Everything else is standard LSP.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SHOW_TIMELINE_COMMAND, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { StatusItem } from './status';
import { TimelinePanel } from './timeline';

let client: LanguageClient | undefined;

/** Starts the language server and registers the command and status bar item. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  // Standard streams, as other editors use: the server encodes its diagnostics for stream transports
  // itself (json-encoder.ts), where over IPC Node would serialise each megabyte notification again.
  const serverOptions: ServerOptions = { module, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    // Markdown and YAML notes, JSON and BibTeX bibliographies; the repository's .policy-notes.yaml
    // tells the server which of these files are notes.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', pattern: '**/*.{json,bib}' },
    ],
    synchronize: {
      // Cross-note findings depend on files that are not open: bibliographies, registries, the config.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml,json,bib}'),
        vscode.workspace.createFileSystemWatcher('**/.policy-notes.yaml'),
      ],
      // The server pulls settings itself; this makes a change reach it at once.
      configurationSection: 'policyNotes',
    },
  };
  // The id 'policyNotes' makes the client honour the policyNotes.trace.server setting.
  client = new LanguageClient('policyNotes', 'Policy Notes', serverOptions, clientOptions);

  const status = new StatusItem();
  const timeline = new TimelinePanel(client);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, (uri?: vscode.Uri | string) =>
      timeline.show(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri),
    ),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.show(params)),
  );
  await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
