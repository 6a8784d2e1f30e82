/** `date-unanchored`: a relative date ("next week", "in December") in a note without a `date`. */
import { analyseDates } from '../dates/analysis';
import { defineRule } from '../types';

export default defineRule({
  id: 'date-unanchored',
  description: 'Relative dates ("next week", "in December", "last year") have a note date to resolve against.',
  rationale: '"Last year" means nothing once the note is read a year later; the note\'s date pins it down.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    unanchored: '"{text}" is relative, but this note has no date to resolve it against: add date: to the front matter, or write the absolute date.',
  },
  check({ doc, config, report }) {
    if (doc.kind !== 'note' || doc.meta.date) return;
    for (const d of analyseDates(doc, config)) {
      if (d.relative && d.type !== 'DURATION' && d.type !== 'SET') report({ start: d.start, end: d.end, messageId: 'unanchored', data: { text: d.text } });
    }
  },
});
