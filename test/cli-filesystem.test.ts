/**
 * The CLI on real folders made at test time: .gitignore, node_modules, symbolic links (loops and
 * links out of the root), binary, oversized and non-UTF-8 files, a BOM, and `init`.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli';

interface JsonReport {
  files: number;
  findings: Array<{ file: string; line: number; column: number; rule: string; severity: string; message: string }>;
}

function check(cwd: string, ...args: string[]): { report: JsonReport; status: number | null; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], cwd);
  return { report: r.stdout ? (JSON.parse(r.stdout) as JsonReport) : { files: 0, findings: [] }, status: r.status, stderr: r.stderr };
}

describe('policy-notes CLI on a real folder', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pn-ws-'));
    outside = mkdtempSync(join(tmpdir(), 'pn-out-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('honours .gitignore and skips node_modules', () => {
    writeFileSync(join(root, '.gitignore'), 'drafts/\n*.tmp.md\n');
    mkdirSync(join(root, 'drafts'));
    mkdirSync(join(root, 'node_modules/pkg'), { recursive: true });
    writeFileSync(join(root, 'drafts/a.md'), 'Draft [@x].\n');
    writeFileSync(join(root, 'b.tmp.md'), 'Temp [@x].\n');
    writeFileSync(join(root, 'node_modules/pkg/README.md'), 'Dependency [@x].\n');
    writeFileSync(join(root, 'kept.md'), 'Kept [@x].\n');
    const { report } = check(root);
    assert.deepEqual(report.findings.map((f) => f.file), ['kept.md']);
  });

  it('stops at symbolic link loops and never follows a link out of the root', () => {
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes/a.md'), 'Inside [@x].\n');
    symlinkSync(join(root, 'notes'), join(root, 'notes/loop'));
    writeFileSync(join(outside, 'secret.md'), 'Outside [@y].\n');
    symlinkSync(outside, join(root, 'escape'));
    const { report, status } = check(root);
    assert.equal(status, 1);
    assert.deepEqual(report.findings.map((f) => f.file), ['notes/a.md']);
  });

  it('refuses a bibliography that resolves outside the root', () => {
    writeFileSync(join(outside, 'refs.yaml'), '- id: x\n  title: T\n  URL: https://x\n  issued: 2026\n');
    symlinkSync(join(outside, 'refs.yaml'), join(root, 'refs.yaml'));
    writeFileSync(join(root, 'a.md'), '---\nbibliography: refs.yaml\n---\nText [@x].\n');
    const { report } = check(root);
    assert.deepEqual(report.findings.map((f) => f.rule), ['note-syntax', 'citation-undefined']);
    assert.match(report.findings[0].message, /outside the workspace/);
  });

  it('skips binary and oversized files with a finding, reads invalid UTF-8 and a BOM', () => {
    writeFileSync(join(root, 'binary.md'), Buffer.from([0x50, 0x4e, 0x00, 0x01, 0x02]));
    writeFileSync(join(root, 'huge.md'), Buffer.alloc(11 * 1024 * 1024, 'a'));
    writeFileSync(join(root, 'latin1.md'), Buffer.from('Caf\xe9 [@k].\n', 'latin1'));
    writeFileSync(join(root, 'bom.md'), '\ufeffText [@bom-key].\n');
    const { report, status } = check(root);
    const byFile = Object.fromEntries(report.findings.map((f) => [`${f.file}:${f.rule}:${f.severity}`, f]));
    assert.equal(status, 1);
    assert.match(byFile['binary.md:note-syntax:info'].message, /binary/);
    assert.match(byFile['huge.md:note-syntax:info'].message, /above the 10 MB limit/);
    assert.match(byFile['latin1.md:note-syntax:error'].message, /not valid UTF-8/);
    assert.equal(byFile['bom.md:citation-undefined:error'].column, 8);
    assert.equal(report.files, 4);
  });

  it('exits 2 when a folder holds no notes, naming the folder', () => {
    mkdirSync(join(root, 'empty'));
    const r = runCli(['check', 'empty'], root);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'policy-notes: no notes found in empty\n');
  });

  it('init writes a config that the check accepts, and never overwrites one', () => {
    assert.equal(runCli(['init'], root).status, 0);
    writeFileSync(join(root, 'a.md'), 'Fine.\n');
    assert.equal(check(root).status, 0);
    const again = runCli(['init'], root);
    assert.equal(again.status, 2);
    assert.match(readFileSync(join(root, '.policy-notes.yaml'), 'utf8'), /^# Policy Notes configuration/);
  });
});
