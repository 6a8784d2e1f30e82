/**
 * Context rules for ambiguous hedge cues. The cue lists are data (lexicons/hedges.json); deciding
 * whether "May" is a month or "appeared" means "was seen" needs a look at the neighbouring words,
 * which is code. A lexicon entry names its rule; every rule is a cheap look at a few words around the
 * match, so detection stays linear in the sentence.
 */
import { wordAt } from './hedge-tokens';
import type { WordList } from './hedge-tokens';

/** Where a candidate cue sits: the sentence, its words, and the first and last word of the match. */
export interface CueSite {
  text: string;
  words: WordList;
  first: number;
  last: number;
}

/** Accepts or rejects one candidate match. */
export type HedgeRule = (site: CueSite) => boolean;

/** Lower-cased word `k` of the sentence, or '' outside it. */
function word(site: CueSite, k: number): string {
  return wordAt(site.words, k);
}

/** The word right after the match. */
function next(site: CueSite, offset = 1): string {
  return word(site, site.last + offset);
}

/** The word right before the match. */
function prev(site: CueSite, offset = 1): string {
  return word(site, site.first - offset);
}

/** Whether the text between word k-1 and word k is only white space (no comma, dash or bracket). */
function joined(site: CueSite, k: number): boolean {
  if (k <= 0 || k >= site.words.starts.length) return false;
  const { starts, ends } = site.words;
  for (let i = ends[k - 1]; i < starts[k]; i++) {
    const c = site.text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const BE = set("be is are was were been being am isn't aren't wasn't weren't remains remain remained");

/** A form of "be", also glued to its subject by an apostrophe ("it's believed", "they're thought"). */
function isBe(w: string): boolean {
  return BE.has(w) || w.endsWith("'s") || w.endsWith("'re");
}
/** Adverbs that sit between a form of "be" and a doxastic participle ("is widely believed"). */
const DOXASTIC_ADVERBS = set(
  'widely generally commonly often also still long once originally now sometimes usually traditionally ' +
    'popularly frequently mostly largely possibly previously increasingly first later initially now',
);
const PREPOSITIONS_OF_PLACE = set(
  'in on at within inside onstage alongside before with from during among throughout under opposite ' +
    'beside near behind when while for as',
);
const DETERMINERS_AND_PRONOUNS = set('the a an this that these those his her their its my our your him them us me it');
const SUBJECT_PRONOUNS = set('i we you he she they');
const MONTH_PREPOSITIONS = set('in since until till from early mid late during through throughout by of');
const NEGATIONS = set('not never hardly barely scarcely');
/** Vague or collective holders of an opinion: "some consider", "many regard", "critics view". */
const OPINION_HOLDERS = set(
  'some many others most few critics people scholars historians experts observers commentators who which they we',
);
/** Words before "possible" that make it ability or degree ("is possible for", "made possible", "as ... as possible"). */
const NOT_BEFORE_POSSIBLE = set(
  'is was are were be been being as made make makes making if whenever wherever where when ' +
    'best highest lowest every all maximum not only always it',
);
/** What one "assumes" when taking it on rather than supposing it ("assumed control", "assumed its debts"). */
const ASSUMED_THINGS = set(
  'the a an its his her their control office responsibility responsibilities power command leadership role ' +
    'duties debt debts liabilities certain new',
);
const NOT_AFTER_POSSIBLE = set('to for by in with from and or');
const CONDITION_WORDS = set('true false necessary possible needed required applicable appropriate available successful any');
const ABILITY_PARTICIPLES = set('reached contacted seen heard');
const IF_IDIOMS = set('any anything so ever only');
const COMPARATIVES = set('than as what');
const WH = set('whether how why if what when who whom which where');

/** Whether word k is a number (a day or a year: "May 5", "5 May", "May 2026"). */
function isNumber(site: CueSite, k: number): boolean {
  const w = word(site, k);
  return w !== '' && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
}

/** Whether the words before the match name vague or many holders ("some", "many do not", "others also"). */
function heldByMany(site: CueSite): boolean {
  for (let k = site.first - 1; k >= site.first - 3 && k >= 0; k--) {
    const w = word(site, k);
    if (OPINION_HOLDERS.has(w)) return true;
    if (w !== 'do' && w !== 'does' && w !== 'did' && w !== 'not' && w !== "don't" && w !== 'also' && w !== 'still') return false;
  }
  return false;
}

/**
 * Whether "if" is a concessive aside: a comma, "if", one adjective, a comma ("competent, if tedious,").
 * A participle or a word of condition keeps it a condition ("the deal, if confirmed, would", ", if true,").
 */
function concessive(site: CueSite): boolean {
  const { starts, ends } = site.words;
  const k = site.first;
  if (k === 0 || k + 1 >= starts.length || !site.text.slice(ends[k - 1], starts[k]).includes(',')) return false;
  const after = word(site, k + 1);
  if (after.endsWith('ed') || CONDITION_WORDS.has(after)) return false;
  const mark = site.text.charAt(ends[k + 1]);
  return mark === ',' || mark === '.' || mark === ';';
}

/** Whether word k is a day of the month written alone ("5 May"), not the end of a name ("IL-6 may"). */
function isDay(site: CueSite, k: number): boolean {
  const w = word(site, k);
  if (w.length === 0 || w.length > 2 || !isNumber(site, k) || !joined(site, k + 1)) return false;
  const before = site.words.starts[k] - 1;
  return before < 0 || site.text[before] === ' ';
}

/** Whether the match starts the sentence or a quotation/clause opened by a colon, quote or bracket. */
function startsClause(site: CueSite): boolean {
  const start = site.words.starts[site.first];
  for (let i = start - 1; i >= 0; i--) {
    const c = site.text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\u00a0') continue;
    return '"\u201c\u2018\'(:[*_-\u2014\u2013>'.includes(c);
  }
  return true;
}

/** Whether word k, a participle, is used passively or with "to/as" ("is believed", "thought to be"). */
function doxasticUse(site: CueSite): boolean {
  const p = prev(site);
  if (isBe(p) || (DOXASTIC_ADVERBS.has(p) && isBe(prev(site, 2)))) return true;
  if (DOXASTIC_ADVERBS.has(p) && p !== 'now' && p !== 'also') return true;
  const n = next(site);
  return (n === 'to' || n === 'as') && joined(site, site.last + 1);
}

/** The named rules a lexicon entry may use. */
export const HEDGE_RULES: Readonly<Record<string, HedgeRule>> = {
  /**
   * "may" the modal, not May the month or Theresa May. A capitalised "May" inside a sentence is a name
   * or a month (a modal is capitalised only where a sentence or quotation starts), and a sentence-initial
   * "May" before a number is a date ("May 5 was..."). Lower-case "may" is a month only between a day
   * and a year ("5 may 2026") or after a month preposition before a number ("in may 2026"); "IL-6 may"
   * and "[34], may" stay modal.
   */
  may(site) {
    const raw = site.text.slice(site.words.starts[site.first], site.words.starts[site.first] + 3);
    const numberNext = isNumber(site, site.last + 1) && joined(site, site.last + 1);
    // "MAY 5" in an all-capitals dateline or headline is a date too.
    if (raw === 'MAY' && numberNext) return false;
    if (raw === 'May') return startsClause(site) && !numberNext && next(site) !== '';
    if (numberNext && (isDay(site, site.first - 1) || MONTH_PREPOSITIONS.has(prev(site)))) return false;
    return true;
  },

  /**
   * "appears to", "appears that", "appears likely" hedge; "appeared in a film", "appears on the list"
   * and "appeared before the committee" report where something was seen.
   */
  appear(site) {
    const n = next(site);
    if (n === 'to') return !DETERMINERS_AND_PRONOUNS.has(next(site, 2));
    if (n === '' || PREPOSITIONS_OF_PLACE.has(n)) return n === 'as' && (next(site, 2) === 'if' || next(site, 2) === 'though');
    return n === 'that' || n === 'not' || n === 'likely' || n === 'unlikely' || n === 'possible' || n === 'probable';
  },

  /** "indicate that" reports an inference; "indicated by arrows", "as indicated" only point at something. */
  indicate(site) {
    const n = next(site);
    return n === 'that' || (word(site, site.first) === 'indicating' && (n === 'a' || n === 'an'));
  },

  /**
   * "could" speculates, except as past ability: "could not be reached" states a fact, and so does
   * "he could read" (a subject pronoun with a plain verb), "could be reached"; "they could have" and
   * "could be" otherwise still hedge.
   */
  could(site) {
    const n = next(site);
    if (NEGATIONS.has(n)) return next(site, 2) === 'have';
    // "could be reached for comment", "could be seen trudging": contact and perception, not a guess.
    if (n === 'be' && ABILITY_PARTICIPLES.has(next(site, 2))) return false;
    if (SUBJECT_PRONOUNS.has(prev(site))) return n === 'have' || n === 'be' || n === 'possibly' || n === 'well';
    return true;
  },

  /** Doxastic participles ("considered", "believed", "thought", "regarded") hedge in the passive. */
  doxastic(site) {
    return doxasticUse(site);
  },

  /**
   * "thought" the verb hedges ("is thought to", "some thought the game was tasteless"); "thought" the
   * noun ("his thought") does not.
   */
  thought(site) {
    const n = next(site);
    return doxasticUse(site) || n === 'that' || OPINION_HOLDERS.has(prev(site)) || SUBJECT_PRONOUNS.has(prev(site));
  },

  /**
   * "regard/view/see ... as" states an opinion when its holders are vague or many ("some regard them
   * as", "others view it as"); "see" and "view" otherwise mostly mean looking.
   */
  regardAs(site) {
    const holder = OPINION_HOLDERS.has(prev(site)) || (prev(site) === 'also' && OPINION_HOLDERS.has(prev(site, 2)));
    if (!holder) return false;
    for (let k = site.last + 1; k <= site.last + 8 && k < site.words.starts.length; k++) if (word(site, k) === 'as') return true;
    return false;
  },

  /** An opinion verb whose holders are vague or many: "some consider", "many do not consider". */
  opinionHolder(site) {
    return heldByMany(site);
  },

  /** "is considered (to be)", "widely considered", "some considered it"; not "the panel considered the bill". */
  considered(site) {
    return doxasticUse(site) || heldByMany(site);
  },

  /** "assume that", "is assumed": a supposition; "assumed the role", "assumed its debts": taking on. */
  assume(site) {
    return !ASSUMED_THINGS.has(next(site));
  },

  /**
   * "expected to", "is expected next week", "widely expected" forecast; "as expected", "than expected"
   * and "expected returns" do not hedge.
   */
  expected(site) {
    // "than (they initially) expected", "as (was) expected", "what is expected": a comparison with a
    // prior expectation, not a forecast.
    for (let k = 1; k <= 3; k++) if (COMPARATIVES.has(prev(site, k))) return false;
    const n = next(site);
    return n === 'to' || n === 'that' || doxasticUse(site);
  },

  /**
   * "possible" hedges as "it is possible that" or before a noun ("a possible link"), not as a bare
   * predicate of ability ("is possible for students", "made possible", "as soon as possible").
   */
  possible(site) {
    const n = next(site);
    if (n === 'that') return true;
    const p = prev(site);
    // "the fastest possible", "the best possible": a superlative, not a likelihood.
    if (p.length > 4 && p.endsWith('est')) return false;
    return !NOT_AFTER_POSSIBLE.has(n) && !NOT_BEFORE_POSSIBLE.has(p);
  },

  /** "suspected" and "suspect that" hedge; "the suspect" is a person. */
  suspect(site) {
    if (word(site, site.first) === 'suspected') return true;
    return !DETERMINERS_AND_PRONOUNS.has(prev(site)) && next(site) !== 'was' && next(site) !== 'is';
  },

  /** "potential" as an adjective ("a potential role") hedges; "the potential to" names a capacity. */
  potential(site) {
    const n = next(site);
    return n !== '' && n !== 'to' && n !== 'of' && n !== 'in' && n !== 'for' && n !== 'and';
  },

  /** "unknown" hedges as a state ("remains unknown", "unknown whether"), not in "an unknown gunman". */
  unknown(site) {
    const p = prev(site);
    return isBe(p) || p === 'still' || p === 'largely' || p === 'yet' || p === 'currently' || WH.has(next(site));
  },

  /**
   * "if" opens a condition. Not in idioms that assert nothing uncertain ("as if", "even if", "if any",
   * "if anything", "if only briefly"), in the logician's "if and only if", or in a concessive aside
   * ("competent, if tedious,"), where "if" means "although".
   */
  conditional(site) {
    const p = prev(site);
    const n = next(site);
    if (p === 'as' || p === 'even' || IF_IDIOMS.has(n)) return false;
    if ((n === 'and' && next(site, 2) === 'only') || (p === 'only' && prev(site, 2) === 'and')) return false;
    return !concessive(site);
  },

  /** "would" hedges a hypothesis; "would later", "would go on to" narrate a past future in biographies. */
  would(site) {
    const n = next(site);
    return n !== 'later' && n !== 'eventually' && n !== 'go' && n !== 'become' && n !== 'often' && n !== 'never';
  },

  /** A form of "be" before the phrase: "is said to", "were reported to be". */
  afterBe(site) {
    const p = prev(site);
    return isBe(p) || (DOXASTIC_ADVERBS.has(p) && isBe(prev(site, 2)));
  },
};
