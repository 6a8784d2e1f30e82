/**
 * The example workspace as the tests see it: its files, the extension under test, the CLI's findings
 * for the same files, and the editor's diagnostics in the CLI's JSON shape so the two compare directly.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './wait';

/** The extension's id as installed from the .vsix. */
export const extensionId = 'policy-notes.policy-notes';

/** The diagnostic source the server sets on every finding. */
const source = 'policy-notes';

/** One finding as `policy-notes check --format json` prints it. */
export interface CliFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

/** The workspace folder the tests run in (a temporary copy of examples/). */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri.fsPath;
}

/** The URI of a file of the workspace, by its path relative to the root. */
export function fileUri(relativePath: string): vscode.Uri {
  return vscode.Uri.file(join(workspaceRoot(), relativePath));
}

/** The checkout the tests were built in: the folder above them that holds dist/cli.js. */
function checkout(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'dist', 'cli.js'))) return dir;
  throw new Error(`no dist/cli.js above ${__dirname}: build first`);
}

/** The CLI's findings for the workspace as it is on disk. */
function cliFindings(): CliFinding[] {
  // Under desktop VS Code the extension host's executable is Electron: this makes it run as Node.
  const run = spawnSync(process.execPath, [join(checkout(), 'dist', 'cli.js'), 'check', '--format', 'json'], {
    cwd: workspaceRoot(),
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`policy-notes check exited with ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { findings: CliFinding[] }).findings;
}

const severities: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** The rule id a diagnostic carries as its code. */
export function ruleOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** The extension's diagnostics of one file. */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === source);
}

/** Every diagnostic the extension has published, in the CLI's shape and order. */
export function editorFindings(): CliFinding[] {
  const root = workspaceRoot();
  const findings: CliFinding[] = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics.filter((x) => x.source === source)) {
      findings.push({
        file: relative(root, uri.fsPath).split(sep).join('/'),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        rule: ruleOf(d),
        severity: severities[d.severity],
        message: d.message,
      });
    }
  }
  const key = (f: CliFinding) => [f.file, String(f.line).padStart(6), String(f.column).padStart(6), f.rule].join('\0');
  return findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Waits until the editor's diagnostics equal the CLI's findings; on a time-out, fails with the difference. */
export async function expectCliFindings(): Promise<void> {
  const expected = cliFindings();
  assert.ok(expected.length > 10, 'the examples have findings');
  const same = () => JSON.stringify(editorFindings()) === JSON.stringify(expected);
  await waitFor('the editor to publish the CLI findings', same).catch(() => undefined);
  assert.deepEqual(editorFindings(), expected);
}

/** The extension under test, activated. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed`);
  await extension.activate();
  return extension;
}

/** The position `offset` characters into the `nth` occurrence of `needle` in a document. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth + 1}) is not in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at + offset);
}

/** Opens a workspace file in an editor. */
export async function openFile(relativePath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fileUri(relativePath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Puts a document's text back as it was and saves it, so the next test starts from the files on disk. */
export async function restore(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  await doc.save();
}

/** The text of a hover result, all parts joined. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
