/** `note-syntax`: a file the engine reads does not parse; the rest is still checked where possible. */
import { defineRule } from '../types';

export default defineRule({
  id: 'note-syntax',
  description: 'Front matter, YAML notes, registries and bibliographies parse.',
  rationale: 'A file that does not parse hides every other problem in it, and Pandoc would reject it too.',
  defaultSeverity: 'error',
  fixable: false,
  appliesTo: ['note', 'bibliography', 'registry'],
  messages: {
    parse: '{message}',
    missingBibliography: 'The bibliography "{path}" cannot be read: {reason}.',
  },
  check({ doc, workspace, report }) {
    for (const p of doc.problems) report({ start: p.start, end: p.end, messageId: 'parse', data: { message: p.message } });
    if (doc.kind !== 'note') return;
    const paths = workspace.bibliographyPaths(doc);
    doc.meta.bibliography.forEach((b, i) => {
      if (workspace.get(paths[i])) return;
      const reason = workspace.unreadableReason(paths[i]) ?? 'no such file';
      report({ start: b.start, end: b.end, messageId: 'missingBibliography', data: { path: b.path, reason } });
    });
  },
});
