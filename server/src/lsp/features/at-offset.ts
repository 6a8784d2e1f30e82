/** What sits at an offset of a document: the shared first step of hover, definition and references. */
import type { Citation, Entity, Reference, SourceDocument } from '../../core/documents';
import type { EntityMention } from '../../core/entities/mentions';
import { analyseDates } from '../../core/dates/analysis';
import type { NoteDate } from '../../core/dates/analysis';
import type { Span } from '../../core/text';
import type { Session } from '../session';

/** The things found at one offset; any may be absent. */
export interface AtOffset {
  /** A citation and the reference it resolves to, if any. */
  citation?: { citation: Citation; reference?: Reference };
  /** A reference entry whose id is under the cursor (front matter or a bibliography). */
  reference?: Reference;
  /** An entity mentioned in prose, or the registry entry under the cursor. */
  entity?: { entity: Entity; span: Span; mention?: EntityMention };
  date?: NoteDate;
}

const inside = (s: Span, offset: number): boolean => offset >= s.start && offset <= s.end;

/** Looks up everything at `offset` of `doc`. */
export function findAt(session: Session, doc: SourceDocument, offset: number): AtOffset {
  const out: AtOffset = {};
  const { workspace } = session;
  if (doc.kind === 'note') {
    const citation = doc.citations.find((c) => inside(c.span, offset));
    if (citation) out.citation = { citation, reference: workspace.reference(citation.key, doc) };
    const mention = session.entityMatcher().find(doc).find((m) => offset >= m.start && offset < m.end);
    if (mention) out.entity = { entity: mention.entity, span: mention, mention };
    out.date = analyseDates(doc, session.configFor(doc.path)).find((d) => offset >= d.start && offset < d.end);
  }
  if (doc.kind !== 'registry') {
    const ref = (doc.kind === 'note' || doc.kind === 'bibliography' ? doc.references : []).find((r) => inside(r.idSpan, offset));
    if (ref) out.reference = ref;
  } else {
    const entity = doc.entities.find((e) => inside(e.nameSpan, offset)) ?? doc.entities.find((e) => offset >= e.span.start && offset < e.span.end);
    if (entity) out.entity = { entity, span: entity.nameSpan };
    for (const fact of doc.entities.flatMap((e) => e.facts)) {
      const citation = fact.sources.find((c) => inside(c.span, offset));
      if (citation) out.citation = { citation, reference: workspace.reference(citation.key, doc) };
    }
  }
  return out;
}
