/** `source-unused`: a reference in the note's own front matter that the note never cites. */
import { removeEntryFix } from '../fixes/remove-entry';
import { getPair } from '../note/yaml-source';
import { yamlOf } from '../note/yaml-tree';
import { defineRule } from '../types';

/** Keys listed in Pandoc's `nocite` (`@key`, or `@*` for all). */
function nociteKeys(text: string | undefined): Set<string> {
  return new Set([...(text ?? '').matchAll(/@(\*|[\p{L}\p{N}_][^\s,;]*)/gu)].map((m) => m[1]));
}

export default defineRule({
  id: 'source-unused',
  description: "A note's own references are all cited in it.",
  rationale: 'An uncited reference is usually a claim that lost its citation in an edit.',
  defaultSeverity: 'hint',
  fixable: true,
  appliesTo: ['note'],
  messages: {
    unused: 'The reference "{key}" is never cited in this note: cite it or remove it.',
  },
  check({ doc, report }) {
    if (doc.kind !== 'note' || doc.references.length === 0) return;
    const nocite = getPair(yamlOf(doc)?.contents, 'nocite')?.value;
    const listed = nociteKeys(nocite ? String(nocite.toString()) : undefined);
    if (listed.has('*')) return;
    const cited = new Set(doc.citations.map((c) => c.key));
    for (const ref of doc.references) {
      if (cited.has(ref.id) || listed.has(ref.id)) continue;
      report({
        start: ref.idSpan.start,
        end: ref.idSpan.end,
        messageId: 'unused',
        data: { key: ref.id },
        fix: removeEntryFix(doc, ref.entrySpan, `Remove the unused reference "${ref.id}"`),
      });
    }
  },
});
