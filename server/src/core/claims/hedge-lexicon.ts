/**
 * The hedge lexicon as data (lexicons/hedges.json) and its compiled form: phrases cut into words and
 * indexed by their first word, so the detector does one map lookup per word of prose.
 */
import { gapKey, lowerWords, scanWords } from './hedge-tokens';
import { HEDGE_RULES, type HedgeRule } from './hedge-rules';

/** One lexicon entry: a canonical cue, the surface forms that count as it, and an optional context rule. */
export interface HedgeLexiconEntry {
  /** Canonical phrase, reported as `HedgeCue.cue`; it is itself a form. */
  cue: string;
  /** Other inflections or spellings ("suggests", "suggested"). */
  forms?: readonly string[];
  /** Name of a context rule in hedge-rules.ts that must accept each match. */
  rule?: string;
  /** Set for cues that suit one kind of prose only ("biomedical"); off unless that domain is asked for. */
  domain?: string;
  /**
   * Kept by the learner whatever the training data say: newsroom hedges ("apparently", "unproven")
   * that the research corpora annotate as evidential or weasel words rather than uncertainty.
   */
  keep?: boolean;
}

/** The lexicon file's shape. */
export interface HedgeLexicon {
  cues: readonly HedgeLexiconEntry[];
}

/** A phrase ready for matching: its words, the separators between them and its rule. */
export interface CompiledPhrase {
  cue: string;
  words: string[];
  gaps: string[];
  rule: HedgeRule | undefined;
  /** Whether the phrase itself contains a hyphen or slash ("so-called", "and/or"): then it may touch glued neighbours. */
  glued: boolean;
}

/** Phrases grouped by first word, longest first so the longest match wins. */
export type CompiledLexicon = Map<string, CompiledPhrase[]>;

/** Cuts a literal phrase into words and separators; throws on a phrase without any word. */
export function compilePhrase(cue: string, form: string, rule: HedgeRule | undefined): CompiledPhrase {
  const list = scanWords(form);
  if (list.starts.length === 0) throw new Error(`hedge phrase "${form}" has no word in it`);
  const gaps: string[] = [];
  for (let i = 1; i < list.starts.length; i++) gaps.push(gapKey(form.slice(list.ends[i - 1], list.starts[i])));
  return { cue, words: lowerWords(list), gaps, rule, glued: /[-/]/.test(form) };
}

/** Words of a phrase as one key, for comparing phrases regardless of case and spacing. */
export function phraseKey(phrase: string): string {
  return lowerWords(scanWords(phrase)).join(' ');
}

/**
 * Compiles entries into the first-word index. `domains` lists the domains whose entries are wanted
 * besides the general ones; `removed` holds phraseKeys of cues or forms to leave out. Removing a
 * canonical cue removes all its forms, and removing a phrase also removes the longer phrases that
 * contain it ("could" takes "could have" with it), which is what a user turning a word off expects.
 */
export function compileLexicon(
  entries: readonly HedgeLexiconEntry[],
  domains: readonly string[],
  removed: ReadonlySet<string>,
): CompiledLexicon {
  const index: CompiledLexicon = new Map();
  const isRemoved = (phrase: string): boolean => {
    const key = ` ${phraseKey(phrase)} `;
    for (const r of removed) if (key.includes(` ${r} `)) return true;
    return false;
  };
  const add = (phrase: CompiledPhrase): void => {
    const bucket = index.get(phrase.words[0]);
    if (bucket) bucket.push(phrase);
    else index.set(phrase.words[0], [phrase]);
  };
  for (const entry of entries) {
    if (entry.domain !== undefined && !domains.includes(entry.domain)) continue;
    if (isRemoved(entry.cue)) continue;
    let rule: HedgeRule | undefined;
    if (entry.rule !== undefined) {
      rule = HEDGE_RULES[entry.rule];
      if (!rule) throw new Error(`hedge cue "${entry.cue}" names an unknown rule "${entry.rule}"`);
    }
    for (const form of [entry.cue, ...(entry.forms ?? [])]) {
      if (!isRemoved(form)) add(compilePhrase(entry.cue, form, rule));
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}
