/**
 * Quick fixes over the protocol: each one, applied as the editor applies it, makes its diagnostic go
 * away; "fix all" applies every safe fix at once; "add to registry" writes to the registry file.
 */
import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, Hover, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { serveExamples, stopServing } from '../helpers/example-server';
import { uri } from '../helpers/lsp-client';
import type { LspClient } from '../helpers/lsp-client';
import { positionOf } from '../helpers/workspace-copy';
import type { WorkspaceCopy } from '../helpers/workspace-copy';

/** Applies protocol edits to a text, last first, as an editor does. */
function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('language server: code actions', function () {
  this.timeout(30_000);
  let ws: WorkspaceCopy, client: LspClient;
  beforeEach(async () => {
    ({ ws, client } = await serveExamples());
  });
  afterEach(() => stopServing({ ws, client }));

  /** Opens a note, asks for actions on the first diagnostic of `rule`, applies the one titled like `title`. */
  async function applyFix(file: string[], rule: string, title: RegExp): Promise<{ path: string; before: Diagnostic[]; after: string; diagnostic: Diagnostic }> {
    const path = ws.path(...file);
    let text = ws.read(...file);
    client.open(path, text);
    await client.waitFor(() => client.diagnosticsOf(path).some((d) => d.code === rule), `a ${rule} diagnostic`);
    const before = client.diagnosticsOf(path);
    const diagnostic = before.find((d) => d.code === rule)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(path) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const chosen = actions.find((a) => title.test(a.title));
    assert.ok(chosen, `no action like ${title} among: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = (chosen.edit as WorkspaceEdit).changes![uri(path)];
    text = applyTextEdits(text, edits);
    client.change(path, text);
    return { path, before, after: text, diagnostic };
  }

  const gone = (client: LspClient, path: string, d: Diagnostic) => () =>
    !client.diagnosticsOf(path).some((x) => x.code === d.code && x.message === d.message);

  it('adds a reference stub for an undefined key', async () => {
    const { path, after, diagnostic } = await applyFix(['notes', 'h200-approval.md'], 'citation-undefined', /Add a reference stub for "scmp-2026-02-26"/);
    assert.match(after, /references:\n {2}- id: nyt-2025-12-10[^]*- id: scmp-2026-02-26\n/);
    await client.waitFor(gone(client, path, diagnostic), 'the undefined key to go away');
  });

  it('removes an unused reference', async () => {
    const { path, after, diagnostic } = await applyFix(['notes', 'h200-approval.md'], 'source-unused', /Remove/);
    assert.doesNotMatch(after, /wsj-2025-12-11/);
    await client.waitFor(gone(client, path, diagnostic), 'the unused reference to go away');
  });

  it('rewrites an ambiguous date as ISO', async () => {
    const { path, after, diagnostic } = await applyFix(['notes', 'h200-approval.md'], 'date-ambiguous', /Rewrite as 2026-03-04/);
    assert.match(after, /evidence by 2026-03-04 \[@house-select-2026\]/);
    await client.waitFor(gone(client, path, diagnostic), 'the ambiguous date to go away');
  });

  it('adds date: to the front matter of an undated note', async () => {
    const { path, after } = await applyFix(['notes', 'smuggling-brief.md'], 'date-unanchored', /Add "date: \d{4}-\d{2}-\d{2}" to the front matter/);
    assert.match(after, /^---\ndate: \d{4}-\d{2}-\d{2}\ntitle: Chip smuggling/);
    await client.waitFor(() => !client.diagnosticsOf(path).some((d) => d.code === 'date-unanchored'), 'every unanchored date to go away');
  });

  it('disables a rule for one line', async () => {
    const { path, after, diagnostic } = await applyFix(['notes', 'h200-approval.md'], 'date-weekday', /Disable date-weekday for this line/);
    assert.match(after, /<!-- policy-notes-disable-next-line date-weekday -->\nThe House committee/);
    await client.waitFor(gone(client, path, diagnostic), 'the weekday diagnostic to go away');
  });

  it('shows a rule\'s documentation through a server command', async () => {
    const path = ws.path('notes', 'h200-approval.md');
    client.open(path, ws.read('notes', 'h200-approval.md'));
    const diagnostic = client.diagnosticsOf(path).find((d) => d.code === 'date-invalid')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(path) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const docs = actions.find((a) => a.title === 'Show documentation for date-invalid')!;
    await client.request('workspace/executeCommand', docs.command);
    assert.deepEqual(client.shownDocuments, ['https://github.com/policy-notes/policy-notes/blob/main/docs/rules/date-invalid.md']);
  });

  it('fixes everything with a safe fix through the source action, pass by pass, until nothing is left', async () => {
    const path = ws.path('notes', 'h200-approval.md');
    let text = ws.read('notes', 'h200-approval.md');
    client.open(path, text);
    const ask = () => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(path) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    // Overlapping fixes would wait for a later pass; stop when none is offered (at most three passes).
    let passes = 0;
    for (let [all] = await ask(); all && passes < 3; [all] = await ask()) {
      assert.equal(all.kind, 'source.fixAll.policy-notes');
      passes++;
      const version = client.statuses.length;
      text = applyTextEdits(text, (all.edit as WorkspaceEdit).changes![uri(path)]);
      client.change(path, text);
      await client.settled(version);
    }
    assert.ok(passes >= 1 && passes < 3, `${passes} passes`);
    assert.ok(!client.diagnosticsOf(path).some((d) => d.code === 'source-unused' || d.code === 'citation-undefined'));
    assert.deepEqual(await ask(), []);
  });

  it('adds an unknown name to the registry, keeping the registry\'s formatting', async () => {
    const path = ws.path('notes', 'h200-approval.md');
    const text = ws.read('notes', 'h200-approval.md');
    client.open(path, text);
    const position = positionOf(text, 'Commerce Department', 3);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(path) }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const add = actions.find((a) => a.title === 'Add "The Commerce Department" to entities.yaml' || a.title === 'Add "Commerce Department" to entities.yaml');
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    const registry = ws.path('entities.yaml');
    const original = ws.read('entities.yaml');
    const updated = applyTextEdits(original, (add.edit as WorkspaceEdit).changes![uri(registry)]);
    assert.ok(updated.startsWith(original), 'the existing entries are untouched');
    client.open(registry, updated);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(path) }, position });
    assert.match(JSON.stringify(hover?.contents ?? ''), /Commerce Department/);
  });
});
