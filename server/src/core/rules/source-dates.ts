/** `source-dates`: a reference accessed before it was issued, or issued after the note citing it. */
import { compareIso } from '../calendar';
import { defineRule } from '../types';

export default defineRule({
  id: 'source-dates',
  description: "A reference's dates agree with each other and with the note that cites it.",
  rationale: 'A source dated after the note, or read before it existed, points to a wrong date or a wrong source.',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: ['note', 'bibliography'],
  messages: {
    accessedBeforeIssued: 'The reference "{key}" was accessed on {accessed}, before it was issued ({issued}): one of the dates is wrong.',
    issuedAfterNote: 'The reference "{key}" was issued on {issued}, after this note\'s date ({date}): check the note\'s date or the source.',
  },
  check({ doc, workspace, report }) {
    if (doc.kind === 'registry') return;
    for (const ref of doc.references) {
      const issued = ref.issued?.value;
      const accessed = ref.accessed?.value;
      if (issued && accessed && ref.accessed && compareIso(accessed, issued) < 0) {
        report({ start: ref.accessed.start, end: ref.accessed.end, messageId: 'accessedBeforeIssued', data: { key: ref.id, accessed, issued } });
      }
    }
    if (doc.kind !== 'note' || !doc.meta.date?.value) return;
    const date = doc.meta.date.value;
    const seen = new Set<string>();
    for (const c of doc.citations) {
      if (seen.has(c.key)) continue;
      const ref = workspace.reference(c.key, doc);
      if (!ref) continue;
      seen.add(c.key);
      const issued = ref.issued?.value;
      if (issued && compareIso(issued, date) > 0) {
        report({ start: c.keySpan.start, end: c.keySpan.end, messageId: 'issuedAfterNote', data: { key: c.key, issued, date } });
      }
    }
  },
});
