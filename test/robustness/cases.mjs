// The inputs of `npm run test:robustness`: each is a small workspace checked by the built CLI in a
// child process, with its time and memory bound and what a sensible result must contain.
import { aliasFlood, asFrontMatter, billionLaughs, largeMarkdownCases, manyKeys, markdownCases, nestedYaml, yamlNestingOpeners } from './hostile-inputs.mjs';

const TWO_S = 2000;
const RSS_MB = 512;

/** A finding of `rule` in `file` whose message matches `pattern`, or a description of what is missing. */
export function needs(file, rule, pattern) {
  return (report) => (report.findings.some((f) => f.file === file && f.rule === rule && pattern.test(f.message)) ? undefined : `no ${rule} finding in ${file} matching ${pattern}`);
}

/** Every file named has a note-syntax finding matching `pattern`. */
function allRefused(files, pattern) {
  return (report) => files.map((f) => needs(f, 'note-syntax', pattern)(report)).find(Boolean);
}

/** No note-syntax finding at all (the YAML was read). */
function read(report) {
  const f = report.findings.find((x) => x.rule === 'note-syntax');
  return f ? `unexpected note-syntax: ${f.message}` : undefined;
}

const markdown = [
  ...Object.entries(markdownCases).map(([name, make]) => ({ name: `md: ${name}`, files: { 'note.md': make() } })),
  { name: 'md: ordinary note 5 MB', files: { 'note.md': largeMarkdownCases['ordinary note 5 MB']() }, boundMs: 15000, boundRssMB: 1536 },
  { name: 'md: nested lists 5000 deep (24 MB), over the cap', files: { 'note.md': largeMarkdownCases['nested lists 5000 deep (24 MB)']() }, expect: needs('note.md', 'note-syntax', /above the 10 MB limit/) },
];

const yaml = [
  ...yamlNestingOpeners.map((opener) => ({
    name: `yaml: ${JSON.stringify(opener)} x10000, as a YAML note and as front matter`,
    files: { 'a.note.yaml': nestedYaml(opener, 10000), 'b.md': asFrontMatter(nestedYaml(opener, 10000)) },
    expect: allRefused(['a.note.yaml', 'b.md'], /nested deeper than 100 levels/),
  })),
  {
    name: 'yaml: "[" x10010 then "- " x7086 (the yaml 2.9.1 abort)',
    files: { 'a.note.yaml': nestedYaml('[', 10010), 'b.note.yaml': nestedYaml('- ', 7086) },
    expect: allRefused(['a.note.yaml', 'b.note.yaml'], /nested deeper than 100 levels/),
  },
  { name: 'yaml: 40,000-key YAML note', files: { 'keys.note.yaml': manyKeys(40000) }, boundMs: 3000, expect: read },
  { name: 'yaml: 40,000-key front matter', files: { 'keys.md': asFrontMatter(manyKeys(40000)) }, expect: needs('keys.md', 'note-syntax', /longer than 262144 characters/) },
  { name: 'yaml: 40,000 repeats of one key', files: { 'dup.note.yaml': 'k: v\n'.repeat(40000) }, expect: needs('dup.note.yaml', 'note-syntax', /appears more than once/) },
  { name: 'yaml: billion laughs', files: { 'a.note.yaml': billionLaughs(), 'b.md': asFrontMatter(billionLaughs()) }, expect: read },
  { name: 'yaml: 1,000 aliases of one list', files: { 'a.note.yaml': aliasFlood(1000) }, expect: needs('a.note.yaml', 'note-syntax', /more than 100 aliases/) },
];

const files = [
  { name: 'file: 11 MB note', files: { 'big.md': 'The ministry said 40 people attended.\n'.repeat(300000) }, expect: needs('big.md', 'note-syntax', /above the 10 MB limit/) },
  { name: 'file: binary named .md', files: { 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, expect: needs('image.md', 'note-syntax', /binary/) },
  { name: 'file: invalid UTF-8', files: { 'latin1.md': Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]) }, expect: needs('latin1.md', 'note-syntax', /not valid UTF-8/) },
  {
    name: 'file: BOM and CRLF keep line and column',
    files: { 'crlf.md': '\uFEFF---\r\ntitle: T\r\n---\r\nThe ministry said so [@missing].\r\n' },
    expect: (report) => (report.findings.some((f) => f.rule === 'citation-undefined' && f.line === 4 && f.column === 24) ? undefined : 'citation-undefined not at 4:24'),
  },
];

const MARKER = 'code-ran.txt';
const code = `require('node:fs').writeFileSync(require('node:path').join(__dirname, '${MARKER}'), 'ran');`;

const config = [
  {
    name: 'config: code files and a plugins key are never run',
    files: { '.policy-notes.yaml': 'plugins: ./plugin.js\n', '.policy-notes.js': code, '.policy-notes.cjs': code, 'policy-notes.config.mjs': code, 'plugin.js': code, 'a.md': 'Text.\n' },
    exitCodes: [2],
    expect: (report, dir, exists) => (exists(MARKER) ? 'repository code was executed' : undefined),
  },
  {
    name: 'config: regex-like hedge phrases are literal',
    files: { '.policy-notes.yaml': 'hedges:\n  add: ["(a+)+$", "a+(b", ".*", "\\\\", "(x+x+)+y"]\n', 'a.md': `${'a'.repeat(40)}! It a+(b rose [@x].\n${'x'.repeat(5000)}\n` },
    expect: needs('a.md', 'claim-hedged', /a\+\(b/),
  },
  {
    name: 'config: bibliography paths outside the root are refused',
    files: { 'a.md': '---\nbibliography: [../../../../../../../etc/passwd, /etc/hostname]\n---\nText [@x].\n' },
    expect: needs('a.md', 'note-syntax', /outside the workspace/),
  },
  {
    name: 'config: a bibliography symlink loop ends',
    files: { 'a.md': '---\nbibliography: loop.yaml\n---\nText [@x].\n' },
    links: { 'loop.yaml': 'loop.yaml', 'dir/up': '..' },
    expect: needs('a.md', 'note-syntax', /cannot be read/),
  },
];

/** Every input, with defaults filled in. */
export const cases = [...markdown, ...yaml, ...files, ...config].map((c) => ({ boundMs: TWO_S, boundRssMB: RSS_MB, exitCodes: [0, 1], links: {}, expect: () => undefined, ...c }));
