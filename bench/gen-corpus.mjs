#!/usr/bin/env node
// Writes a deterministic benchmark corpus (or reuses it): N notes, or one big note, plus the shared
// bibliography and a `.policy-notes.yaml` pointing at it. A stamp file `<dir>.stamp.json` beside the
// corpus records the generator's hash, the seed and the size; a corpus whose stamp matches is reused.
//
//   node bench/gen-corpus.mjs --out .bench/corpus-1k --count 1000 [--seed 42]
//   node bench/gen-corpus.mjs --out .bench/big-5mib --big-mib 5 [--seed 42]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BIBLIOGRAPHY_FILE, CONFIG_TEXT, makeBibliography, makeBigNote, makeNote } from './corpus/note.mjs';

const GENERATOR_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

/** Hash of the generator's sources: any change to them invalidates every stamp. */
function generatorHash() {
  const h = createHash('sha256');
  for (const f of readdirSync(GENERATOR_DIR).sort()) h.update(f).update(readFileSync(join(GENERATOR_DIR, f)));
  return h.digest('hex').slice(0, 16);
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Makes sure `dir` holds the corpus `spec` = { seed, count } or { seed, bigMib }.
 * Returns { dir, notes, bytes (of the notes), reused }.
 */
export function ensureCorpus(dir, spec) {
  const stampFile = `${dir}.stamp.json`;
  const key = { generator: generatorHash(), seed: String(spec.seed), count: spec.count ?? null, bigMib: spec.bigMib ?? null };
  const stamp = readStamp(stampFile);
  if (stamp && JSON.stringify(stamp.key) === JSON.stringify(key) && existsSync(dir)) return { dir, notes: stamp.notes, bytes: stamp.bytes, reused: true };

  rmSync(stampFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bibliography = makeBibliography(key.seed);
  writeFileSync(join(dir, BIBLIOGRAPHY_FILE), bibliography.text);
  writeFileSync(join(dir, '.policy-notes.yaml'), CONFIG_TEXT);
  let notes = 0;
  let bytes = 0;
  const write = (name, text) => {
    writeFileSync(join(dir, name), text);
    notes++;
    bytes += Buffer.byteLength(text);
  };
  if (spec.bigMib) write('big-note.md', makeBigNote(key.seed, spec.bigMib * 1024 * 1024, bibliography.ids));
  else for (let i = 1; i <= spec.count; i++) write(`note-${String(i).padStart(5, '0')}.md`, makeNote(key.seed, i, bibliography.ids));
  writeFileSync(stampFile, JSON.stringify({ key, notes, bytes }, null, 2) + '\n');
  return { dir, notes, bytes, reused: false };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, count: { type: 'string' }, 'big-mib': { type: 'string' }, seed: { type: 'string', default: '42' } } });
  if (!values.out || !values.count === !values['big-mib']) {
    process.stderr.write('usage: gen-corpus.mjs --out DIR (--count N | --big-mib M) [--seed S]\n');
    process.exit(2);
  }
  const spec = values.count ? { seed: values.seed, count: Number(values.count) } : { seed: values.seed, bigMib: Number(values['big-mib']) };
  console.log(JSON.stringify(ensureCorpus(values.out, spec)));
}
