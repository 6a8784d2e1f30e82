/** Builds the model of a bibliography file: CSL-JSON, CSL-YAML or BibTeX, chosen by extension. */
import { LineIndex } from '../text';
import { readBibtex } from './bibtex';
import type { BibtexParser } from './bibtex';
import { readCslList } from './csl';
import { yamlControlComments } from './yaml-comments';
import { getPair, parseYaml } from './yaml-source';
import type { BibliographyDocument, Reference, SyntaxProblem } from './model';

/** Whether a path names a bibliography format the engine reads. */
export function isBibliographyPath(path: string): boolean {
  return /\.(json|ya?ml|bib|bibtex)$/i.test(path);
}

/** The BibTeX parser, or a problem when it cannot be loaded (a broken install): reading a file never throws. */
function loadBibtex(bibtex: () => BibtexParser, problems: SyntaxProblem[]): BibtexParser | undefined {
  try {
    return bibtex();
  } catch (err) {
    problems.push({ start: 0, end: 0, message: `BibTeX: the parser could not be loaded (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` });
    return undefined;
  }
}

/** Parses a bibliography file. Never throws. `bibtex` gives the BibTeX parser; it is asked for only for a BibTeX file. */
export function parseBibliography(path: string, text: string, bibtex: () => BibtexParser): BibliographyDocument {
  const problems: SyntaxProblem[] = [];
  let references: Reference[] = [];
  if (/\.(bib|bibtex)$/i.test(path)) {
    const parse = loadBibtex(bibtex, problems);
    if (parse) {
      const bib = readBibtex(text, path, parse);
      references = bib.references;
      problems.push(...bib.problems);
    }
  } else {
    const json = /\.json$/i.test(path);
    const parsed = parseYaml(text, 0);
    problems.push(...parsed.problems);
    let list: unknown = parsed.doc?.contents;
    // CSL-YAML files may wrap the list in a `references:` key, as Pandoc's metadata files do.
    if (!json && getPair(list, 'references')) list = getPair(list, 'references')?.value;
    references = readCslList(list, path, json ? 'csl-json' : 'csl-yaml', 0, problems);
  }
  return { kind: 'bibliography', path, text, lines: new LineIndex(text), references, comments: yamlControlComments(text), problems };
}
