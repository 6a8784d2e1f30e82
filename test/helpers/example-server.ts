/** A language server on a fresh copy of `examples/`, as most protocol suites start one. */
import { LspClient } from './lsp-client';
import { copyExamples } from './workspace-copy';
import type { WorkspaceCopy } from './workspace-copy';

/** The copy, the client, and the note most look-ups are made in (its path and text). */
export interface ExampleServer {
  ws: WorkspaceCopy;
  client: LspClient;
  note: string;
  text: string;
}

/** Copies `examples/`, starts the server on the copy and reads `notes/h200-approval.md`. */
export async function serveExamples(): Promise<ExampleServer> {
  const ws = copyExamples();
  const client = await LspClient.start(ws.root);
  return { ws, client, note: ws.path('notes', 'h200-approval.md'), text: ws.read('notes', 'h200-approval.md') };
}

/** Stops the server, then removes the copy. */
export async function stopServing(server: Pick<ExampleServer, 'ws' | 'client'>): Promise<void> {
  await server.client.stop();
  server.ws.remove();
}
