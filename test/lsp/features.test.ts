/** Hover, completion, definition, references, symbols, CodeLens and the timeline, over the protocol. */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import type { CodeLens, CompletionItem, DocumentSymbol, Hover, Location, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { uri } from '../helpers/lsp-client';
import type { LspClient } from '../helpers/lsp-client';
import { serveExamples, stopServing } from '../helpers/example-server';
import { positionOf } from '../helpers/workspace-copy';
import type { WorkspaceCopy } from '../helpers/workspace-copy';

const hoverText = (h: Hover | null): string => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('language server: look-ups', function () {
  this.timeout(30_000);
  let ws: WorkspaceCopy, client: LspClient, note: string, text: string;
  before(async () => {
    ({ ws, client, note, text } = await serveExamples());
    client.open(note, text);
  });
  after(() => stopServing({ ws, client }));

  const at = (needle: string, shift = 1, nth = 1) => ({ textDocument: { uri: uri(note) }, position: positionOf(text, needle, shift, nth) });

  it('hovers an entity with its card from the registry', async () => {
    const h = await client.request<Hover>('textDocument/hover', at('Bureau of Industry'));
    const value = hoverText(h);
    assert.match(value, /\*\*Bureau of Industry and Security\*\* · agency/);
    assert.match(value, /administers export controls/);
    assert.match(value, /Mentioned in [1-9]\d* notes?/);
  });

  it('hovers a citation with the formatted reference and its reliability', async () => {
    const value = hoverText(await client.request<Hover>('textDocument/hover', at('@nyt-2025-12-10', 2)));
    assert.match(value, /\*\*@nyt-2025-12-10\*\* — \*Lawmakers question the decision to allow H200 sales\*\. The New York Times\. 10 December 2025\./);
    assert.match(value, /<https:\/\/example\.org\/nyt\/2025\/12\/10\/h200-lawmakers>/);
    assert.match(value, /Reliability: \*\*secondary\*\*/);
  });

  it('hovers a relative date with its resolved value and anchor', async () => {
    const value = hoverText(await client.request<Hover>('textDocument/hover', at('In December', 4)));
    assert.match(value, /Date "December" → \*\*2025-12\*\* \(December 2025\) · resolved against the note's date 2026-02-24, past tense/);
  });

  it('hovers a flagged claim with the reason it is flagged', async () => {
    const other = ws.path('notes', 'smuggling-brief.md');
    const brief = ws.read('notes', 'smuggling-brief.md');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(other) }, position: positionOf(brief, 'expect ', 2) });
    assert.match(hoverText(h), /\*\*claim-hedged\*\*: "expect" marks this claim as uncertain/);
  });

  it('answers nothing on plain words', async () => {
    assert.equal(await client.request('textDocument/hover', at('criticised the decision')), null);
  });

  it('completes citation keys after "[@", with titles, from the note and its bibliography', async () => {
    const edited = text.replace('## What we do not know yet', 'New claim [@\n\n## What we do not know yet');
    client.change(note, edited);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(note) }, position: positionOf(edited, 'New claim [@', 'New claim [@'.length) });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('nyt-2025-12-10'), 'front matter reference');
    assert.ok(labels.includes('reuters-2025-12-09'), 'bibliography reference');
    assert.equal(items.find((i) => i.label === 'nyt-2025-12-10')!.detail, 'Lawmakers question the decision to allow H200 sales');
    client.change(note, text);
  });

  it('does not complete citation keys in an e-mail address', async () => {
    const edited = text.replace('## What we do not know yet', 'Write to desk@\n\n## What we do not know yet');
    client.change(note, edited);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(note) }, position: positionOf(edited, 'desk@', 5) });
    assert.deepEqual(items, []);
    client.change(note, text);
  });

  it('completes entity names in prose', async () => {
    const edited = text.replace('## What we do not know yet', 'Shipments of Nvi\n\n## What we do not know yet');
    client.change(note, edited);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uri(note) }, position: positionOf(edited, 'of Nvi', 6) });
    assert.ok(items.some((i) => i.label === 'Nvidia H200'));
    client.change(note, text);
  });

  it('goes from a citation to its entry in the bibliography file', async () => {
    const locs = await client.request<Location[]>('textDocument/definition', at('@bis-2026-01-13', 2));
    assert.equal(locs.length, 1);
    assert.equal(locs[0].uri, uri(ws.path('references', 'export-controls.yaml')));
    const bib = ws.read('references', 'export-controls.yaml');
    assert.deepEqual(locs[0].range.start, positionOf(bib, 'bis-2026-01-13', 0));
  });

  it('goes from an entity mention to its registry entry', async () => {
    const locs = await client.request<Location[]>('textDocument/definition', at('Bureau of Industry'));
    assert.equal(locs[0].uri, uri(ws.path('entities.yaml')));
    assert.deepEqual(locs[0].range.start, positionOf(ws.read('entities.yaml'), 'Bureau of Industry and Security', 0));
  });

  it('finds every citation of a reference across notes', async () => {
    const locs = await client.request<Location[]>('textDocument/references', { ...at('@reuters-2025-12-09', 2), context: { includeDeclaration: true } });
    const files = new Set(locs.map((l) => l.uri.slice(l.uri.lastIndexOf('/') + 1)));
    assert.deepEqual([...files].sort(), ['export-controls.yaml', 'h200-approval.md', 'h200-approvals.note.yaml', 'entities.yaml'].sort());
    assert.ok(locs.length >= 5);
  });

  it('finds every mention of an entity in every note', async () => {
    const locs = await client.request<Location[]>('textDocument/references', { ...at('Nvidia H200', 2), context: { includeDeclaration: false } });
    assert.ok(locs.length >= 2);
    assert.ok(locs.every((l) => l.uri.endsWith('.md') || l.uri.endsWith('.note.yaml')));
  });

  it('outlines a note: claims, events and references', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(note) } });
    assert.deepEqual(symbols.map((s) => s.name), ['Claims', 'Events', 'References']);
    assert.deepEqual(symbols[1].children!.map((c) => c.name), ['h200-china-approval', 'bis-license-policy']);
    assert.deepEqual(symbols[2].children!.map((c) => c.name), ['nyt-2025-12-10', 'wsj-2025-12-11']);
  });

  it('finds entities, references and events as workspace symbols', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'h200' });
    const names = symbols.map((s) => s.name);
    for (const n of ['Nvidia H200', 'H200', 'h200-china-approval']) assert.ok(names.includes(n), n);
  });

  it('summarises the note in a CodeLens at the top', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri(note) } });
    assert.equal(lenses.length, 1);
    assert.match(lenses[0].command!.title, /^\d+ claims · \d+ unsourced · \d+ unconfirmed · 5 date issues$/);
    assert.equal(lenses[0].command!.command, 'policyNotes.showTimeline');
  });

  it('renders the timeline page for one note', async () => {
    const { html } = await client.request<{ html: string }>('policyNotes/timeline', { uri: uri(note) });
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /2025-12/);
    assert.doesNotMatch(html, /<script\b[^>]*\bsrc=/i);
  });

  it('hovers a citation from a BibTeX bibliography, whose parser the server loads on first use', async () => {
    writeFileSync(ws.path('references', 'extra.bib'), '@article{khan2025,\n  author = {Khan, Amira},\n  title = {Export controls after the H20},\n  journal = {Policy Review},\n  year = {2025},\n}\n');
    const path = ws.path('notes', 'bibtex-note.md');
    const body = '---\ntitle: BibTeX\ndate: 2026-02-02\nbibliography: ../references/extra.bib\n---\nKhan argued that the controls had failed [@khan2025].\n';
    client.open(path, body);
    const position = positionOf(body, '@khan2025', 2);
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(path) }, position }));
    assert.match(value, /\*\*@khan2025\*\* — Amira Khan\. \*Export controls after the H20\*\. Policy Review\. 2025\./);
  });
});
