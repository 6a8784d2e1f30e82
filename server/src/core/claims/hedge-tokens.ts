/**
 * The word scanner shared by the hedge lexicon compiler and the detector, so that a lexicon phrase and
 * the prose it should match are cut into words the same way. Pure and allocation-light: it runs on
 * every sentence of every note.
 */

import { finishKey, hashStep } from './word-filter';

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

/**
 * Words of one text: parallel arrays of offsets and filter keys (word-filter.ts), and lower-cased forms
 * (curly apostrophes made straight), made on first use by `wordAt`: most words are never looked at
 * as strings, and a slice per word was most of the detector's time.
 */
export interface WordList {
  text: string;
  starts: number[];
  ends: number[];
  keys: number[];
  lower: Array<string | undefined>;
}

/** Lower-cases a word and straightens its apostrophes, the form lexicon phrases are stored in. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** The lower-cased form of word `k`, or '' outside the list. */
export function wordAt(list: WordList, k: number): string {
  if (k < 0 || k >= list.starts.length) return '';
  return (list.lower[k] ??= normalizeWord(list.text.slice(list.starts[k], list.ends[k])));
}

/** Cuts `text` into words, reusing `into` when given (the detector recycles one list per call). */
export function scanWords(text: string, into?: WordList): WordList {
  const list = into ?? { text, starts: [], ends: [], keys: [], lower: [] };
  list.text = text;
  list.starts.length = 0;
  list.ends.length = 0;
  list.keys.length = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    let ascii = true;
    for (;;) {
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        if (c >= 128) ascii = false;
        else hash = hashStep(hash, c);
      }
      // An apostrophe continues the word only when a letter follows ("rock 'n' roll" keeps its quotes out).
      if (i + 1 < length && isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
        if (text.charCodeAt(i) === 39) hash = hashStep(hash, 39);
        else ascii = false;
        i++;
        continue;
      }
      break;
    }
    list.starts.push(start);
    list.ends.push(i);
    list.keys.push(ascii ? finishKey(hash) : -1);
  }
  list.lower.length = 0;
  list.lower.length = list.starts.length;
  return list;
}

/** Every word of a list, lower-cased. */
export function lowerWords(list: WordList): string[] {
  return list.starts.map((_, k) => wordAt(list, k));
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
