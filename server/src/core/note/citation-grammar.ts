/**
 * Pandoc's citation grammar (SPEC §2.1), following `simpleCiteIdentifier` in Pandoc's Citations.hs:
 * a key starts with a letter, digit or `_`, continues with letters, digits and `_`, and takes the
 * punctuation `:.#$%&-+?<>~/` only when a letter or digit follows (`:` and `/` may also precede `/`).
 */

const INTERNAL = new Set(':.#$%&-+?<>~/');

/** Whether a character is a letter, digit or underscore (Unicode-aware). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return /[\p{L}\p{N}]/u.test(ch);
}

/** A key read at some offset: its text and where it ends (exclusive), including braces when braced. */
export interface KeyMatch {
  key: string;
  keyStart: number;
  keyEnd: number;
  end: number;
}

/** Reads a citation key starting at `i` (just after `@`); undefined when none starts there. */
export function readKey(text: string, i: number, limit = text.length): KeyMatch | undefined {
  if (text[i] === '{') {
    let depth = 0;
    for (let j = i; j < limit; j++) {
      const c = text[j];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          const key = text.slice(i + 1, j).trim();
          return key && !/\s/.test(key) ? { key, keyStart: i + 1, keyEnd: j, end: j + 1 } : undefined;
        }
      } else if (c === '\n') return undefined;
    }
    return undefined;
  }
  if (!isWordChar(text[i])) return undefined;
  let j = i + 1;
  while (j < limit) {
    const c = text[j];
    if (isWordChar(c)) j++;
    else if (INTERNAL.has(c) && j + 1 < limit && isWordChar(text[j + 1])) j += 2;
    else if ((c === ':' || c === '/') && text[j + 1] === '/') j++;
    else break;
  }
  return { key: text.slice(i, j), keyStart: i, keyEnd: j, end: j };
}

/** One item of a bracketed citation group, with offsets relative to the text given. */
export interface CitationItem {
  key: string;
  keyStart: number;
  keyEnd: number;
  itemStart: number;
  itemEnd: number;
  locator?: string;
}

/**
 * Parses the inside of `[…]` (from `start` to `end`, exclusive of the brackets) as a citation group:
 * items separated by `;`, each `prefix -?@key suffix`. Returns undefined unless every item has a key.
 */
export function parseCitationGroup(text: string, start: number, end: number): CitationItem[] | undefined {
  const items: CitationItem[] = [];
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== ';') continue;
    const item = parseItem(text, itemStart, i);
    if (!item) return undefined;
    items.push(item);
    itemStart = i + 1;
  }
  return items.length > 0 ? items : undefined;
}

function parseItem(text: string, start: number, end: number): CitationItem | undefined {
  for (let i = start; i < end; i++) {
    if (text[i] !== '@') continue;
    if (i > start && isWordChar(text[i - 1])) continue;
    const key = readKey(text, i + 1, end);
    if (!key) continue;
    const suffix = text.slice(key.end, end).replace(/^\s*,?\s*/, '').trim();
    return {
      key: key.key,
      keyStart: key.keyStart,
      keyEnd: key.keyEnd,
      itemStart: text[i - 1] === '-' && i - 1 >= start ? i - 1 : i,
      itemEnd: key.end,
      locator: suffix || undefined,
    };
  }
  return undefined;
}
