/**
 * Go to definition and find references: citation → reference entry (front matter or bibliography
 * file) → every citation of it; entity mention → registry entry → every mention in every note.
 */
import type { Location } from 'vscode-languageserver';
import type { Entity, Reference, SourceDocument } from '../../core/documents';
import type { Span } from '../../core/text';
import { pathToUri, toRange } from '../convert';
import type { Session } from '../session';
import { findAt } from './at-offset';

function location(session: Session, file: string, span: Span): Location | undefined {
  const doc = session.workspace.get(file);
  return doc && { uri: pathToUri(file), range: toRange(doc.lines, span.start, span.end) };
}

/** The definition of what is at an offset. */
export function definitionAt(session: Session, path: string, offset: number): Location[] {
  const doc = session.documentFor(path);
  if (!doc) return [];
  const at = findAt(session, doc, offset);
  const ref = at.citation?.reference;
  if (ref) return [location(session, ref.file, ref.idSpan)].filter((l): l is Location => !!l);
  if (at.entity?.mention) return [location(session, at.entity.entity.file, at.entity.entity.nameSpan)].filter((l): l is Location => !!l);
  return [];
}

function citationsOf(session: Session, ref: Reference): Location[] {
  const out: Location[] = [];
  const citing = (doc: SourceDocument): void => {
    const citations = doc.kind === 'note' ? doc.citations : doc.kind === 'registry' ? doc.entities.flatMap((e) => e.facts.flatMap((f) => f.sources)) : [];
    for (const c of citations) {
      if (c.key === ref.id && session.workspace.reference(c.key, doc) === ref) out.push({ uri: pathToUri(doc.path), range: toRange(doc.lines, c.keySpan.start, c.keySpan.end) });
    }
  };
  for (const doc of session.workspace.documents()) citing(doc);
  return out;
}

function mentionsOf(session: Session, entity: Entity): Location[] {
  const matcher = session.entityMatcher();
  const out: Location[] = [];
  for (const path of session.notesMentioning(entity.id)) {
    const note = session.workspace.get(path);
    if (note?.kind !== 'note') continue;
    for (const m of matcher.find(note)) if (m.entity.id === entity.id) out.push({ uri: pathToUri(path), range: toRange(note.lines, m.start, m.end) });
  }
  return out;
}

/** Every reference to what is at an offset; `withDeclaration` adds the definition itself. */
export function referencesAt(session: Session, path: string, offset: number, withDeclaration: boolean): Location[] {
  const doc = session.documentFor(path);
  if (!doc) return [];
  const at = findAt(session, doc, offset);
  const ref = at.citation?.reference ?? at.reference;
  if (ref) {
    const decl = withDeclaration ? [location(session, ref.file, ref.idSpan)].filter((l): l is Location => !!l) : [];
    return [...decl, ...citationsOf(session, ref)];
  }
  if (at.entity) {
    const { entity } = at.entity;
    const decl = withDeclaration ? [location(session, entity.file, entity.nameSpan)].filter((l): l is Location => !!l) : [];
    return [...decl, ...mentionsOf(session, entity)];
  }
  return [];
}
