#!/usr/bin/env node
// Parse-only floor: reads every note (*.md) and YAML file under DIR, parses YAML (front matter, the
// bibliography, the config) with `yaml` and note bodies with markdown-it set up as the product's block
// pass (server/src/core/note/blocks.ts), and keeps nothing. Prints {"files","bytes"} as a check.
//   node bench/floor.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { LineCounter, parseDocument } from 'yaml';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnote);
md.core.ruler.disable(['inline', 'footnote_tail', 'text_join']);

function parseYaml(text) {
  parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false, prettyErrors: false, strict: false });
}

/** Front matter as server/src/core/note/front-matter.ts finds it: [yaml, body]. */
function splitFrontMatter(text) {
  const first = /^---[ \t]*\r?\n/.exec(text.slice(0, 8));
  if (!first) return ['', text];
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = first[0].length;
  const m = close.exec(text);
  if (!m) return ['', text];
  return [text.slice(first[0].length, m.index), text.slice(m.index + m[0].length)];
}

const dir = process.argv[2];
let files = 0;
let bytes = 0;
for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
  const isNote = name.endsWith('.md');
  if (!isNote && !/\.ya?ml$/.test(name)) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  files++;
  bytes += Buffer.byteLength(text);
  if (!isNote) {
    parseYaml(text);
    continue;
  }
  const [yaml, body] = splitFrontMatter(text);
  parseYaml(yaml);
  md.parse(body, {});
}
console.log(JSON.stringify({ files, bytes }));
