/**
 * Attribution analysis: who a sentence says its information comes from. Named and followable
 * ("according to Reuters", "Khan said", "the embassy said"), anonymous ("a senior U.S. official",
 * "people familiar with the matter") or vague ("critics say", "is widely seen as"). The lexicon is
 * data (lexicons/attribution.json); the grammar around reporting verbs is code.
 */
import lexicon from './lexicons/attribution.json';
import { compilePhrases } from './phrases';
import type { PhraseMatcher } from './phrases';

/** How followable an attribution is. */
export type AttributionKind = 'named' | 'anonymous' | 'vague';

/** One attribution phrase in a sentence (offsets into the sentence). */
export interface Attribution {
  kind: AttributionKind;
  start: number;
  end: number;
  phrase: string;
}

/** User additions to the anonymous list (literal phrases). */
export interface AttributionOptions {
  anonymous?: { add?: readonly string[]; remove?: readonly string[] };
}

const VERBS = new Set(lexicon.reportingVerbs);
// Verbs that also have a plain meaning ("Commerce added 12 companies", "This note follows"): they
// report speech only before "that", a comma or the end, or after a quotation.
const WEAK_VERBS = new Set(lexicon.weakReportingVerbs);
const ANON_HOLDERS = new Set(lexicon.anonymousHolders);
const ANON_DETERMINERS = new Set(lexicon.anonymousDeterminers);
const VAGUE_HOLDERS = new Set(lexicon.vagueHolders);
const VAGUE_QUANTIFIERS = new Set(lexicon.vagueQuantifiers);
const PLAIN_STARTS = new Set(['this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'such', 'it', 'we', 'they']);
const NAMED_HEADS = new Set(lexicon.namedHeads.filter((h) => !h.includes(' ')));
const VAGUE = compilePhrases(lexicon.vaguePhrases);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const INITIALS = /^[A-Z]\.$|^[A-Z](?:\.[A-Z])+\.$/;

/** Whether a UTF-16 unit starts a word: a letter or digit (any unit above U+00BF outside General Punctuation counts as a letter). */
function startsWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1fff) || c >= 0x2070;
}

/** Whether a UTF-16 unit continues a word: what starts one, or an inner dot, apostrophe, ampersand or hyphen. */
function continuesWord(c: number): boolean {
  return startsWord(c) || c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45;
}

/**
 * The words of a sentence. A scan of character codes, not a pattern: a match array per word made
 * this a quarter of everything the claim analysis allocated.
 */
