/**
 * `--cache`: results per note, keyed so a stale one is never used. An entry's name hashes the tool
 * build, the shared files (bibliographies, registries), the note's config, its path and its text;
 * inside, it records the cross-note inputs its findings were made with (the index entries of notes
 * sharing its event ids, the files it names as bibliographies), and is used only when they still hold.
 * One small file per entry: parallel shard runs can share a folder, and a run never loads the others.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexEntry, NoteIndex } from '../host/note-index';
import type { Row } from '../host/lint-session';

/** The default cache folder, in the current folder. */
export const DEFAULT_CACHE_LOCATION = '.policy-notes-cache';

/** What the cache holds for one note. */
export interface CacheEntry {
  /** The note's index entry (events with ids). */
  index: IndexEntry;
  /** Set once the note was linted: the result and what it depended on. */
  result?: { named: string[]; inputs: string; rows: Row[] };
}

/** A hex SHA-256 of the parts. */
export function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** The cache folder of one run. */
export class ResultCache {
  private readonly fileHashes = new Map<string, string>();

  /** `runKey` covers the tool build and the shared files; see the module comment. */
  constructor(
    private readonly dir: string,
    private readonly runKey: string,
  ) {}

  /** The entry key of a note. */
  key(path: string, configKey: string, text: string): string {
    return hash(this.runKey, configKey, path, text);
  }

  /** The entry under a key, if any and readable. */
  load(key: string): CacheEntry | undefined {
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
  }

  /** Writes an entry (atomically: a parallel run reads the old entry or the new one, never half). */
  save(key: string, entry: CacheEntry): void {
    const file = this.file(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  }

  /**
   * The cross-note inputs of a note's findings: the index entries of every note sharing one of its
   * event ids, in order, and each file it names as a bibliography (where it resolves, its content,
   * whether it is a note).
   */
  inputs(path: string, index: NoteIndex, named: readonly string[], notePaths: ReadonlySet<string>): string {
    const ids = [...new Set(index.entry(path).map((e) => e.id?.value ?? ''))];
    const events = ids.map((id) => [id, index.notesWithEvent(id).map((p) => [p, index.entry(p).map((e) => [e.id?.value, e.date?.value])])]);
    const files = named.map((p) => [p, notePaths.has(p), this.fileHash(p)]);
    return hash(JSON.stringify([events, files]));
  }

  private fileHash(path: string): string {
    let h = this.fileHashes.get(path);
    if (h === undefined) {
      try {
        h = hash(realpathSync(path), readFileSync(path, 'latin1'));
      } catch (err) {
        h = `unreadable: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
      }
      this.fileHashes.set(path, h);
    }
    return h;
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
