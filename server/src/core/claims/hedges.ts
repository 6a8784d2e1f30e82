/**
 * Finds uncertainty (hedge) cues in a sentence of prose, for `claim-hedged` and `claim-overstated`
 * (SPEC §3). The cue lists are data (lexicons/hedges.json, learned and pruned by
 * scripts/eval/learn-hedges.ts); ambiguous cues carry a context rule (hedge-rules.ts). Pure: no I/O.
 */
import lexicon from './lexicons/hedges.json';
import { compileLexicon, phraseKey, type CompiledLexicon, type HedgeLexicon } from './hedge-lexicon';
import { gapKey, scanWords, wordAt, type WordList } from './hedge-tokens';
import { WordFilter } from './word-filter';
import type { CueSite } from './hedge-rules';

/** One uncertainty cue found in a sentence. */
export interface HedgeCue {
  /** UTF-16 offset of the cue's first character. */
  start: number;
  /** UTF-16 offset just past the cue, exclusive. */
  end: number;
  /** Canonical lexicon phrase ("suggest" for "suggested"); a user-added phrase as the user wrote it. */
  cue: string;
}

/** User changes to the cue list: literal phrases only (never regular expressions, for safety). */
export interface HedgeOptions {
  /** Phrases to add, matched case-insensitively on word boundaries. */
  add?: readonly string[];
  /** Phrases to remove; removing a phrase also removes the longer cues that contain it. */
  remove?: readonly string[];
  /** Extra domains whose cues to use ("biomedical" adds "would" and "propose"); none by default. */
  domains?: readonly string[];
}

/** A compiled detector: finds cues in one sentence. */
export type HedgeDetector = (sentence: string) => HedgeCue[];

/** The lexicon shipped with the engine. */
export const DEFAULT_HEDGE_LEXICON: HedgeLexicon = lexicon as HedgeLexicon;

/** Characters that end a URL in prose: white space, angle brackets, quotes and closing brackets. */
function endsUrl(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x201d || '<>"\')]'.includes(String.fromCharCode(code));
}

/** Whether a character may appear in a URL scheme ("https", "git+ssh"). */
function isSchemeChar(code: number): boolean {
  const letterOrDigit = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return letterOrDigit || code === 43 /* + */ || code === 46 /* . */ || code === 45 /* - */;
}

/**
 * Offsets of URL spans ("https://example.org/may-have-been", "www.example.org/likely"), as sorted
 * [start, end) pairs: no cue is found inside one. A hand scan from each "://" or "www." rather than a
 * regular expression, so a long run of dotted words cannot make it backtrack.
 */
function urlSpans(text: string): number[] {
  const spans: number[] = [];
  let from = 0;
  // The next "://" and "www." at or after `from`; each is searched again only once passed, so the
  // whole scan reads the text a bounded number of times.
  let scheme = text.indexOf('://');
  let www = text.indexOf('www.');
  while (scheme !== -1 || www !== -1) {
    let start: number;
    let end: number;
    if (scheme !== -1 && (www === -1 || scheme < www)) {
      start = scheme;
      const floor = Math.max(from, scheme - 32);
      while (start > floor && isSchemeChar(text.charCodeAt(start - 1))) start--;
      end = scheme + 3;
    } else {
      start = www;
      end = www + 4;
    }
    while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
    spans.push(start, end);
    from = end;
    if (scheme !== -1 && scheme < from) scheme = text.indexOf('://', from);
    if (www !== -1 && www < from) www = text.indexOf('www.', from);
  }
  return spans;
}

const NO_SPANS: number[] = [];

/** Whether a character is an ASCII letter or digit. */
function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Whether a character joins two words into one token-like unit when it has a word on each side. */
function isJoiner(code: number): boolean {
  return code === 45 /* - */ || code === 47 /* / */ || code === 95 /* _ */ || code === 46 /* . */;
}

/**
 * Whether the words from `start` to `end` are glued into a larger unit: a compound ("would-be"), an
 * identifier or domain ("may_2", "likely.org"), a handle, key or e-mail ("@may", "may@example.org").
 * Markdown emphasis ("_likely_", "**may**") is not glue: there is no word on the far side.
 */
