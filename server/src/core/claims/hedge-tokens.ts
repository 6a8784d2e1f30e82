/**
 * The word scanner shared by the hedge lexicon compiler and the detector, so that a lexicon phrase and
 * the prose it should match are cut into words the same way. Pure and allocation-light: it runs on
 * every sentence of every note.
 */

/**
 * A word: letters and digits, with inner apostrophes ("couldn't", "Reuters’"). Hyphens and slashes
 * separate words, so "so-called" and "and/or" are two words joined by a non-space gap. Scanned by hand
 * rather than with a global regex: no match object per word, which halves the detector's time.
 */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c);
}

/** Whether a letter (an apostrophe must be followed by one to stay inside a word). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Whether an inner apostrophe: straight or curly, between word characters ("don't", "it’s"). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Words of one text: parallel arrays of offsets and lower-cased forms (curly apostrophes made straight). */
export interface WordList {
  starts: number[];
  ends: number[];
  lower: string[];
}

/** Lower-cases a word and straightens its apostrophes, the form lexicon phrases are stored in. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Cuts `text` into words, reusing `into` when given (the detector recycles one list per call). */
export function scanWords(text: string, into?: WordList): WordList {
  const list = into ?? { starts: [], ends: [], lower: [] };
  list.starts.length = 0;
  list.ends.length = 0;
  list.lower.length = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hasApostrophe = false;
    // Most words are already lower case; skipping toLowerCase for them is a measurable saving.
    let hasUpper = false;
    for (;;) {
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        if ((c >= 65 && c <= 90) || c >= 0xc0) hasUpper = true;
      }
      // An apostrophe continues the word only when a letter follows ("rock 'n' roll" keeps its quotes out).
      if (i + 1 < length && isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
        hasApostrophe = true;
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    list.starts.push(start);
    list.ends.push(i);
    list.lower.push(hasApostrophe ? normalizeWord(raw) : hasUpper ? raw.toLowerCase() : raw);
  }
  return list;
}

/**
 * The separator between two words in the form phrases are compared by: any run of white space is one
 * space, anything else is kept without its white space ("-", "/", ","). So "may  have" matches "may
 * have" but "may, have" does not.
 */
export function gapKey(gap: string): string {
  if (gap === ' ') return ' ';
  const stripped = gap.replace(/\s+/g, '');
  return stripped === '' ? ' ' : stripped;
}
