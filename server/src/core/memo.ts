/**
 * Results of pure per-text work (a block's inline scan, a sentence's split, claim and date analysis)
 * carried from one version of a document to the next, so that an edit in a long note recomputes only
 * the blocks and sentences it changed. An editor keeps one memo per open document; the CLI uses none.
 */

interface Table {
  context: unknown;
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}

/** Per-document memo of text → result tables; each pass keeps only what it used, so memory stays at two versions. */
export class TextMemo {
  private readonly tables = new Map<string, Table>();

  /**
   * Starts a pass over table `name`: results of the pass before stay reusable, older ones are dropped.
   * A different `context` (a config, an anchor date) makes every earlier result stale.
   */
  begin(name: string, context: unknown): void {
    const table = this.tables.get(name);
    if (!table || table.context !== context) {
      this.tables.set(name, { context, current: new Map(), previous: new Map() });
      return;
    }
    table.previous = table.current;
    table.current = new Map();
  }

  /** The result for `key` in table `name` (begun before), computed only when no recent pass had it. */
  get<T>(name: string, key: string, compute: () => T): T {
    const table = this.tables.get(name);
    if (!table) return compute();
    let value = table.current.get(key) as T | undefined;
    if (value === undefined) {
      value = (table.previous.get(key) as T | undefined) ?? compute();
      table.current.set(key, value);
    }
    return value;
  }
}

/** Runs `compute` through the memo when there is one; results must be treated as read-only. */
export function memoized<T>(memo: TextMemo | undefined, name: string, key: string, compute: () => T): T {
  return memo ? memo.get(name, key, compute) : compute();
}
