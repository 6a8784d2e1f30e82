/**
 * Entity mentions: where a note names a registry entity. SPEC 2.3: matched on `name` and `aliases`,
 * whole words, case-sensitive unless an alias is written in lower case. Only prose is searched, so
 * code, URLs and front matter never count.
 */
import type { Entity, NoteDocument } from '../documents';
import type { Span } from '../text';

/** One mention of an entity in a note. */
export interface EntityMention extends Span {
  entity: Entity;
  /** The name or alias as written in the registry. */
  matched: string;
}

/** A compiled matcher over a set of entities. */
export interface EntityMatcher {
  entities: readonly Entity[];
  find(note: NoteDocument): EntityMention[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation per case mode; longest names first so "Nvidia H200" wins over "H200". */
function alternation(terms: readonly string[], flags: string): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const body = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags);
}

/** Compiles a matcher for the given entities (compile once per registry change, reuse per note). */
export function compileEntityMatcher(entities: readonly Entity[]): EntityMatcher {
  const exact = new Map<string, Entity>();
  const folded = new Map<string, Entity>();
  for (const entity of entities) {
    for (const term of [entity.name, ...entity.aliases]) {
      const t = term.trim();
      if (!t) continue;
      // A lower-case alias ("the bureau") is written that way to match any case.
      if (t !== entity.name && t === t.toLowerCase() && t !== t.toUpperCase()) {
        if (!folded.has(t)) folded.set(t, entity);
      } else if (!exact.has(t)) exact.set(t, entity);
    }
  }
  const exactRe = alternation([...exact.keys()], 'gu');
  const foldedRe = alternation([...folded.keys()], 'giu');
  const cache = new WeakMap<NoteDocument, EntityMention[]>();
  return {
    entities,
    find(note) {
      const hit = cache.get(note);
      if (hit) return hit;
      const found: EntityMention[] = [];
      for (const [re, table] of [[exactRe, exact], [foldedRe, folded]] as const) {
        if (!re) continue;
        re.lastIndex = 0;
        for (let m = re.exec(note.prose); m; m = re.exec(note.prose)) {
          const key = table === folded ? m[0].toLowerCase() : m[0];
          const entity = table.get(key);
          if (entity) found.push({ start: m.index, end: m.index + m[0].length, entity, matched: key });
        }
      }
      const result = dropOverlaps(found);
      cache.set(note, result);
      return result;
    },
  };
}

/** Keeps the longest of overlapping mentions, in text order. */
function dropOverlaps(found: EntityMention[]): EntityMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
