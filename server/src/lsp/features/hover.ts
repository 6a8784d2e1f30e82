/**
 * Hover: the reference behind a citation, the card of an entity, the resolved value of a date, and
 * why a claim is flagged. Sections stack when several apply (a date inside a flagged sentence).
 */
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { ruleDocsUrl } from '../../core/docs-url';
import { relativePath } from '../../core/paths';
import { RULES } from '../../core/rules';
import type { Finding } from '../../core/types';
import { toRange } from '../convert';
import type { Session } from '../session';
import { findAt } from './at-offset';
import { formatEntity, formatReference, readableDate } from './format';

/** Rules whose findings explain a claim on hover. */
const CLAIM_RULES = new Set(['claim-unsourced', 'attribution-unsourced', 'claim-hedged', 'claim-anonymous', 'claim-overstated']);
const DESCRIPTION = new Map(RULES.map((r) => [r.id, r.rationale]));

/** The hover at an offset of a file, or null. `findings` are the file's current findings. */
export function hoverAt(session: Session, path: string, offset: number, findings: readonly Finding[]): Hover | null {
  const doc = session.documentFor(path);
  if (!doc) return null;
  const at = findAt(session, doc, offset);
  const sections: string[] = [];
  let span: { start: number; end: number } | undefined;
  const where = (file: string): string => relativePath(session.rootOf(file), file);
  if (at.citation) {
    const { citation, reference } = at.citation;
    sections.push(reference ? formatReference(reference, where(reference.file)) : `**@${citation.key}** is defined in no bibliography in reach of this file.`);
    span = citation.keySpan;
  } else if (at.reference) {
    sections.push(formatReference(at.reference));
    span = at.reference.idSpan;
  }
  if (at.entity) {
    sections.push(formatEntity(at.entity.entity, session.notesMentioning(at.entity.entity.id).length));
    span ??= at.entity.span;
  }
  if (at.date) {
    const d = at.date;
    const value = d.value ? `**${d.value}**${/^\d{4}(-\d{2}){0,2}$/.test(d.value) ? ` (${readableDate(d.value)})` : ''}` : '*not resolved*';
    const anchor = d.anchor ? ` · resolved against the note's date ${d.anchor}${d.tense ? `, ${d.tense} tense` : ''}` : '';
    sections.push(`Date "${d.text}" → ${value}${anchor}\n\n${d.reason}`);
    span ??= d;
  }
  for (const f of findings) {
    if (!CLAIM_RULES.has(f.ruleId) || offset < f.start || offset > f.end) continue;
    sections.push(`**${f.ruleId}**: ${f.message}\n\n${DESCRIPTION.get(f.ruleId) ?? ''} [Documentation](${ruleDocsUrl(f.ruleId)})`);
    span ??= f;
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: span && toRange(doc.lines, span.start, span.end) };
}
