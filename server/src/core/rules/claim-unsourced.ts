/** `claim-unsourced`: a sentence states a checkable fact and carries no citation, footnote or link. */
import { analyseNote } from '../claims/analysis';
import { defineRule } from '../types';

const WHAT: Record<string, string> = {
  number: 'a number',
  date: 'a date',
  actor: 'a named actor',
  quotation: 'a quotation',
  record: 'a comparison of record',
};

export default defineRule({
  id: 'claim-unsourced',
  description: 'A sentence that states a checkable fact carries a citation, footnote or link.',
  rationale: 'A fact without a source is the first thing an editor or a reader will question.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    unsourced: 'This sentence states {what} but has no citation, footnote or link: add the source.',
    yamlUnsourced: 'The claim "{id}" has no sources: add the reference keys under sources.',
  },
  check({ doc, workspace, config, report }) {
    if (doc.kind !== 'note') return;
    for (const s of analyseNote(doc, workspace, config)) {
      if (!s.claim || s.sourced) continue;
      // A named attribution without a source is reported by attribution-unsourced instead.
      if (s.attributions.some((a) => a.kind === 'named')) continue;
      report({ start: s.sentence.span.start, end: s.sentence.span.end, messageId: 'unsourced', data: { what: WHAT[s.claim] } });
    }
    for (const claim of doc.claims) {
      if (claim.sources.length > 0) continue;
      const at = claim.id ?? claim.text ?? claim.span;
      report({ start: at.start, end: at.end, messageId: 'yamlUnsourced', data: { id: claim.id?.value ?? '(no id)' } });
    }
  },
});
