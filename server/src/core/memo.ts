/**
 * Results of pure per-text work (a block's inline scan, a sentence's split, claim and date analysis)
 * carried from one version of a document to the next, so that an edit in a long note recomputes only
 * the blocks and sentences it changed. An editor keeps one memo per open document; the CLI uses none.
 *
 * A result is found by its text. When the caller also says where the text sits in the document, the
 * memo first tries the result that sat at the same place before the edit (shifted past the edited
 * stretch) and compares the two texts: that costs a memory compare, where a lookup by text hashes
 * every character of every block and sentence of the note, which was most of an edit's memo time.
 */

import { ownCopy, sharedEnds } from './text';

interface Entry {
  key: string;
  value: unknown;
  /** The last pass that used it. */
  pass: number;
}

/**
 * Entries in the order a pass placed them, with their document offsets. Passes look texts up in
 * document order, so a lookup goes on from the last one (a binary search when it goes back); the
 * arrays are reused from pass to pass, where a map per pass was rebuilt and rehashed on every edit.
 */
class Placement {
  private offsets: number[] = [];
  private entries: Array<Entry | undefined> = [];
  private count = 0;
  private cursor = 0;

  /** Forgets every placement, keeping the arrays. */
  reset(): void {
    this.entries.fill(undefined, 0, this.count);
    this.count = 0;
    this.cursor = 0;
  }

  /** Places `entry` at `offset`, after every placement so far. */
  add(offset: number, entry: Entry): void {
    this.offsets[this.count] = offset;
    this.entries[this.count++] = entry;
  }

  /** The entry placed at `offset`, if any. */
  at(offset: number): Entry | undefined {
    const { offsets, count } = this;
    let i = this.cursor;
    if (i > 0 && offsets[i - 1] >= offset) {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (offsets[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    while (i < count && offsets[i] < offset) i++;
    this.cursor = i;
    return i < count && offsets[i] === offset ? this.entries[i] : undefined;
  }
}

interface Table {
  context: unknown;
  /** Whether keys are stored as given rather than copied (see `begin`). */
  keepKeys: boolean;
  entries: Map<string, Entry>;
  pass: number;
  /** How many entries the current pass has used. */
  used: number;
  /** Entries by document offset, as the previous pass placed them, and as the current pass does. */
  placedBefore: Placement;
  placed: Placement;
  /** The text version the previous and the current pass ran on. */
  versionBefore: number;
  version: number;
}

/**
 * Per-document memo of text → result tables. Entries live in one long-lived map per table and are
 * stamped with the last pass that used them; those unused for two passes are swept once they
 * outnumber the used ones, so memory stays near two versions without allocating new maps per edit.
 */
export class TextMemo {
  private readonly tables = new Map<string, Table>();
  private text: string | undefined;
  /** Grows with every new text; tables remember which one they last ran on. */
  private version = 0;
  /** The last edit: the old and new texts share `prefix` leading and `suffix` trailing characters. */
  private prefix = 0;
  private suffix = 0;
  private delta = 0;

  private readonly kept = new Map<string, unknown>();

  /** What a pass left under `name` for the next version of the document (state it updates rather than rebuilds). */
  recall<T>(name: string): T | undefined {
    return this.kept.get(name) as T | undefined;
  }

  /** Leaves `value` under `name` for the pass over the next version. */
  remember(name: string, value: unknown): void {
    this.kept.set(name, value);
  }

  /** A number that grows with every new text of the document (see `setText`). */
  get textVersion(): number {
    return this.version;
  }

  /** The last edit: how many leading and trailing characters the text before it and the current text share. */
  get lastEdit(): { prefix: number; suffix: number } {
    return { prefix: this.prefix, suffix: this.suffix };
  }

  /** Tells the memo the document's current text, before the passes over it begin. */
  setText(text: string): void {
    if (text === this.text) return;
    const old = this.text ?? '';
    this.text = text;
    this.version++;
    ({ prefix: this.prefix, suffix: this.suffix } = sharedEnds(old, text));
    this.delta = text.length - old.length;
  }

  /**
   * Starts a pass over table `name`: results of the pass before stay reusable, older ones may be dropped.
   * A different `context` (a config, an anchor date) makes every earlier result stale. `keepKeys` says
   * the keys are not slices of a whole document (a sentence text is a slice of its block's own copy),
   * so the memo stores them as given: the same key string next version then compares by pointer,
   * where a copy would be compared character by character.
   */
  begin(name: string, context: unknown, keepKeys = false): void {
    const table = this.tables.get(name);
    if (!table || table.context !== context || table.keepKeys !== keepKeys) {
      this.tables.set(name, { context, keepKeys, entries: new Map(), pass: 0, used: 0, placedBefore: new Placement(), placed: new Placement(), versionBefore: -1, version: this.version });
      return;
    }
    if (table.entries.size > 2 * table.used + 64) {
      for (const [key, entry] of table.entries) if (entry.pass < table.pass) table.entries.delete(key);
    }
    table.pass++;
    table.used = 0;
    const recycled = table.placedBefore;
    recycled.reset();
    table.placedBefore = table.placed;
    table.placed = recycled;
    table.versionBefore = table.version;
    table.version = this.version;
  }

  /** Where text now at `offset` sat when the table's previous pass ran; -1 when the edit touched it or the passes are further apart. */
  private offsetBefore(table: Table, offset: number): number {
    if (table.versionBefore === this.version) return offset;
    if (table.versionBefore !== this.version - 1 || this.text === undefined) return -1;
    if (offset < this.prefix) return offset;
    if (offset >= this.text.length - this.suffix) return offset - this.delta;
    return -1;
  }

  /**
   * The result for `key` in table `name` (begun before), computed (from the key given to `compute`) only when no recent pass had it.
   * `offset`, where the key's text starts in the document, lets an unmoved or shifted text be found without hashing it.
   */
  get<T>(name: string, key: string, compute: (key: string) => T, offset?: number): T {
    const table = this.tables.get(name);
    if (!table) return compute(key);
    let entry: Entry | undefined;
    if (offset !== undefined) {
      const before = this.offsetBefore(table, offset);
      const candidate = before < 0 ? undefined : table.placedBefore.at(before);
      if (candidate && candidate.key === key) entry = candidate;
    }
    entry ??= table.entries.get(key);
    if (entry) {
      if (entry.pass !== table.pass) {
        entry.pass = table.pass;
        table.used++;
      }
    } else {
      // The key is often a slice of this version's whole text; the memo keeps a copy (and so does
      // the result, computed from the copy), so that no version of the text outlives its edit.
      const owned = table.keepKeys ? key : ownCopy(key);
      entry = { key: owned, value: compute(owned), pass: table.pass };
      table.entries.set(owned, entry);
      table.used++;
    }
    if (offset !== undefined) table.placed.add(offset, entry);
    return entry.value as T;
  }
}

/** Runs `compute` on `key` through the memo when there is one; results must be treated as read-only. */
export function memoized<T>(memo: TextMemo | undefined, name: string, key: string, compute: (key: string) => T, offset?: number): T {
  return memo ? memo.get(name, key, compute, offset) : compute(key);
}
