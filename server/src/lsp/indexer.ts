/**
 * Background indexing: the shared files (bibliographies, registries) and the open files first, so
 * the open note's findings come at once; then every other note in slices, with progress and
 * cancellation, yielding between slices so requests are answered.
 */
import type { Session } from './session';

/** Reports progress and asks whether to stop. */
export interface IndexProgress {
  report(done: number, total: number): void;
  cancelled(): boolean;
}

const SLICE_MS = 25;
const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Indexes the session's folders. `current` says whether this run is still the latest one (a config
 * change starts another). Returns every file the index holds when done, to be linted.
 */
export async function indexWorkspace(session: Session, progress: IndexProgress, current: () => boolean): Promise<string[] | undefined> {
  const files = session.discover();
  const shared = files.filter((f) => f.kind !== 'note');
  for (const f of shared) session.load(f.path, f.kind);
  for (const path of session.openPaths()) session.load(path);
  const open = new Set(session.openPaths());
  const notes = files.filter((f) => f.kind === 'note' && !open.has(f.path));
  let deadline = performance.now() + SLICE_MS;
  for (let i = 0; i < notes.length; i++) {
    if (performance.now() > deadline) {
      progress.report(i, notes.length);
      await nextTick();
      if (!current() || progress.cancelled()) return undefined;
      deadline = performance.now() + SLICE_MS;
    }
    session.load(notes[i].path, 'note');
  }
  return files.map((f) => f.path);
}
