import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TIMELINE_REQUEST, type TimelineParams, type TimelineResult } from '../../server/src/lsp/protocol';

/** The webview's view type, by which VS Code (and the end-to-end tests) recognise the panel. */
const timelineViewType = 'policyNotes.timeline';

// The page is the server's self-contained HTML: no scripts run and nothing loads from outside it.
const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;

/** The server's page with the panel's Content-Security-Policy as the first thing in its head. */
function withCsp(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + csp + html.slice(head.index + head[0].length);
  return csp + html;
}

/** Opens (or refreshes) the timeline panel: of the active note if there is one, else of the workspace. */
export class TimelinePanel {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly client: BaseLanguageClient) {}

  /** The command handler; returns the panel so callers (and tests) can inspect what it shows. */
  async show(uri?: vscode.Uri): Promise<vscode.WebviewPanel> {
    // Lenses pass the note's URI; from the palette, the active editor's note is the natural scope.
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    const params: TimelineParams = target ? { uri: this.client.code2ProtocolConverter.asUri(target) } : {};
    const { html } = await this.client.sendRequest<TimelineResult>(TIMELINE_REQUEST, params);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(timelineViewType, 'Policy Notes: Timeline', vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.webview.html = withCsp(html);
    this.panel.reveal(undefined, true);
    return this.panel;
  }
}
