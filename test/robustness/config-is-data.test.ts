/**
 * Configuration is data: no code in the repository is ever loaded, word lists are literal phrases,
 * and `bibliography:` paths never leave the workspace root, however they are spelled.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { repoPath } from '../helpers/paths';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

describe('configuration is data', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pn-data-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('engine and CLI sources never load code at run time (no dynamic import, require, eval or vm) but their own modules', () => {
    // A `require` of a sibling source module named by a literal (the lazily loaded BibTeX parser) loads our own code only.
    const own = /\brequire\('\.\/([\w-]+)'\)/g;
    let ownModules = 0;
    for (const file of [...sources(repoPath('server/src/core')), ...sources(repoPath('server/src/host')), ...sources(repoPath('server/src/cli'))]) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(own)) {
        assert.ok(existsSync(join(file, '..', `${m[1]}.ts`)), `${file}: ${m[0]} is not a module of ours`);
        ownModules++;
      }
      assert.doesNotMatch(source.replace(own, ''), /\bimport\s*\(|\brequire\s*\(|\beval\s*\(|new\s+Function\b|node:vm/, file);
    }
    assert.equal(ownModules, 1);
  });

  it('never runs code files or plugins named in a repository', () => {
    const code = `require('node:fs').writeFileSync(${JSON.stringify(join(root, 'ran.txt'))}, 'ran');`;
    for (const name of ['.policy-notes.js', '.policy-notes.cjs', 'policy-notes.config.mjs', 'plugin.js']) writeFileSync(join(root, name), code);
    writeFileSync(join(root, '.policy-notes.yaml'), 'plugins: ./plugin.js\nrules: !!js/function "function () {}"\n');
    writeFileSync(join(root, 'a.md'), 'Text.\n');
    const r = runCli(['check', '.'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /"plugins" is not a setting/);
    assert.ok(!existsSync(join(root, 'ran.txt')), 'repository code ran');
  });

  it('reads hedge phrases from config literally, even when they look like regular expressions', () => {
    writeFileSync(join(root, '.policy-notes.yaml'), 'hedges:\n  add: ["(a+)+$", "a+(b", ".*", "\\\\"]\n');
    writeFileSync(join(root, 'a.md'), `${'a'.repeat(40)}! Output a+(b rose 4% [@x].\n`);
    const started = performance.now();
    const r = runCli(['check', '--format', 'json', '.'], root);
    const rules = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; message: string }> }).findings.filter((f) => f.rule === 'claim-hedged');
    assert.equal(rules.length, 1, JSON.stringify(rules));
    assert.match(rules[0].message, /a\+\(b/);
    assert.ok(performance.now() - started < 5000);
  });

  it('refuses bibliography paths that climb out, are absolute, or pass through a link out of the root', () => {
    const outside = mkdtempSync(join(tmpdir(), 'pn-outside-'));
    try {
      writeFileSync(join(outside, 'refs.yaml'), '- id: x\n  title: T\n');
      mkdirSync(join(root, 'notes'));
      symlinkSync(outside, join(root, 'notes/linked'));
      const paths = ['../../../../../../../../etc/hostname', join(outside, 'refs.yaml'), 'linked/refs.yaml', `../${'../'.repeat(20)}${outside.slice(1)}/refs.yaml`];
      writeFileSync(join(root, 'notes/a.md'), `---\nbibliography: [${paths.map((p) => JSON.stringify(p)).join(', ')}]\n---\nText [@x].\n`);
      const r = runCli(['check', '--format', 'json', '.'], root);
      const findings = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; message: string }> }).findings;
      assert.equal(findings.filter((f) => /outside the workspace/.test(f.message)).length, paths.length, JSON.stringify(findings));
      assert.ok(findings.some((f) => f.rule === 'citation-undefined'), 'x stays undefined: nothing outside was read');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('ends on a bibliography that is a symbolic link loop', () => {
    symlinkSync('loop.yaml', join(root, 'loop.yaml'));
    writeFileSync(join(root, 'a.md'), '---\nbibliography: loop.yaml\n---\nText [@x].\n');
    const r = runCli(['check', '--format', 'json', '.'], root);
    assert.match(r.stdout, /cannot be read/);
  });
});