function words(sentence: string): Word[] {
  const out: Word[] = [];
  const length = sentence.length;
  for (let i = 0; i < length; ) {
    if (!startsWord(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    for (; i < length; i++) {
      const c = sentence.charCodeAt(i);
      if (!continuesWord(c)) break;
      if ((c >= 65 && c <= 90) || c >= 0xc0) upper = true;
    }
    let text = sentence.slice(start, i);
    // Trailing punctuation ends the word, except the dots of initials ("U.S.").
    const last = text.charCodeAt(text.length - 1);
    if ((last === 46 || last === 39 || last === 0x2019 || last === 45) && !INITIALS.test(text)) text = text.replace(/[.'’-]+$/, '');
    out.push({ text, lower: upper ? text.toLowerCase() : text, start, end: start + text.length });
  }
  return out;
}

/** Whether only spaces (no punctuation) stand between two words. */
function adjacent(sentence: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = sentence.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0) return false;
  }
  return b.start > a.end;
}

const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);

/** Classifies the noun phrase that says something. */
function classify(np: Word[], sentenceStart: boolean): AttributionKind | undefined {
  if (np.length === 0) return undefined;
  const lowers = np.map((w) => w.lower);
  const head = lowers[lowers.length - 1];
  const first = lowers[0];
  // A capitalised word other than a determiner at the start names someone: "Khan", "Nvidia", "the Commerce Department".
  const names = np.filter((w, i) => isCapitalised(w) && !(i === 0 && sentenceStart && (ANON_DETERMINERS.has(w.lower) || PLAIN_STARTS.has(w.lower))) && !['U.S.', 'US', 'UK', 'EU'].includes(w.text));
  const anonymousHead = ANON_HOLDERS.has(head);
  if (VAGUE_QUANTIFIERS.has(first) && (VAGUE_HOLDERS.has(head) || anonymousHead || np.length === 1)) return 'vague';
  if (np.length === 1 && VAGUE_HOLDERS.has(head) && !ANON_HOLDERS.has(head)) return 'vague';
  if (anonymousHead) {
    // "Nvidia's chief executive" is one identifiable person; "a Commerce Department official" is not.
    if (np.some((w) => isCapitalised(w) && /['’]s$/.test(w.text))) return 'named';
    return 'anonymous';
  }
  if (names.length > 0) return 'named';
  if (NAMED_HEADS.has(head)) return 'named';
  return undefined;
}

/** The words before index `verb` that form its subject (contiguous, at most five). */
function subjectBefore(sentence: string, ws: Word[], verb: number): Word[] {
  const np: Word[] = [];
  for (let i = verb - 1; i >= 0 && np.length < 5; i--) {
    if (!adjacent(sentence, ws[i], ws[i + 1])) break;
    if (VERBS.has(ws[i].lower) || ['that', 'who', 'which', 'and', 'but', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'later', 'then', 'not'].includes(ws[i].lower)) {
      if (np.length === 0 && ['has', 'have', 'had', 'also', 'later', 'then'].includes(ws[i].lower)) continue;
      break;
    }
    np.unshift(ws[i]);
  }
  return np;
}

/** The words after the verb in an inverted attribution ("…,” said the official). */
function subjectAfter(sentence: string, ws: Word[], verb: number): Word[] {
  const np: Word[] = [];
  for (let i = verb + 1; i < ws.length && np.length < 5; i++) {
    if (!adjacent(sentence, ws[i - 1], ws[i])) break;
    if (['that', 'in', 'on', 'at', 'to', 'on', 'after', 'before', 'when', 'while'].includes(ws[i].lower)) break;
    np.push(ws[i]);
  }
  return np;
}

/** A proper name starting at word `first`: capitalised words joined by "of", "and", "for", "the". */
function nameAfter(sentence: string, ws: Word[], first: number): Word[] {
  const np: Word[] = [];
  for (let i = first; i < ws.length && np.length < 8; i++) {
    if (i > first && !adjacent(sentence, ws[i - 1], ws[i])) break;
    if (isCapitalised(ws[i])) np.push(ws[i]);
    else if (!['of', 'and', 'for', 'the', 'on'].includes(ws[i].lower) || !ws[i + 1] || !isCapitalised(ws[i + 1])) break;
  }
  return np;
}

/** The words before the sentence's first comma, when they are few enough to be a subject. */
function clauseStart(sentence: string, ws: Word[]): Word[] {
  const comma = sentence.indexOf(',');
  const np = ws.filter((w) => w.end <= comma);
  return np.length > 0 && np.length <= 4 ? np : [];
}

function fromVerbs(sentence: string, ws: Word[], out: Attribution[]): void {
  for (let v = 0; v < ws.length; v++) {
    if (!VERBS.has(ws[v].lower)) continue;
    // An infinitive ("declined to comment", "expected to say") reports nothing yet.
    if (v > 0 && ws[v - 1].lower === 'to') continue;
    const before = sentence.slice(0, ws[v].start);
    // "…,” said the official" puts the speaker after the verb; "Khan, the ranking member, said" before the apposition.
    const inverted = /[”"’]\s*,?\s*$/.test(before) || v === 0;
    if (WEAK_VERBS.has(ws[v].lower) && !inverted && !/^\s*(?:that\b|[,.;:]|$)/.test(sentence.slice(ws[v].end))) continue;
    const appositive = !inverted && /,\s*$/.test(before);
    let np = inverted ? subjectAfter(sentence, ws, v) : appositive ? clauseStart(sentence, ws) : subjectBefore(sentence, ws, v);
    if (np.length === 0 && !inverted) continue;
    if (inverted && np.length === 0) np = subjectBefore(sentence, ws, v);
    const kind = classify(np, np[0] === ws[0]);
    if (!kind) continue;
    const start = Math.min(np[0].start, ws[v].start);
    const end = Math.max(np[np.length - 1].end, ws[v].end);
    out.push({ kind, start, end, phrase: sentence.slice(start, end) });
  }
}

const ACCORDING = /\baccording to\s+/gi;
const DOCUMENT = /\b(?:a|an|the)\s+(?:report|statement|filing|letter|memo|study|analysis|survey|review|complaint|indictment|ruling)\s+(?:by|from|of)\s+(?=\p{Lu})/giu;

const DOCUMENTS = new Set(['report', 'statement', 'filing', 'letter', 'memo', 'study', 'analysis', 'survey', 'review', 'complaint', 'indictment', 'ruling']);
const SOURCE_PREPOSITIONS = new Set(['by', 'from', 'of']);

/** Whether a document word is followed by "by", "from" or "of": what DOCUMENT needs before it can match. */
function namesDocument(ws: Word[]): boolean {
  for (let i = 0; i + 1 < ws.length; i++) if (DOCUMENTS.has(ws[i].lower) && SOURCE_PREPOSITIONS.has(ws[i + 1].lower)) return true;
  return false;
}

function fromPrepositions(sentence: string, ws: Word[], out: Attribution[]): void {
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(sentence); m; m = ACCORDING.exec(sentence)) {
    const after = m.index + m[0].length;
    const first = ws.findIndex((w) => w.start >= after);
    if (first < 0) continue;
    const np = subjectAfter(sentence, ws, first - 1).slice(0, 5);
    const kind = classify(np, false) ?? 'named';
    const end = np.length > 0 ? np[np.length - 1].end : after;
    out.push({ kind, start: m.index, end, phrase: sentence.slice(m.index, end) });
  }
  if (!namesDocument(ws)) return;
  DOCUMENT.lastIndex = 0;
  for (let m = DOCUMENT.exec(sentence); m; m = DOCUMENT.exec(sentence)) {
    const after = m.index + m[0].length;
    const first = ws.findIndex((w) => w.start >= after);
    const np = first < 0 ? [] : nameAfter(sentence, ws, first);
    const end = np.length > 0 ? np[np.length - 1].end : after;
    out.push({ kind: 'named', start: m.index, end, phrase: sentence.slice(m.index, end) });
  }
}

const compiled = new WeakMap<object, PhraseMatcher>();
const DEFAULT_OPTIONS = {};

function anonymousMatcher(options: AttributionOptions): PhraseMatcher {
  let m = compiled.get(options);
  if (!m) {
    const remove = new Set((options.anonymous?.remove ?? []).map((p) => p.toLowerCase()));
    m = compilePhrases([...lexicon.anonymousPhrases.filter((p) => !remove.has(p)), ...(options.anonymous?.add ?? [])]);
    compiled.set(options, m);
  }
  return m;
}

/** Finds every attribution in one sentence; overlapping finds keep the least followable kind. */
export function findAttributions(sentence: string, options: AttributionOptions = DEFAULT_OPTIONS): Attribution[] {
  // No regular-expression pre-filters: scanning a sentence for the stems of every verb and phrase cost
  // more than the word-level analysis they were meant to spare.
  const found: Attribution[] = [];
  for (const m of anonymousMatcher(options).find(sentence)) found.push({ kind: 'anonymous', ...m });
  for (const m of VAGUE.find(sentence)) found.push({ kind: 'vague', ...m });
  const ws = words(sentence);
  fromPrepositions(sentence, ws, found);
  fromVerbs(sentence, ws, found);
  if (found.length === 0) return found;
  const rank: Record<AttributionKind, number> = { anonymous: 0, vague: 1, named: 2 };
  found.sort((a, b) => a.start - b.start || rank[a.kind] - rank[b.kind]);
  const out: Attribution[] = [];
  for (const a of found) {
    const last = out[out.length - 1];
    // "according to people" + "familiar with the matter" is one attribution.
    if (last && last.kind === a.kind && a.start <= last.end + 1 && /^\s*$/.test(sentence.slice(last.end, a.start))) {
      last.end = Math.max(last.end, a.end);
      continue;
    }
    const clash = out.find((o) => a.start < o.end && o.start < a.end);
    if (!clash) out.push(a);
    else if (rank[a.kind] < rank[clash.kind]) out.splice(out.indexOf(clash), 1, a);
  }
  for (const a of out) a.phrase = sentence.slice(a.start, a.end).replace(/\s+/g, ' ');
  return out;
}
