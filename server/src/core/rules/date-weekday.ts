/** `date-weekday`: a weekday that does not match its date ("Monday, 24 February 2026" is a Tuesday). */
import { analyseDates } from '../dates/analysis';
import { defineRule } from '../types';

/** Writes `actual` in the case the writer used for `stated`. */
function sameCase(stated: string, actual: string): string {
  if (stated === stated.toUpperCase()) return actual.toUpperCase();
  if (stated === stated.toLowerCase()) return actual.toLowerCase();
  return actual[0].toUpperCase() + actual.slice(1).toLowerCase();
}

export default defineRule({
  id: 'date-weekday',
  description: 'A weekday written with a date is that date\'s weekday.',
  rationale: 'A weekday that contradicts its date means one of the two is wrong, and a reader cannot tell which.',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    weekday: '"{text}" says {stated}, but that date is a {actual}: correct the weekday or the date.',
  },
  check({ doc, config, report }) {
    if (doc.kind !== 'note') return;
    for (const d of analyseDates(doc, config)) {
      if (!d.weekday) continue;
      const { stated, actual } = d.weekday;
      const at = d.text.toLowerCase().indexOf(stated.toLowerCase().slice(0, 3));
      const word = at >= 0 ? /^\p{L}+/u.exec(d.text.slice(at))?.[0] : undefined;
      const fix = word
        ? { title: `Change the weekday to ${actual}`, edits: [{ file: doc.path, start: d.start + at, end: d.start + at + word.length, newText: sameCase(word, word.length <= 3 ? actual.slice(0, 3) : actual) }] }
        : undefined;
      report({ start: d.start, end: d.end, messageId: 'weekday', data: { text: d.text, stated, actual }, fix });
    }
  },
});
