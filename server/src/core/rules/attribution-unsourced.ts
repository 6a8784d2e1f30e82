/** `attribution-unsourced`: the text names a source but gives the reader nothing to follow to it. */
import { analyseNote } from '../claims/analysis';
import { defineRule } from '../types';

export default defineRule({
  id: 'attribution-unsourced',
  description: 'A named attribution ("according to Reuters", "Khan said") carries a citation, footnote or link.',
  rationale: 'Naming a source is half a citation; the reader still needs the document to check it.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    unsourced: '"{phrase}" names a source, but this sentence has no citation, footnote or link to it.',
  },
  check({ doc, workspace, config, report }) {
    if (doc.kind !== 'note') return;
    for (const s of analyseNote(doc, workspace, config)) {
      if (s.sourced || s.sentence.blockKind !== 'paragraph') continue;
      const named = s.attributions.find((a) => a.kind === 'named');
      if (named) report({ start: named.start, end: named.end, messageId: 'unsourced', data: { phrase: named.phrase } });
    }
  },
});
