/**
 * Diagnostics over the protocol: the server's findings for the example workspace equal the CLI's,
 * columns are UTF-16, and edits to one file refresh the notes that depend on it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { runCli } from '../helpers/cli';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, uri } from '../helpers/lsp-client';
import { copyExamples } from '../helpers/workspace-copy';
import type { WorkspaceCopy } from '../helpers/workspace-copy';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** The diagnostics in the CLI's JSON shape, for a direct comparison. */
function asCliFindings(client: LspClient, root: string): unknown[] {
  const out: Array<Record<string, unknown>> = [];
  for (const [u, list] of client.diagnostics) {
    for (const d of list as Diagnostic[]) {
      out.push({
        file: relative(root, fileURLToPath(u)).replace(/\\/g, '/'),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        rule: d.code,
        severity: SEVERITY[d.severity!],
        message: d.message,
      });
    }
  }
  return out.sort((a, b) => (a.file as string).localeCompare(b.file as string) || (a.line as number) - (b.line as number) || (a.column as number) - (b.column as number) || String(a.rule).localeCompare(String(b.rule)));
}

describe('language server: diagnostics', function () {
  this.timeout(30_000);
  let ws: WorkspaceCopy;
  let root: string;
  let client: LspClient;

  beforeEach(async () => {
    ws = copyExamples();
    root = ws.root;
    client = await LspClient.start(root);
  });
  afterEach(async () => {
    await client.stop();
    ws.remove();
  });

  it('reports exactly what the CLI reports for the example workspace', async () => {
    const cli = JSON.parse(runCli(['check', '--format', 'json', '.'], root).stdout) as { findings: unknown[] };
    assert.ok(cli.findings.length > 20);
    assert.deepEqual(asCliFindings(client, root), cli.findings);
  });

  it('gives every diagnostic its source, rule code, documentation link and fix data', async () => {
    const all = [...client.diagnostics.values()].flat();
    assert.ok(all.length > 0);
    for (const d of all) {
      assert.equal(d.source, 'policy-notes');
      assert.match(String(d.code), /^[a-z]+(-[a-z]+)+$/);
      assert.equal(d.codeDescription?.href, `https://github.com/policy-notes/policy-notes/blob/main/docs/rules/${d.code}.md`);
    }
    const unused = all.find((d) => d.code === 'source-unused')!;
    assert.match((unused.data as { fix: { title: string } }).fix.title, /Remove/);
  });

  it('lints the editor text, not the disk, and counts columns in UTF-16 units', async () => {
    const note = join(root, 'notes', 'emoji.md');
    // "🚀" is two UTF-16 units; curly quotes are one each.
    const text = '---\ntitle: Emoji\ndate: 2026-02-24\n---\n“Quoted” 🚀 text: the ministry reportedly approved it [@nowhere-key].\n';
    client.open(note, text);
    await client.waitFor(() => client.diagnosticsOf(note).length >= 2, 'diagnostics of the open note');
    const line = text.split('\n')[4];
    const hedge = client.diagnosticsOf(note).find((d) => d.code === 'claim-hedged')!;
    assert.deepEqual(hedge.range.start, { line: 4, character: line.indexOf('reportedly') });
    const undefinedKey = client.diagnosticsOf(note).find((d) => d.code === 'citation-undefined')!;
    assert.deepEqual(undefinedKey.range, { start: { line: 4, character: line.indexOf('nowhere-key') }, end: { line: 4, character: line.indexOf('nowhere-key') + 'nowhere-key'.length } });
  });

  it('updates the notes that cite a bibliography when the bibliography is edited', async () => {
    const bib = join(root, 'references', 'export-controls.yaml');
    const note = join(root, 'notes', 'h200-approval.md');
    const before = client.diagnosticsOf(note).filter((d) => d.code === 'citation-undefined').length;
    const text = readFileSync(bib, 'utf8').replace(/- id: reuters-2025-12-09/, '- id: reuters-2025-12-09-renamed');
    client.open(bib, text);
    await client.waitFor(() => client.diagnosticsOf(note).some((d) => d.code === 'citation-undefined' && d.message.includes('"reuters-2025-12-09"')), 'the note to see the renamed key');
    assert.ok(client.diagnosticsOf(note).filter((d) => d.code === 'citation-undefined').length > before);
  });

  it('picks up a change on disk to a closed bibliography through file events', async () => {
    const bib = join(root, 'references', 'export-controls.yaml');
    const note = join(root, 'notes', 'h200-approval.md');
    writeFileSync(bib, readFileSync(bib, 'utf8').replace(/- id: reuters-2025-12-09/, '- id: reuters-renamed'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${bib}`, type: 2 }] });
    await client.waitFor(() => client.diagnosticsOf(note).some((d) => d.code === 'citation-undefined' && d.message.includes('"reuters-2025-12-09"')), 'the note to see the disk change');
  });

  it('reads ranged edits as an editor sends them, one or several to a notification, to what the CLI finds in the same text', async () => {
    // A long note, whose findings an edit read in the wrong place would leave stale.
    const note = join(root, 'notes', 'typed-into.md');
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} is plain text about the committee.`);
    const mirror = TextDocument.create(uri(note), 'markdown', 1, `---\ntitle: Typed into\ndate: 2026-02-24\n---\n${paragraphs.join('\n\n')}\n`);
    writeFileSync(note, mirror.getText());
    client.open(note, mirror.getText());
    /** A change replacing `length` characters at the first `at`, applied to the mirror too. */
    const change = (at: string, length: number, text: string) => {
      const offset = mirror.getText().indexOf(at);
      assert.ok(offset >= 0, `"${at}" in the note`);
      const edit = { range: { start: mirror.positionAt(offset), end: mirror.positionAt(offset + length) }, text };
      TextDocument.update(mirror, [edit], mirror.version + 1);
      return edit;
    };
    // Typed over, same length: no block moves, so only the edit's place says which block changed.
    client.changeRanges(note, [change('plain text about the committee.\n\nParagraph 4', 5, 'maybe')]);
    client.changeRanges(note, [change('Paragraph 5 ', 0, 'The ministry reportedly approved 12 licences [@nowhere-key]. ')]);
    client.changeRanges(note, [change('plain text about the committee.\n\nParagraph 31', 6, ''), change('Paragraph 51', 0, 'Critics say 30 people left on 03/04/2026.\n\n')]);
    client.changeRanges(note, [change('committee.\n\nParagraph 40', 11, 'committee. It may have risen.\n\nSources said 5 million.\n\n')]);
    writeFileSync(note, mirror.getText());
    const expected = (JSON.parse(runCli(['check', '--format', 'json', '.'], root).stdout) as { findings: Array<{ file: string }> }).findings.filter((f) => f.file === 'notes/typed-into.md');
    assert.ok(expected.length >= 5);
    const mine = () => asCliFindings(client, root).filter((f) => (f as { file: string }).file === 'notes/typed-into.md');
    await client.waitFor(() => JSON.stringify(mine()) === JSON.stringify(expected), 'the diagnostics of the edited text', 5000);
  });

  it('clears the diagnostics of a note deleted on disk, after it was open, through file events', async () => {
    const note = join(root, 'notes', 'h200-approval.md');
    assert.ok(client.diagnosticsOf(note).length > 0);
    client.open(note, readFileSync(note, 'utf8'));
    client.close(note);
    rmSync(note);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${note}`, type: 3 }] });
    await client.waitFor(() => client.diagnosticsOf(note).length === 0, 'the deleted note to have no diagnostics');
  });

  it('reports cross-note event dates again when one note changes its event', async () => {
    const md = join(root, 'notes', 'h200-approval.md');
    const yaml = join(root, 'notes', 'h200-approvals.note.yaml');
    assert.ok(client.diagnosticsOf(yaml).some((d) => d.code === 'date-conflict'));
    client.open(md, readFileSync(md, 'utf8').replace('  - id: h200-china-approval\n    date: 2025-12', '  - id: h200-china-approval\n    date: 2025-11'));
    await client.waitFor(() => !client.diagnosticsOf(yaml).some((d) => d.code === 'date-conflict' && d.message.includes('h200-china-approval')), 'the YAML note to lose its conflict');
  });
});
