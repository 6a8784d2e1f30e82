/** Years, decades, centuries, quarters, halves and seasons: "in 2019", "FY2025", "the 1990s", "Q3 2025", "last fall". */
import type { Parser } from 'chrono-node';
import { SEASONS } from '../lexicon';
import { KIND } from '../families';
import { rule } from '../rule';

// What follows a number that makes it a count or an amount rather than a year.
const COUNT_AFTER = /^(?:\s*(?:%|percent|per\b|people|persons|employees|workers|jobs|shares|troops|soldiers|units|cars|vehicles|barrels|tons|tonnes|pounds|kilos|kg|km|miles|feet|meters|metres|points|votes|seats|members|students|cases|deaths|acres|hectares|homes|houses|copies|words|pages|lines|stores|times|yen|dollars|euros|marks|francs|won|rubles|pesos|ounces|bushels|megawatts|[km]?w\b|mb|gb|am\b|pm\b|a\.m|p\.m|hours|minutes|:\d)|[.,]\d|\s*(?:million|billion|trillion|thousand))/i;

/** "2019", "in 1998", "fiscal 1989", "FY2025", "FY 2025-26". */
const year = rule(/(?:(?:fiscal(?:\s+year)?|FY)\s*)?((?:1[0-9]|20)\d\d)(?![\d])/g, (m, text, index) => {
  const y = Number(m[1]);
  const fiscal = m[0].length > 4;
  const before = text.slice(Math.max(0, index - 14), index);
  if (/(?:[$€£¥#§^@_]|\bNo\.?|\bv|\d[.,]?|[.,:/@-]|\bversion|\bsection|\bpage|\bp\.|\bRoom|\broute|\bflight)\s*$/i.test(before)
    && !/\b(?:mid|early|late|pre|post)-$|\b(?:1[0-9]|20)\d\d\s*[-–]\s*$/i.test(before)) return null;
  if (COUNT_AFTER.test(text.slice(index + m[0].length))) return null;
  const prev = /([A-Z][\w'’]*)\s+$/.exec(before)?.[1];
  // a year right after a capitalised name ("Orion 1980", "Windows 2000") is part of the name
  if (!fiscal && prev && !/['’]s$/.test(prev) && !/^(?:In|Since|By|From|Until|Before|After|During|Of|For|The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|Each|Every|Through|Between|Around|About|Circa|And|Or|To|Early|Late|Mid|Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|FY|Fiscal)$/.test(prev)) return null;
  // Bare numbers far from today's era are more often counts; require a temporal preposition then.
  if (!fiscal && (y < 1900 || y > 2100) && !/\b(?:in|since|by|from|until|before|after|of|during|circa|c\.)\s+$/i.test(before)) return null;
  return { spec: { kind: 'absolute', year: y } };
}, KIND.year);

/** "the 1990s", "the '80s", "mid-1990s", "the nineties", "the 20th century". */
const decade = rule(/(?:the\s+)?(?:((?:1[0-9]|20)\d)0|'(\d)0|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))'?s\b|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century/g, (m) => {
  if (m[1]) return { spec: { kind: 'decade', value: m[1] } };
  if (m[2]) return { spec: { kind: 'decade', value: '19' + m[2] } };
  if (m[3]) {
    const i = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[3]);
    return { spec: { kind: 'decade', value: '19' + (i + 2) } };
  }
  return { spec: { kind: 'decade', value: String(Number(m[4]) - 1).padStart(2, '0') } };
}, KIND.decade);

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const YEAR_TAIL = '(?:\\s+(?:of\\s+)?(?:(?:fiscal(?:\\s+year)?|FY)\\s*)?((?:19|20)\\d\\d)(?!\\d)|\\s+of\\s+(last|this|next|the\\s+previous|the\\s+current|the\\s+coming)\\s+(?:fiscal\\s+)?year)?';

/** Year part of a quarter or half: written, relative ("of last year") or left to tense. */
function yearOf(written: string | undefined, rel: string | undefined): { year?: number; offset?: number } {
  if (written) return { year: Number(written) };
  if (!rel) return {};
  return { offset: /last|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0 };
}

/** "the third quarter", "third-quarter", "the first quarter of last year", "the second half of 1989". */
const quarterWords = rule(new RegExp(`(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal\\s+)?(quarter|half)${YEAR_TAIL}`, 'gi'), (m) => {
  const n = ORD[m[1]!.toLowerCase()]!;
  const half = m[2]!.toLowerCase() === 'half';
  if (half && (n > 2 || (!m[3] && !m[4]))) return null; // "the first half" of a match or a speech is no date
  // "third-quarter profit": the adjective form does not take the article into the expression
  const from = /^the\s/i.test(m[0]) && /-(?:fiscal\s+)?(?:quarter|half)/i.test(m[0]) ? m[0].indexOf(m[1]!) : 0;
  return { spec: { kind: 'part', part: (half ? 'H' : 'Q') + n, ...yearOf(m[3], m[4]?.toLowerCase()) }, from };
}, KIND.period);

/** "the 1988 quarter", "the 1988 second quarter", "this year's third quarter", "next year's first half". */
const yearFirstQuarter = rule(/(?:the\s+)?(?:((?:19|20)\d\d)|(this|last|next)\s+year's)(?:\s+(first|second|third|fourth|1st|2nd|3rd|4th))?[- ](quarter|half|period)\b/gi, (m) => {
  const n = m[3] ? ORD[m[3].toLowerCase()]! : undefined;
  const half = m[4]!.toLowerCase() === 'half';
  if (n === undefined && half) return null;
  const rel = m[2]?.toLowerCase();
  const where = m[1] ? { year: Number(m[1]) } : { offset: rel === 'last' ? -1 : rel === 'next' ? 1 : 0 };
  // with no ordinal, the reported period is meant: the quarter before the anchor's, in that year
  return { spec: { kind: 'part', part: n === undefined ? 'Q?' : (half ? 'H' : 'Q') + n, ...where } };
}, KIND.period);

/** "Q3 2025", "Q3", "3Q 2025", "2025-Q3", "2025 Q3", "Q1 FY2025", "H1 2025" (a half needs its year: "H200" is a chip). */
const quarterCodes = rule(/(?:((?:19|20)\d\d)[- ]?([QH])([1-4])|([QH])([1-4])|([1-4])([QH]))(?![\w])(?:(?:\s+|\s*'|-)(?:FY\s*)?((?:19|20)\d\d|\d\d)(?![\w.,]))?/g, (m) => {
  const letter = m[2] ?? m[4] ?? m[7]!;
  const n = Number(m[3] ?? m[5] ?? m[6]);
  const y = m[1] ?? m[8];
  if (letter === 'H' && (n > 2 || y === undefined)) return null;
  const year = y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y);
  return { spec: { kind: 'part', part: letter + n, ...(year !== undefined ? { year } : {}) } };
}, KIND.code);

const SEASON = '(spring|summer|fall|autumn|winter)';

/** "summer 2025", "the summer of 1998", "last fall", "this summer", "in the winter". */
const season = rule(new RegExp(`(?:(this|last|next|the\\s+past|the\\s+coming|this\\s+past|the)\\s+)?${SEASON}(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d)(?!\\d))?`, 'gi'), (m, text, index) => {
  const det = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  const part = SEASONS[m[2]!.toLowerCase()]!;
  if (m[3]) return { spec: { kind: 'part', part, year: Number(m[3]) } };
  const before = text.slice(Math.max(0, index - 10), index);
  // "fall" and "spring" are also a verb and a noun ("the fall in prices", "after the fall of Kabul"):
  // bare or with "the", a season needs a temporal preposition before it and no "of"/"in" after it
  if (!det || det === 'the') {
    if (!/\b(?:in|during|by|until|till|since|through|early|late|mid|over|this|last|next)[\s-]+$/i.test(before)) return null;
    if (/^\s+(?:of|in|to|from)\b/i.test(text.slice(index + m[0].length))) return null;
  }
  if (det === 'this') return { spec: { kind: 'part', part, offset: 0 } };
  if (det === 'this past' || det === 'the past') return { spec: { kind: 'part', part, dir: 'past' } };
  if (det === 'the coming') return { spec: { kind: 'part', part, dir: 'future' } };
  if (!det || det === 'the') return { spec: { kind: 'part', part } }; // year from tense
  return { spec: { kind: 'part', part, offset: /next|coming/.test(det) ? 1 : -1 } };
}, KIND.season);

const TENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const DECADES = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Years spelled out in transcripts: "nineteen ninety-six", "the year two thousand", "two thousand and one". */
const spelledYear = rule(new RegExp(`(?:the\\s+year\\s+)?(?:(nineteen|twenty)[- ](?:(${TENS.join('|')})|(${DECADES.join('|')})(?:[- ](${ONES.join('|')}))?|oh[- ](${ONES.join('|')}))|two\\s+thousand(?:\\s+(?:and\\s+)?(${ONES.join('|')}|${TENS.join('|')}))?)\\b`, 'gi'), (m) => {
  const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
  if (!m[1]) {
    if (!/year/i.test(m[0]) && !m[6]) return null; // "two thousand" alone is a number
    const rest = m[6] ? (ONES.indexOf(lower(m[6])) + 1 || TENS.indexOf(lower(m[6])) + 10) : 0;
    return { spec: { kind: 'absolute', year: 2000 + rest } };
  }
  const century = lower(m[1]) === 'nineteen' ? 1900 : 2000;
  let rest = 0;
  if (m[2]) rest = TENS.indexOf(lower(m[2])) + 10;
  else if (m[3]) rest = (DECADES.indexOf(lower(m[3])) + 2) * 10 + (m[4] ? ONES.indexOf(lower(m[4])) + 1 : 0);
  else if (m[5]) rest = ONES.indexOf(lower(m[5])) + 1;
  return { spec: { kind: 'absolute', year: century + rest } };
}, KIND.spelled);

/** Chrono parsers for years and parts of years. */
export const periodParsers: Parser[] = [year, decade, quarterWords, quarterCodes, season, yearFirstQuarter, spelledYear];