function isGlued(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 64 /* @ */ || (isJoiner(before) && isAlnum(text.charCodeAt(start - 2)))) return true;
  const after = text.charCodeAt(end);
  return after === 64 || (isJoiner(after) && isAlnum(text.charCodeAt(end + 1)));
}

/**
 * Compiles a detector once for a set of options; `lexicon` replaces the shipped list (the learning
 * script compiles candidate lists this way).
 */
export function createHedgeDetector(options: HedgeOptions = {}, lexicon: HedgeLexicon = DEFAULT_HEDGE_LEXICON): HedgeDetector {
  const removed = new Set((options.remove ?? []).map(phraseKey).filter((k) => k !== ''));
  const entries = [
    ...lexicon.cues,
    ...(options.add ?? []).filter((p) => phraseKey(p) !== '').map((p) => ({ cue: p.trim() })),
  ];
  const index: CompiledLexicon = compileLexicon(entries, options.domains ?? [], removed);
  const firstWords = new WordFilter(index.keys());
  // One word list per detector, reused across calls: detection allocates little besides its results.
  const words: WordList = { text: '', starts: [], ends: [], keys: [], lower: [] };
  const site: CueSite = { text: '', words, first: 0, last: 0 };

  return (sentence: string): HedgeCue[] => {
    const found: HedgeCue[] = [];
    scanWords(sentence, words);
    const urls = sentence.includes('://') || sentence.includes('www.') ? urlSpans(sentence) : NO_SPANS;
    const count = words.starts.length;
    site.text = sentence;
    let urlIndex = 0;
    for (let i = 0; i < count; i++) {
      if (!firstWords.mayHave(words.keys[i])) continue;
      const bucket = index.get(wordAt(words, i));
      if (bucket === undefined) continue;
      const start = words.starts[i];
      while (urlIndex < urls.length && urls[urlIndex + 1] <= start) urlIndex += 2;
      if (urlIndex < urls.length && urls[urlIndex] <= start) continue;
      for (const phrase of bucket) {
        const last = i + phrase.words.length - 1;
        if (last >= count) continue;
        let ok = true;
        for (let k = 1; ok && k < phrase.words.length; k++) {
          ok =
            wordAt(words, i + k) === phrase.words[k] &&
            phraseGap(sentence, words.ends[i + k - 1], words.starts[i + k]) === phrase.gaps[k - 1];
        }
        if (!ok) continue;
        const end = words.ends[last];
        if (!phrase.glued && isGlued(sentence, start, end)) continue;
        site.first = i;
        site.last = last;
        if (phrase.rule !== undefined && !phrase.rule(site)) continue;
        found.push({ start, end, cue: phrase.cue });
        i = last;
        break;
      }
    }
    return found;
  };
}

/** The separator between two words in gapKey form, fast for the usual single space. */
function phraseGap(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
  return gapKey(text.slice(from, to));
}

let defaultDetector: HedgeDetector | undefined;
/** Detectors by options object: callers usually pass the same config object for every sentence. */
const byObject = new WeakMap<HedgeOptions, HedgeDetector>();
/** Detectors by options content, for callers that rebuild equal option objects. */
const byContent = new Map<string, HedgeDetector>();

/** Finds the uncertainty cues in one sentence of prose. */
export function findHedgeCues(sentence: string, options?: HedgeOptions): HedgeCue[] {
  if (!options || (!options.add?.length && !options.remove?.length && !options.domains?.length)) {
    defaultDetector ??= createHedgeDetector();
    return defaultDetector(sentence);
  }
  let detector = byObject.get(options);
  if (!detector) {
    const key = JSON.stringify([options.add ?? [], options.remove ?? [], options.domains ?? []]);
    detector = byContent.get(key);
    if (!detector) {
      if (byContent.size >= 32) byContent.clear();
      detector = createHedgeDetector(options);
      byContent.set(key, detector);
    }
    byObject.set(options, detector);
  }
  return detector(sentence);
}
