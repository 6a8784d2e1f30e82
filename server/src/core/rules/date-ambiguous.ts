/** `date-ambiguous`: a numeric date that reads two ways and no `date-order` says which. */
import { analyseDates } from '../dates/analysis';
import { formatIsoForPeople } from '../calendar';
import { defineRule } from '../types';

export default defineRule({
  id: 'date-ambiguous',
  description: 'Numeric dates read one way only (03/04/2026 needs a date-order or an ISO date).',
  rationale: '03/04/2026 is 3 April in London and 4 March in Washington; a reader cannot tell which was meant.',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    ambiguous: '"{text}" reads as {first} or {second}: write it as an ISO date, or set date-order in the front matter or config.',
  },
  check({ doc, config, report }) {
    if (doc.kind !== 'note') return;
    for (const d of analyseDates(doc, config)) {
      if (!d.ambiguous) continue;
      const [first, second] = d.ambiguous.readings;
      report({
        start: d.start,
        end: d.end,
        messageId: 'ambiguous',
        data: { text: d.text, first: formatIsoForPeople(first), second: formatIsoForPeople(second) },
        suggestions: d.ambiguous.readings.map((iso) => ({
          title: `Rewrite as ${iso} (${formatIsoForPeople(iso)})`,
          edits: [{ file: doc.path, start: d.start, end: d.end, newText: iso }],
        })),
      });
    }
  },
});
