/** Document symbols (claims, events, references) and workspace symbols (entities, references, events). */
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver';
import { analyseNote } from '../../core/claims/analysis';
import type { SourceDocument } from '../../core/documents';
import type { Span } from '../../core/text';
import { pathToUri, toRange } from '../convert';
import type { Session } from '../session';

const short = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one || '(empty)';
};

function symbol(doc: SourceDocument, name: string, kind: SymbolKind, span: Span, select: Span = span, detail?: string): DocumentSymbol {
  return { name: short(name), kind, range: toRange(doc.lines, span.start, span.end), selectionRange: toRange(doc.lines, select.start, select.end), detail };
}

function group(name: string, children: DocumentSymbol[]): DocumentSymbol[] {
  if (children.length === 0) return [];
  const first = children[0].range.start;
  const last = children[children.length - 1].range.end;
  return [{ name, kind: SymbolKind.Namespace, range: { start: first, end: last }, selectionRange: { start: first, end: first }, children }];
}

/** The outline of one file. */
export function documentSymbols(session: Session, path: string): DocumentSymbol[] {
  const doc = session.documentFor(path);
  if (!doc) return [];
  if (doc.kind === 'registry') return doc.entities.map((e) => symbol(doc, e.name, SymbolKind.Object, e.span, e.nameSpan, e.type));
  if (doc.kind === 'bibliography') return doc.references.map((r) => symbol(doc, r.id, SymbolKind.Key, r.entrySpan, r.idSpan, r.title));
  const claims =
    doc.format === 'yaml'
      ? doc.claims.map((c) => symbol(doc, c.text?.value ?? c.id?.value ?? 'claim', SymbolKind.String, c.span, c.id ?? c.span, c.status?.value))
      : analyseNote(doc, session.workspace, session.configFor(path))
          .filter((a) => a.claim)
          .map((a) => symbol(doc, a.sentence.text, SymbolKind.String, a.sentence.span, a.sentence.span, a.sourced ? 'sourced' : 'unsourced'));
  const events = doc.events.map((e) => symbol(doc, e.id?.value ?? e.text ?? 'event', SymbolKind.Event, e.span, e.id ?? e.span, e.date?.value));
  const refs = doc.references.map((r) => symbol(doc, r.id, SymbolKind.Key, r.entrySpan, r.idSpan, r.title));
  return [...group('Claims', claims), ...group('Events', events), ...group('References', refs)];
}

/** Entities, references and events across the workspace whose names contain `query` (case-insensitive). */
export function workspaceSymbols(session: Session, query: string, limit = 500): SymbolInformation[] {
  const q = query.toLowerCase();
  const out: SymbolInformation[] = [];
  const add = (doc: SourceDocument, name: string, kind: SymbolKind, span: Span, container?: string): void => {
    if (out.length < limit && name.toLowerCase().includes(q)) out.push({ name, kind, location: { uri: pathToUri(doc.path), range: toRange(doc.lines, span.start, span.end) }, containerName: container });
  };
  for (const doc of session.workspace.documents()) {
    if (doc.kind === 'registry') for (const e of doc.entities) for (const n of [e.name, ...e.aliases]) add(doc, n, SymbolKind.Object, e.nameSpan, e.type);
    if (doc.kind !== 'registry') for (const r of doc.references) add(doc, r.id, SymbolKind.Key, r.idSpan, r.title);
    if (doc.kind === 'note') for (const e of doc.events) if (e.id) add(doc, e.id.value, SymbolKind.Event, e.id, e.date?.value);
  }
  return out;
}
