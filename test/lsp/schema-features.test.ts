/** The JSON Schemas at work in the editor, over the protocol: problems, key hovers and completions in YAML. */
import { strict as assert } from 'node:assert';
import type { CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { serveExamples, stopServing } from '../helpers/example-server';
import { uri } from '../helpers/lsp-client';
import type { LspClient } from '../helpers/lsp-client';
import { positionOf } from '../helpers/workspace-copy';
import type { WorkspaceCopy } from '../helpers/workspace-copy';

const hoverText = (h: Hover | null): string => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
const schemaDiagnostics = (list: Diagnostic[]): Diagnostic[] => list.filter((d) => d.code === 'schema');

describe('language server: YAML schemas', function () {
  this.timeout(30_000);
  let ws: WorkspaceCopy, client: LspClient;
  before(async () => {
    ({ ws, client } = await serveExamples());
    await client.settled(0);
  });
  after(() => stopServing({ ws, client }));

  it('publishes no schema problem for the example workspace', () => {
    for (const file of ['notes/h200-approval.md', 'notes/h200-approvals.note.yaml', 'entities.yaml']) {
      assert.deepEqual(schemaDiagnostics(client.diagnosticsOf(ws.path(...file.split('/')))), [], file);
    }
  });

  it('flags a front matter value of the wrong kind, on its key (the value is a list), with the schemas page', async () => {
    const note = ws.path('notes', 'h200-approval.md');
    const text = ws.read('notes', 'h200-approval.md').replace(/^title: .*$/m, 'title: [one, two]');
    client.open(note, text);
    await client.waitFor(() => schemaDiagnostics(client.diagnosticsOf(note)).length > 0, 'a schema diagnostic');
    const [d] = schemaDiagnostics(client.diagnosticsOf(note));
    assert.deepEqual(d.range.start, positionOf(text, 'title: [one, two]'));
    assert.match(d.message, /title/);
    assert.match(d.codeDescription?.href ?? '', /docs\/yaml-schemas\.md$/);
    client.change(note, ws.read('notes', 'h200-approval.md'));
    await client.waitFor(() => schemaDiagnostics(client.diagnosticsOf(note)).length === 0, 'the schema diagnostic to go');
  });

  it('flags a claim status the format does not know, once', async () => {
    const note = ws.path('notes', 'h200-approvals.note.yaml');
    const text = ws.read('notes', 'h200-approvals.note.yaml').replace('status: confirmed', 'status: confirmd');
    client.open(note, text);
    const at = positionOf(text, 'confirmd');
    const here = (): Diagnostic[] => client.diagnosticsOf(note).filter((d) => d.range.start.line === at.line);
    await client.waitFor(() => here().length > 0, 'a diagnostic on the status');
    await client.settled();
    assert.equal(here().length, 1, JSON.stringify(here()));
  });

  it('hovers a key with what the schema says of it', async () => {
    const note = ws.path('notes', 'h200-approvals.note.yaml');
    const text = ws.read('notes', 'h200-approvals.note.yaml');
    client.change(note, text);
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(note) }, position: positionOf(text, 'claims:', 1) }));
    assert.match(value, /claims/i);
    assert.ok(value.length > 20, value);
  });

  it('hovers a key of the config file, which the index does not hold', async () => {
    const config = ws.path('.policy-notes.yaml');
    const text = ws.read('.policy-notes.yaml');
    client.open(config, text);
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(config) }, position: positionOf(text, 'entities:', 1) }));
    assert.match(value, /entit/i);
  });

  it('completes the values of a claim status', async () => {
    const note = ws.path('notes', 'h200-approvals.note.yaml');
    const text = ws.read('notes', 'h200-approvals.note.yaml').replace('status: confirmed', 'status: ');
    client.change(note, text);
    const position = positionOf(text, 'status: ', 'status: '.length);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(note) }, position });
    assert.ok(items.some((i) => i.label === 'confirmed'), JSON.stringify(items.map((i) => i.label)));
  });

  it('completes the keys a front matter may still have', async () => {
    const note = ws.path('notes', 'h200-approval.md');
    const text = ws.read('notes', 'h200-approval.md').replace(/^title: .*\n/m, '');
    client.change(note, text.replace(/^date: /m, 'ti\ndate: '));
    const edited = text.replace(/^date: /m, 'ti\ndate: ');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(note) }, position: positionOf(edited, 'ti\n', 2) });
    assert.ok(items.some((i) => i.label === 'title'), JSON.stringify(items.map((i) => i.label)));
  });
});
