/**
 * The BibTeX parser, loaded the first time a BibTeX file is read. With the LaTeX tables it brings, it
 * is half of the bundle and a third of every start (of the main thread and of each worker), and most
 * projects have no .bib file. The shipped build keeps it in a bundle of its own (see esbuild.mjs).
 */
import type { BibtexParser } from '../core/note/bibtex';

let parser: BibtexParser | undefined;

/** The BibTeX parser, loaded on first use. */
export function bibtexParser(): BibtexParser {
  // A module of ours named literally, never a path from a project: no project's code is ever loaded.
  parser ??= (require('./bibtex-library') as { parse: BibtexParser }).parse;
  return parser;
}
