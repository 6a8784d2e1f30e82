/**
 * Which sentences state a checkable fact: a number or amount, a date, a named actor doing or saying
 * something, a quotation, or a comparison of record. Headings, questions, the writer's own framing
 * and sentences with nothing checkable are not claims.
 */

/** Why a sentence is a claim (the first reason found), or undefined when it is not one. */
export type ClaimReason = 'number' | 'date' | 'actor' | 'quotation' | 'record';

const DIGIT = /\d/;
const SPELLED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|millions|billions|half|quarter)\b/i;
const NUMBER = /(?=[$€£¥\dtfsenhdmbq])(?:(?<![\p{L}\p{N}_.,])(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion|bn|m))?(?![\p{L}_])|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|millions|billions|half|quarter)\b)/iu;
// Version, section and list numbers identify text; they are not facts to check. The lookahead only
// names the alternatives' first characters, so most words are passed over without trying each one.
// (Patterns without \p{…} leave out the `u` flag: Unicode case folding made them several times slower.)
const NOT_AMOUNTS = /\b(?=[vrscanipft§\d])(?:(?:version|v|release|section|sec|§|article|art|chapter|ch|no|nos|number|item|paragraph|para|rule|part|step|page|p|pp|figure|fig|table)\.?\s*\d[\w.-]*|\d+(?:\.\d+){2,}\b)/gi;
const DATE = /\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|this (?:week|month|year))\b|\bMay\s+\d|\bin\s+May\b/;
const RECORD = /\b(?:for the first time|first[- ]ever|record(?:-high|-low)?|largest|biggest|highest|lowest|smallest|most advanced|fastest|unprecedented|the first|the only|the last)\b/i;
const FRAMING = /^(?:this|these|the present|our|we|i|here|see|note that|for background|in this|below|above|questions? for|read more|for more|contact|write to|email|e-mail)\b/i;
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since', 'As', 'It', 'Its', 'This', 'That', 'These', 'Those', 'There', 'They', 'He', 'She', 'We', 'I', 'Yet', 'So', 'Still', 'However', 'Meanwhile', 'According', 'Some', 'Many', 'Most', 'Several', 'Other', 'Others', 'Such', 'No', 'Not', 'Both', 'Each', 'Every', 'All', 'Any',
  'How', 'What', 'Why', 'Who', 'Whom', 'Whose', 'Whether', 'Where', 'Which', 'Although', 'Though', 'Because', 'Despite', 'During',
  'Under', 'Over', 'With', 'Without', 'By', 'From', 'To', 'Of', 'Until', 'Once', 'Then', 'Now', 'Later', 'Earlier', 'Also', 'Even',
  'Only', 'Just', 'More', 'Less', 'Much', 'Few', 'Neither', 'Either', 'Nor', 'Instead', 'Indeed', 'Thus', 'Therefore', 'Overall',
  'Previously', 'Currently', 'Recently', 'Finally', 'First', 'Second', 'Third', 'Next', 'Last', 'Again', 'Here', 'My', 'Our', 'Their',
  'His', 'Her', 'You', 'Your', 'Let', 'Unlike', 'Like', 'Whatever', 'Whoever']);

const SPACES = /\s+/g;

/** Whether trimmed `text` splits at white space into at least `n` words (counted without splitting). */
function atLeastWords(text: string, n: number): boolean {
  let words = 1;
  SPACES.lastIndex = 0;
  while (words < n && SPACES.test(text)) words++;
  return words >= n;
}

/** Whether the text quotes three words or more between quotation marks (a linear scan, no backtracking). */
function quotes(text: string): boolean {
  for (let open = text.search(/[“"]/); open !== -1; ) {
    const close = text.slice(open + 1).search(/[”"]/);
    if (close === -1) return false;
    const inner = text.slice(open + 1, open + 1 + close).trim();
    if (atLeastWords(inner, 3)) return true;
    const next = text.slice(open + close + 2).search(/[“"]/);
    open = next === -1 ? -1 : open + close + 2 + next;
  }
  return false;
}

/** A capitalised word that is not the first word and not a function word: a name. */
function namesSomeone(sentence: string): boolean {
  const re = /(?<=[\s(“"'‘-])\p{Lu}[\p{L}\p{N}.&'’-]*/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (!FUNCTION_WORDS.has(m[0])) return true;
  }
  const first = /^\P{L}*(\p{Lu}[\p{L}\p{N}.&'’-]*)/u.exec(sentence);
  return Boolean(first && !FUNCTION_WORDS.has(first[1]) && /\s(?:said|says|told|announced|confirmed|denied|published|approved|allowed|banned|imposed|signed|issued|trained|sold|bought|shipped|launched|reported|released|agreed|rejected|blocked|stopped|granted|added|placed|raised|cut)\b/.test(sentence));
}

/** Classifies one sentence of prose (non-prose already blanked). */
export function claimReason(sentence: string): ClaimReason | undefined {
  const text = sentence.trim();
  if (text.length < 12 || /\?\s*$/.test(text) || /:\s*$/.test(text)) return undefined;
  if (FRAMING.test(text)) return undefined;
  if (!atLeastWords(text, 4)) return undefined;
  if ((text.includes('"') || text.includes('“')) && quotes(text)) return 'quotation';
  if (DIGIT.test(text) ? NUMBER.test(text.replace(NOT_AMOUNTS, ' ')) : SPELLED.test(text)) return 'number';
  if (DATE.test(text)) return 'date';
  if (RECORD.test(text)) return 'record';
  if (namesSomeone(text)) return 'actor';
  return undefined;
}
