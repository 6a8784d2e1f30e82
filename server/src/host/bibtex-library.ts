/** The BibTeX parser's package, as its own module: bibtex-parser.ts loads it on first use. */
export { parse } from '@retorquere/bibtex-parser';
