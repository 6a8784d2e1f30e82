/** "Disable RULE for this line": an inline control comment on the line before the finding. */
import type { SourceDocument } from '../documents';
import type { Fix } from '../types';
import { eol, indentAt } from './text-style';

/** Whether an offset lies in YAML text of the document (a YAML file or a note's front matter). */
function inYaml(doc: SourceDocument, offset: number): boolean {
  if (doc.kind !== 'note') return !/\.(json|bib)$/i.test(doc.path);
  if (doc.format === 'yaml') return true;
  return doc.frontMatter !== undefined && offset >= doc.frontMatter.start && offset < doc.frontMatter.end;
}

/** Builds the fix that inserts `policy-notes-disable-next-line RULE` above the line of `offset`. */
export function disableLineFix(doc: SourceDocument, ruleId: string, offset: number): Fix | undefined {
  const yaml = inYaml(doc, offset);
  if (!yaml && doc.kind !== 'note') return undefined; // JSON and BibTeX have no comment we read
  const line = doc.lines.lineAt(offset);
  const at = doc.lines.lineStart(line);
  if (doc.kind === 'note' && doc.frontMatter && line === doc.lines.lineAt(doc.frontMatter.start)) return undefined;
  const directive = `policy-notes-disable-next-line ${ruleId}`;
  const comment = yaml ? `# ${directive}` : `<!-- ${directive} -->`;
  return {
    title: `Disable ${ruleId} for this line`,
    edits: [{ file: doc.path, start: at, end: at, newText: `${indentAt(doc.text, at)}${comment}${eol(doc.text)}` }],
  };
}
