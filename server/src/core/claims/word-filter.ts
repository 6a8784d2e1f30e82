/**
 * A filter that says which words of a text may belong to a word list from a hash of their character
 * codes, taken while the words are scanned, so most words are never sliced into strings: "no" for
 * most words, "maybe" for every word of the list (and for any word with a character outside ASCII,
 * whose lower-case form only a real comparison can tell).
 */

/** Adds one ASCII character code (either case) to a word's running hash, which starts at 0. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
}

/** A word's 16-bit filter key from its running hash. */
export function finishKey(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** A set of words as a 65,536-entry table of their keys. */
export class WordFilter {
  private readonly table = new Uint8Array(1 << 16);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      let hash = 0;
      let ascii = true;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (code >= 128) ascii = false;
        hash = hashStep(hash, code);
      }
      // A non-ASCII word of the set is only ever met as a non-ASCII word of prose, which always passes.
      if (ascii) this.table[finishKey(hash)] = 1;
    }
  }

  /** Whether a word with this key may be in the set; -1 (a word with a non-ASCII character) always may. */
  mayHave(key: number): boolean {
    return key < 0 || this.table[key] === 1;
  }
}
