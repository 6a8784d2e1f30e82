/** A cheap reading of a clause's tense: past resolves "in August" backwards, future and modal forwards. */
import type { Tense } from './types';

// Irregular past forms common in news prose; regular ones end in -ed.
const IRREGULAR_PAST = 'was|were|had|did|said|told|made|took|gave|came|went|got|saw|met|left|began|sent|sold|bought|paid|won|lost|fell|rose|grew|hit|held|led|kept|brought|thought|felt|found|became|ran|spent|wrote|spoke|stood|struck|fought|chose|broke|drew|flew|knew|shot|sought|taught|caught|built|quit';
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST}|(?:has|have|had)\\s+(?:\\w+\\s+)?(?:been|\\w+ed|${IRREGULAR_PAST}))\\b`, 'gi');
const REGULAR_PAST = /\b\w{3,}ed\b/gi;
const MODAL_PERFECT = /\b(?:may|might|could|would|should|must|will)\s+have\b/gi;
const MODAL = /\b(?:would|could|may|might|should)\b/gi;
const FUTURE = /\b(?:will|won't|shall|'ll|going\s+to|expects?\s+to|plans?\s+to|planned\s+for|scheduled|slated|set\s+to|due|is\s+to|are\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|ahead\s+of|plann(?:ed|ing)|as\s+soon\s+as|as\s+early\s+as|forecasts?|projected|expected|expire|expires|payable|effective|starting|beginning|until|till|through)\b/gi;
const PRESENT = /\b(?:is|are|am|says|say|does|do|remains?|continues?)\b/gi;
// "-ed" words that are rarely past verbs in this position
const NOT_PAST = /^(?:need|speed|seed|feed|breed|bed|red|shed|bled|hundred|indeed|united|limited|based|related|proposed|expected|scheduled|planned|projected|concerned|supposed|interested|used|detailed|advanced|preferred|estimated|red|med|listed|combined|owned|added)$/i;
// Words that open another clause: a verb beyond them rarely governs the date.
const CLAUSE_BREAK = /[;:"“”()]|''|``|\b(?:that|which|who|because|but|while|whereas|although|when|if|after|before|since)\b/i;
// Right before the date, these make it a deadline or a schedule: forward-looking whatever the verb.
const DEADLINE_BEFORE = /\b(?:until|till|through|by|before|payable|due|expire[sd]?|effective|starting|beginning|scheduled\s+for|set\s+for|slated\s+for|to)\s+(?:on\s+|the\s+)?$/i;

/** A verb form found in a sentence, with the tense it signals and how weakly (added distance). */
interface Marker { start: number; end: number; tense: Tense; penalty: number }

/** Every tense marker of a sentence, found once and shared by all its dates. */
function markers(sentence: string): Marker[] {
  const out: Marker[] = [];
  const add = (re: RegExp, tense: Tense, penalty: number, skip?: (w: string) => boolean): void => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (skip?.(m[0])) continue;
      // "would be paid", "to be completed": a participle after "be" or "to" carries no tense of its own
      if (tense === 'past' && /\b(?:be|being|to)\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, tense, penalty });
    }
  };
  add(MODAL_PERFECT, 'past', 0);
  add(FUTURE, 'future', 0);
  // "could be located Wednesday": modals look forward less surely than "will"
  add(MODAL, 'future', 8);
  add(PAST, 'past', 0);
  // bare -ed words are often adjectives ("preferred shares"): they count, but less than a sure verb
  add(REGULAR_PAST, 'past', 6, (w) => NOT_PAST.test(w));
  add(PRESENT, 'present', 10);
  return out;
}

/** Returns a function giving the tense of the clause around [start, end): the nearest verb form decides. */
export function tenseReader(sentence: string): (start: number, end: number) => Tense | undefined {
  let found: Marker[] | undefined;
  return (start, end) => {
    // a deadline or a range end ("until Nov. 21", "from Aug. 26 to Oct. 20") may lie either side of the
    // anchor whatever the verb says, so the nearest reading is the safest
    if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) return undefined;
    // "Friday's vote", "Wednesday's ruling": a possessive date names something that has happened
    if (/^['’]s\b/.test(sentence.slice(end)) && !/\b(?:next|coming)\s+\S+$/i.test(sentence.slice(0, end))) return 'past';
    found ??= markers(sentence);
    let best: { d: number; t: Tense } | undefined;
    for (const m of found) {
      if (m.end > start && m.start < end) continue; // words inside the date ("next week") are not verbs
      const between = m.start < start ? sentence.slice(m.end, start) : sentence.slice(end, m.start);
      const d = between.length + m.penalty + (CLAUSE_BREAK.test(between) ? 60 : 0);
      if (!best || d < best.d) best = { d, t: m.tense };
    }
    return best?.t;
  };
}
