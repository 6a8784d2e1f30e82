/**
 * Results of pure per-text work (a block's inline scan, a sentence's split, claim and date analysis)
 * carried from one version of a document to the next, so that an edit in a long note recomputes only
 * the blocks and sentences it changed. An editor keeps one memo per open document; the CLI uses none.
 */

interface Entry {
  value: unknown;
  /** The last pass that used it. */
  pass: number;
}

interface Table {
  context: unknown;
  entries: Map<string, Entry>;
  pass: number;
  /** How many entries the current pass has used. */
  used: number;
}

/**
 * Per-document memo of text → result tables. Entries live in one long-lived map per table and are
 * stamped with the last pass that used them; those unused for two passes are swept once they
 * outnumber the used ones, so memory stays near two versions without allocating new maps per edit.
 */
export class TextMemo {
  private readonly tables = new Map<string, Table>();

  /**
   * Starts a pass over table `name`: results of the pass before stay reusable, older ones may be dropped.
   * A different `context` (a config, an anchor date) makes every earlier result stale.
   */
  begin(name: string, context: unknown): void {
    const table = this.tables.get(name);
    if (!table || table.context !== context) {
      this.tables.set(name, { context, entries: new Map(), pass: 0, used: 0 });
      return;
    }
    if (table.entries.size > 2 * table.used + 64) {
      for (const [key, entry] of table.entries) if (entry.pass < table.pass) table.entries.delete(key);
    }
    table.pass++;
    table.used = 0;
  }

  /** The result for `key` in table `name` (begun before), computed only when no recent pass had it. */
  get<T>(name: string, key: string, compute: () => T): T {
    const table = this.tables.get(name);
    if (!table) return compute();
    const entry = table.entries.get(key);
    if (entry) {
      if (entry.pass !== table.pass) {
        entry.pass = table.pass;
        table.used++;
      }
      return entry.value as T;
    }
    const value = compute();
    table.entries.set(key, { value, pass: table.pass });
    table.used++;
    return value;
  }
}

/** Runs `compute` through the memo when there is one; results must be treated as read-only. */
export function memoized<T>(memo: TextMemo | undefined, name: string, key: string, compute: () => T): T {
  return memo ? memo.get(name, key, compute) : compute();
}
