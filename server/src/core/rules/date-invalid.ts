/** `date-invalid`: a date that does not exist, in prose, front matter, YAML notes, bibliographies or registries. */
import { analyseDates } from '../dates/analysis';
import type { MetaDate, SourceDocument } from '../documents';
import { defineRule } from '../types';

/** Every metadata date of a document, with what it dates. */
function metaDates(doc: SourceDocument): Array<{ what: string; date: MetaDate }> {
  const out: Array<{ what: string; date: MetaDate }> = [];
  const push = (what: string, date: MetaDate | undefined): void => {
    if (date) out.push({ what, date });
  };
  if (doc.kind === 'registry') {
    for (const e of doc.entities) for (const f of e.facts) push(`a fact about ${e.name}`, f.date);
    return out;
  }
  for (const r of doc.references) {
    push(`the reference "${r.id}" (issued)`, r.issued);
    push(`the reference "${r.id}" (accessed)`, r.accessed);
  }
  if (doc.kind === 'note') {
    push("the note's date", doc.meta.date);
    for (const c of doc.claims) push(`the claim "${c.id?.value ?? ''}"`, c.date);
    for (const e of doc.events) push(`the event "${e.id?.value ?? ''}"`, e.date);
  }
  return out;
}

export default defineRule({
  id: 'date-invalid',
  description: 'Every date exists (no 31.02.2026, 2026-13-01 or "30 February 2026").',
  rationale: 'An impossible date is a typo that hides the real one; readers and tools cannot place it.',
  defaultSeverity: 'error',
  fixable: false,
  scope: 'block',
  appliesTo: ['note', 'bibliography', 'registry'],
  messages: {
    prose: '"{text}" is not a date that exists: {why}.',
    meta: 'The date of {what} does not exist: {why}.',
  },
  check({ doc, config, report }) {
    for (const { what, date } of metaDates(doc)) {
      if (date.invalid) report({ start: date.start, end: date.end, messageId: 'meta', data: { what, why: date.invalid } });
    }
    if (doc.kind !== 'note') return;
    for (const d of analyseDates(doc, config)) {
      if (d.invalid) report({ start: d.start, end: d.end, messageId: 'prose', data: { text: d.text, why: d.invalid } });
    }
  },
});
