/**
 * The workspace index: every parsed note, bibliography and registry, with lookups that rules need.
 * Upserts and removals are incremental; lookups never rescan the workspace.
 */
import type { BibliographyDocument, Entity, NoteDocument, NoteEvent, Reference, RegistryDocument, SourceDocument } from './documents';
import { dirname, resolvePath } from './paths';

/** A bibliography path a note names but that could not be read, and why. */
export interface UnreadableFile {
  path: string;
  reason: string;
}

/** An event together with the note that dates it. */
export interface DatedEvent {
  note: NoteDocument;
  event: NoteEvent;
}

/** Each document's references by id, built on first use (documents are immutable once parsed). */
const byId = new WeakMap<SourceDocument, Map<string, Reference>>();

function referenceMap(doc: SourceDocument): Map<string, Reference> {
  let map = byId.get(doc);
  if (!map) {
    map = new Map();
    const refs = doc.kind === 'registry' ? [] : doc.references;
    for (const r of refs) if (!map.has(r.id)) map.set(r.id, r);
    byId.set(doc, map);
  }
  return map;
}

/** The index over all documents of one workspace. */
export class Workspace {
  private readonly docs = new Map<string, SourceDocument>();
  private readonly globalBibliographies = new Set<string>();
  private readonly unreadable = new Map<string, string>();
  private readonly eventsById = new Map<string, Set<string>>();
  /** Each document's bibliographies in reach, as of a version of the index: rules resolve every citation through them. */
  private readonly reach = new WeakMap<SourceDocument, { version: number; bibliographies: BibliographyDocument[] }>();
  /** Grows on every change, so analyses that depend on the whole index know when to recompute. */
  version = 0;

  /** Adds or replaces a document. `global` marks a bibliography in reach of every note (config globs). */
  upsert(doc: SourceDocument, options: { global?: boolean } = {}): void {
    this.remove(doc.path);
    this.version++;
    this.docs.set(doc.path, doc);
    this.unreadable.delete(doc.path);
    if (doc.kind === 'bibliography' && options.global) this.globalBibliographies.add(doc.path);
    if (doc.kind === 'note') {
      for (const e of doc.events) {
        if (!e.id) continue;
        const set = this.eventsById.get(e.id.value) ?? new Set<string>();
        set.add(doc.path);
        this.eventsById.set(e.id.value, set);
      }
    }
  }

  /** Removes a document (a deleted or closed file). */
  remove(path: string): void {
    const old = this.docs.get(path);
    if (!old) return;
    this.version++;
    this.docs.delete(path);
    this.globalBibliographies.delete(path);
    if (old.kind === 'note') {
      for (const e of old.events) if (e.id) this.eventsById.get(e.id.value)?.delete(path);
    }
  }

  /** Records that a named file could not be read (missing, outside the workspace, not text). */
  markUnreadable(path: string, reason: string): void {
    if (!this.docs.has(path)) this.unreadable.set(path, reason);
  }

  /** Why a file could not be read, if it could not. */
  unreadableReason(path: string): string | undefined {
    return this.unreadable.get(path);
  }

  /** The document at a path. */
  get(path: string): SourceDocument | undefined {
    return this.docs.get(path);
  }

  /** Every document. */
  documents(): IterableIterator<SourceDocument> {
    return this.docs.values();
  }

  /** Every note. */
  notes(): NoteDocument[] {
    return [...this.docs.values()].filter((d): d is NoteDocument => d.kind === 'note');
  }

  /** Every entity of every registry. */
  entities(): Entity[] {
    return [...this.docs.values()].flatMap((d) => (d.kind === 'registry' ? (d as RegistryDocument).entities : []));
  }

  /** Absolute paths of the bibliography files a note names in its front matter. */
  bibliographyPaths(note: NoteDocument): string[] {
    return note.meta.bibliography.map((b) => resolvePath(dirname(note.path), b.path));
  }

  /** The bibliographies in reach of a document, nearest first: its own files, then the global ones. */
  bibliographiesFor(doc: SourceDocument): readonly BibliographyDocument[] {
    const known = this.reach.get(doc);
    if (known?.version === this.version) return known.bibliographies;
    const bibliographies = this.findBibliographies(doc);
    this.reach.set(doc, { version: this.version, bibliographies });
    return bibliographies;
  }

  /** The bibliographies in reach, looked up in the index (see `bibliographiesFor`). */
  private findBibliographies(doc: SourceDocument): BibliographyDocument[] {
    const paths = doc.kind === 'note' ? this.bibliographyPaths(doc) : [];
    const out: BibliographyDocument[] = [];
    const seen = new Set<string>();
    for (const p of [...paths, ...this.globalBibliographies]) {
      if (seen.has(p)) continue;
      seen.add(p);
      const bib = this.docs.get(p);
      if (bib?.kind === 'bibliography') out.push(bib);
    }
    return out;
  }

  /** The reference a key resolves to for a document: its own `references:` win (Pandoc's rule). */
  reference(key: string, doc: SourceDocument): Reference | undefined {
    if (doc.kind === 'note') {
      const own = referenceMap(doc).get(key);
      if (own) return own;
    }
    for (const bib of this.bibliographiesFor(doc)) {
      const ref = referenceMap(bib).get(key);
      if (ref) return ref;
    }
    return undefined;
  }

  /** Every reference in reach of a document, each key once (nearest wins). */
  referencesInReach(doc: SourceDocument): Reference[] {
    const out = new Map<string, Reference>();
    const own = doc.kind === 'note' ? doc.references : [];
    for (const r of [...own, ...this.bibliographiesFor(doc).flatMap((b) => b.references)]) if (!out.has(r.id)) out.set(r.id, r);
    return [...out.values()];
  }

  /** Every dated statement of an event id across the workspace. */
  eventsWithId(id: string): DatedEvent[] {
    const out: DatedEvent[] = [];
    for (const path of this.eventsById.get(id) ?? []) {
      const note = this.docs.get(path);
      if (note?.kind !== 'note') continue;
      for (const event of note.events) if (event.id?.value === id) out.push({ note, event });
    }
    return out;
  }
}
