/** `source-incomplete`: a reference lacks a title, a locator (URL or DOI) or an issued date. */
import { defineRule } from '../types';

export default defineRule({
  id: 'source-incomplete',
  description: 'Every reference has a title, a URL or DOI, and an issued date.',
  rationale: 'A reference a reader cannot find or date does not support a claim.',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: ['note', 'bibliography'],
  messages: {
    missing: 'The reference "{key}" lacks {fields}: add {them} so a reader can find and date it.',
  },
  check({ doc, report }) {
    if (doc.kind === 'registry') return;
    for (const ref of doc.references) {
      const missing: string[] = [];
      if (!ref.title?.trim()) missing.push('a title');
      if (!ref.url?.trim() && !ref.doi?.trim()) missing.push('a URL or DOI');
      if (!ref.issued) missing.push('an issued date');
      if (missing.length === 0) continue;
      const fields = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
      report({ start: ref.idSpan.start, end: ref.idSpan.end, messageId: 'missing', data: { key: ref.id, fields, them: missing.length === 1 ? 'it' : 'them' } });
    }
  },
});
