/**
 * Literal phrase matching for lexicons and user-supplied lists: case-insensitive, on word boundaries,
 * never regular expressions from data (a phrase is escaped before it joins the alternation).
 */

/** Escapes a literal for use inside a regular expression. */
function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled set of phrases. */
export interface PhraseMatcher {
  /** Every match in `text`: start, end and the phrase as listed. */
  find(text: string): Array<{ start: number; end: number; phrase: string }>;
}

/** Compiles literal phrases (longest first, so the longer phrase wins) into one matcher. */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const list = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return { find: () => [] };
  const body = list.map((p) => escape(p).replace(/\s+/g, '\\s+').replace(/'/g, "['’]")).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
  return {
    find(text) {
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
      return out;
    },
  };
}
