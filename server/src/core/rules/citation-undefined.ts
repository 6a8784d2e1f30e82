/** `citation-undefined`: a cited key that no bibliography in reach defines. */
import { referenceStubFix } from '../fixes/reference-stub';
import { defineRule } from '../types';

export default defineRule({
  id: 'citation-undefined',
  description: 'Every citation key resolves to a reference in reach.',
  rationale: 'A reader cannot follow a citation to nothing, and Pandoc renders it as "???".',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'block',
  appliesTo: ['note', 'registry'],
  messages: {
    unknown: 'No reference has the key "{key}": add it to the note\'s references or to a bibliography it uses.',
  },
  check({ doc, workspace, report }) {
    const citations = doc.kind === 'note' ? doc.citations : doc.kind === 'registry' ? doc.entities.flatMap((e) => e.facts.flatMap((f) => f.sources)) : [];
    for (const c of citations) {
      if (c.key === '*' || workspace.reference(c.key, doc)) continue;
      // A narrative @name that resolves to nothing is a handle or a name, not a citation (SPEC §2.1).
      if (c.narrative) continue;
      report({
        start: c.keySpan.start,
        end: c.keySpan.end,
        messageId: 'unknown',
        data: { key: c.key },
        fix: doc.kind === 'note' ? referenceStubFix(doc, c.key) : undefined,
      });
    }
  },
});
