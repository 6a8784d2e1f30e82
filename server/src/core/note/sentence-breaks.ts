/**
 * Unicode sentence boundaries (UAX #29, rules SB6 to SB11) for text made only of characters whose
 * Sentence_Break class is listed below: ASCII, Latin-1 letters, the no-break space, curly quotes and
 * dashes, which is nearly all policy prose. `Intl.Segmenter` gives the same boundaries, but its
 * per-segment objects made it the largest single cost of reading a note; any other character makes
 * this return undefined, and the caller asks `Intl.Segmenter`.
 */

const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const UNKNOWN = 9;

/** The Sentence_Break class of each code unit below U+0100 (UNKNOWN where this module does not decide). */
const LATIN = new Uint8Array(256).fill(UNKNOWN);
for (let c = 0x20; c < 0x7f; c++) LATIN[c] = OTHER;
LATIN[0x20] = SP;
LATIN[0xa0] = SP;
for (let c = 0x61; c <= 0x7a; c++) LATIN[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) LATIN[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) LATIN[c] = NUMERIC;
for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) LATIN[c] = UPPER;
for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) LATIN[c] = LOWER;
LATIN[0x2e] = ATERM;
LATIN[0x21] = STERM;
LATIN[0x3f] = STERM;
for (const c of '"\'()[]{}') LATIN[c.charCodeAt(0)] = CLOSE;
for (const c of ',-:;') LATIN[c.charCodeAt(0)] = SCONTINUE;

function classOf(code: number): number {
  if (code < 256) return LATIN[code];
  if (code >= 0x2018 && code <= 0x201f) return CLOSE; // ‘ ’ ‚ ‛ “ ” „ ‟
  if (code === 0x2013 || code === 0x2014) return SCONTINUE; // – —
  return UNKNOWN;
}

// Any character outside the classes above.
const UNCLASSIFIED = /[^\x20-\x7e\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2013\u2014\u2018-\u201f]/;
const TERMINATOR = /[.?!]/g;

/**
 * The end offset of each sentence of `text` (the last is `text.length`), as `Intl.Segmenter` with
 * sentence granularity cuts it; undefined when the text holds a character outside the classes above.
 * Line breaks must already be spaces.
 */
export function sentenceEnds(text: string): number[] | undefined {
  const n = text.length;
  if (n === 0) return [];
  if (UNCLASSIFIED.test(text)) return undefined;
  const at = (i: number): number => (i < n ? classOf(text.charCodeAt(i)) : -1);
  const ends: number[] = [];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const i = m.index;
    const k = at(i);
    const next = at(i + 1);
    // SB6 "3.5" and SB7 "U.S": a full stop between these does not end anything.
    if (k === ATERM && (next === NUMERIC || (next === UPPER && i > 0 && (at(i - 1) === UPPER || at(i - 1) === LOWER)))) continue;
    let j = i + 1;
    while (at(j) === CLOSE) j++; // SB9: closing punctuation stays with the terminator
    while (at(j) === SP) j++; // SB10: so do the spaces after it
    if (j >= n) break;
    const after = at(j);
    // SB8a: a comma, dash, colon or another terminator continues the sentence.
    if (after === SCONTINUE || after === ATERM || after === STERM) continue;
    // SB8: after a full stop, a lower-case letter before any other letter or terminator continues it.
    if (k === ATERM && continuesInLowerCase(text, j)) continue;
    ends.push(j); // SB11
    TERMINATOR.lastIndex = j;
  }
  ends.push(n);
  return ends;
}

/** Whether the first letter or terminator from `from` on is a lower-case letter (SB8). */
function continuesInLowerCase(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const k = classOf(text.charCodeAt(j));
    if (k === LOWER) return true;
    if (k === UPPER || k === ATERM || k === STERM) return false;
  }
  return false;
}
