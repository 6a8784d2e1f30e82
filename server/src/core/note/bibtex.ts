/** Reads BibTeX / BibLaTeX files with @retorquere/bibtex-parser and locates each entry in the text. */
import type { parse as parseLibrary } from '@retorquere/bibtex-parser';
import { isoFromParts, parseIsoDate } from '../calendar';
import type { Span } from '../text';
import { RELIABILITIES } from './model';
import type { MetaDate, Reference, Reliability } from './model';
import type { SyntaxProblem } from './yaml-source';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Finds where `needle` (a field value) sits inside the entry text, falling back to the entry. */
function fieldSpan(entry: Span, text: string, field: string): Span {
  const at = new RegExp(`\\b${field}\\s*=`, 'i').exec(text.slice(entry.start, entry.end));
  if (!at) return entry;
  return { start: entry.start + at.index, end: entry.start + at.index + at[0].length };
}

/** BibTeX dates: `date` (ISO), or `year` + `month` + `day`. */
function issuedOf(fields: Record<string, unknown>, span: Span): MetaDate | undefined {
  const date = fields.date;
  if (typeof date === 'string' && date) return { raw: date, ...span, ...parseIsoDate(date) };
  const year = fields.year;
  if (typeof year !== 'string' || !year) return undefined;
  const monthRaw = typeof fields.month === 'string' ? fields.month.toLowerCase() : undefined;
  const month = monthRaw === undefined ? undefined : (MONTHS[monthRaw.slice(0, 3)] ?? Number(monthRaw));
  const day = typeof fields.day === 'string' ? Number(fields.day) : undefined;
  const raw = [year, monthRaw, fields.day].filter(Boolean).join('-');
  if (!/^\d{4}$/.test(year)) return { raw, ...span, invalid: `"${year}" is not a four-digit year` };
  return { raw, ...span, ...isoFromParts(Number(year), month, month === undefined ? undefined : day) };
}

/**
 * The package's BibTeX parser. The host hands it in, because it loads it only when a project has a
 * BibTeX file: with the LaTeX tables it brings, it is half of the bundle.
 */
export type BibtexParser = typeof parseLibrary;

/** Parses a BibTeX file into references; entry positions are found by scanning for each entry's text. */
export function readBibtex(text: string, file: string, parse: BibtexParser): { references: Reference[]; problems: SyntaxProblem[] } {
  const problems: SyntaxProblem[] = [];
  const references: Reference[] = [];
  let library;
  try {
    library = parse(text, { sentenceCase: false, english: false } as never);
  } catch (err) {
    return { references, problems: [{ start: 0, end: 0, message: `BibTeX: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  let cursor = 0;
  for (const error of library.errors) {
    const at = error.input ? text.indexOf(error.input) : -1;
    problems.push({ start: Math.max(at, 0), end: Math.max(at, 0), message: `BibTeX: ${error.error}` });
  }
  const seen = new Set<string>();
  for (const entry of library.entries) {
    if (!entry.input) continue;
    const start = text.indexOf(entry.input, cursor);
    if (start < 0) continue;
    cursor = start + entry.input.length;
    const entrySpan = { start, end: cursor };
    const keyAt = text.indexOf(entry.key, start);
    const idSpan = keyAt >= 0 && keyAt < cursor ? { start: keyAt, end: keyAt + entry.key.length } : entrySpan;
    if (seen.has(entry.key)) {
      problems.push({ ...idSpan, message: `The reference id "${entry.key}" is defined twice in this file; the first one is used` });
      continue;
    }
    seen.add(entry.key);
    const fields = entry.fields as Record<string, unknown>;
    const str = (name: string): string | undefined => {
      const v = fields[name];
      return typeof v === 'string' && v ? v : Array.isArray(v) && v.length ? String(v[0]) : undefined;
    };
    const reliabilityRaw = str('reliability');
    const known = reliabilityRaw !== undefined && (RELIABILITIES as readonly string[]).includes(reliabilityRaw);
    if (reliabilityRaw !== undefined && !known) {
      problems.push({ ...fieldSpan(entrySpan, text, 'reliability'), message: `reliability must be one of ${RELIABILITIES.join(', ')}; "${reliabilityRaw}" was read as secondary` });
    }
    const reliability = known ? (reliabilityRaw as Reliability) : 'secondary';
    const creators = (fields.author ?? []) as Array<{ lastName?: string; firstName?: string; name?: string }>;
    const urldate = str('urldate');
    references.push({
      id: entry.key,
      file,
      origin: 'bibtex',
      idSpan,
      entrySpan,
      type: entry.type,
      title: str('title'),
      url: str('url'),
      doi: str('doi'),
      container: str('journal') ?? str('journaltitle') ?? str('publisher') ?? str('institution'),
      authors: Array.isArray(creators) ? creators.map((c) => c.name ?? [c.firstName, c.lastName].filter(Boolean).join(' ')) : [],
      issued: issuedOf(fields, fieldSpan(entrySpan, text, fields.date ? 'date' : 'year')),
      accessed: urldate ? { raw: urldate, ...fieldSpan(entrySpan, text, 'urldate'), ...parseIsoDate(urldate) } : undefined,
      reliability,
    });
  }
  return { references, problems };
}
