import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

/** Words for a count: "1 error", "3 errors", "no errors". */
function count(n: number, noun: string): string {
  if (n === 0) return `no ${noun}s`;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The text and tooltip the status bar shows for one status report. */
function statusText(status: StatusParams): { text: string; tooltip: string } {
  if (status.state === 'indexing') {
    return { text: '$(sync~spin) Policy Notes', tooltip: `Policy Notes: checking ${count(status.files, 'note')}…` };
  }
  return {
    text: `$(checklist) Policy Notes: ${count(status.errors, 'error')}, ${count(status.warnings, 'warning')}`,
    tooltip: `Policy Notes checked ${count(status.files, 'file')}. Click to show the Problems panel.`,
  };
}

/** The status bar item: what the server last reported; a click opens the Problems panel. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyNotes.status', vscode.StatusBarAlignment.Left, 0);

  constructor() {
    this.item.name = 'Policy Notes';
    this.item.command = 'workbench.actions.view.problems';
    this.show({ state: 'indexing', files: 0, errors: 0, warnings: 0 });
  }

  /** Shows one status report from the server. */
  show(status: StatusParams): void {
    const { text, tooltip } = statusText(status);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  /** Removes the item. */
  dispose(): void {
    this.item.dispose();
  }
}
