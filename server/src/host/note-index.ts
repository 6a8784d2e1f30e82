/**
 * The cross-note index: what linting one note needs from the others, without holding the others.
 * Only `date-conflict` looks across notes (one event id dated differently in two notes), so the index
 * keeps, per note, its dated events with ids — a few dozen bytes for most notes, nothing for many.
 */
import type { NoteDocument, NoteEvent } from '../core/documents';
import { parseNote } from '../core/note';
import { ownCopy } from '../core/text';
import { Workspace } from '../core/workspace';
import type { DatedEvent } from '../core/workspace';

/** One note's entry: its events that have an id, trimmed to what another note's lint reads. */
export type IndexEntry = NoteEvent[];

/** `o` with its string fields copied (see ownCopy). */
function withOwnStrings<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? ownCopy(v) : v])) as T;
}

/**
 * Trims a note's events to its index entry (id and date; no text, no sources). The entry outlives
 * the note's text, and its strings are slices of that text (an id of 13 characters or more is not
 * copied by the slice), so they are copied: one held slice would keep the whole note alive.
 */
export function indexEntry(events: readonly NoteEvent[]): IndexEntry {
  return events.filter((e) => e.id).map((e) => ({ span: e.span, id: e.id && withOwnStrings(e.id), date: e.date && withOwnStrings(e.date), sources: [] }));
}

/** Event ids across notes, in the order the notes were added (the order a full load upserts them). */
export class NoteIndex {
  private readonly byId = new Map<string, string[]>();
  private readonly entries = new Map<string, IndexEntry>();

  /** Adds a note's entry; notes must be added in target order. */
  add(path: string, entry: IndexEntry): void {
    if (entry.length === 0) return;
    this.entries.set(path, entry);
    for (const id of new Set(entry.map((e) => e.id?.value ?? ''))) {
      const paths = this.byId.get(id);
      if (paths) paths.push(path);
      else this.byId.set(id, [path]);
    }
  }

  /** A note's entry (empty when it has no event ids). */
  entry(path: string): IndexEntry {
    return this.entries.get(path) ?? [];
  }

  /** Paths of the notes with an event of this id, in order. */
  notesWithEvent(id: string): readonly string[] {
    return this.byId.get(id) ?? [];
  }

  /** Every entry, in order, for passing the index to a worker. */
  toEntries(): Array<[string, IndexEntry]> {
    return [...this.entries];
  }

  /** Rebuilds an index from `toEntries()`. */
  static fromEntries(entries: ReadonlyArray<[string, IndexEntry]>): NoteIndex {
    const index = new NoteIndex();
    for (const [path, entry] of entries) index.add(path, entry);
    return index;
  }
}

/**
 * A workspace that holds bibliographies, registries and the note being linted, and answers for the
 * other notes from the index: their events, and (for a note named as a bibliography) that they exist.
 */
export class IndexedWorkspace extends Workspace {
  private readonly stubs = new Map<string, NoteDocument>();
  private readonly empty = parseNote('', '');

  constructor(
    private readonly index: NoteIndex,
    private readonly notePaths: ReadonlySet<string>,
  ) {
    super();
  }

  /** A note the workspace does not hold answers as an empty note with its indexed events. */
  private stub(path: string): NoteDocument {
    let note = this.stubs.get(path);
    if (!note) {
      note = { ...this.empty, path, events: this.index.entry(path) };
      this.stubs.set(path, note);
    }
    return note;
  }

  override get(path: string): ReturnType<Workspace['get']> {
    return super.get(path) ?? (this.notePaths.has(path) && !this.unreadableReason(path) ? this.stub(path) : undefined);
  }

  override eventsWithId(id: string): DatedEvent[] {
    const out: DatedEvent[] = [];
    for (const path of this.index.notesWithEvent(id)) {
      const held = super.get(path);
      const note = held?.kind === 'note' ? held : this.stub(path);
      for (const event of note.events) if (event.id?.value === id) out.push({ note, event });
    }
    return out;
  }
}
