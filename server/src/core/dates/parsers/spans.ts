/** Values that need no anchor: durations ("three years", "the past decade"), sets ("daily"), PRESENT_REF/PAST_REF/FUTURE_REF. */
import type { Parser } from 'chrono-node';
import { NUMBER, UNIT, durationValue, numberValue, unitOf } from '../lexicon';
import { KIND } from '../families';
import { rule } from '../rule';

/** "three years", "the past five years", "the first nine months", "a two-year", "10-year", "a week". */
const duration = rule(new RegExp(`(?:the\\s+)?(?:(?:past|last|next|first|coming|previous|following|latest|final|recent)\\s+)?(${NUMBER})(?:\\s+and\\s+a\\s+half)?[\\s-]+(?:more\\s+)?(${UNIT})(?:-(?:long|old)|\\s+and\\s+a\\s+half)?\\b`, 'gi'), (m, text, index) => {
  const word = m[1]!.toLowerCase();
  const n = numberValue(word);
  const unit = unitOf(m[2]!);
  if (/^(?:a|an|one)$/.test(word) && /\b(?:per|a|once|twice|times)\s*$/i.test(text.slice(Math.max(0, index - 8), index))) return null;
  if (/^\d/.test(word) && /[$€£.,]\s*$/.test(text.slice(Math.max(0, index - 2), index))) return null;
  // "a year" after "$5 billion" is a rate, and "one day" opening a story is a vague time, not a span
  if (/^(?:a|an)$/.test(word) && /\b(?:\d|million|billion)\S*\s+$/i.test(text.slice(Math.max(0, index - 14), index))) return null;
  if (/^one$/.test(word) && unit === 'day' && !/-|half/.test(m[0])) return null;
  if (unit === 'weekend') return null;
  // "a second group" is an ordinal; "60 Minutes" and "This Week" are titles
  if (unit === 'second' && /^(?:a|one)$/.test(word)) return null;
  if (/^[A-Z]/.test(m[2]!)) return null;
  // ages ("a 6-year-old boy") are not dates, and "three-quarters" or "a quarter of" are fractions
  if (/-old$/i.test(m[0]) || /^\s*-?\s*olds?\b/i.test(text.slice(index + m[0].length))) return null;
  if (unit === 'quarter' && (/-/.test(m[0]) || /^(?:a|an)$/.test(word) || /^\s+of\b/.test(text.slice(index + m[0].length)))) return null;
  if (/^\d{4,}/.test(word) || n === 0) return null;
  const half = /and a half/i.test(m[0]) && n !== undefined ? n + 0.5 : n;
  return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(half, unit) } };
}, KIND.unit);

/** Plural units with no number: "years", "for months", "in recent years" (vague durations or the past). */
const vague = rule(/\b(?:(?:in\s+)?recent|the\s+coming|coming|the\s+next\s+few|for)\s+(days|weeks|months|years|decades)\b/gi, (m) => {
  const unit = unitOf(m[1]!);
  const head = m[0].toLowerCase();
  if (/recent/.test(head)) {
    return { spec: { kind: 'literal', type: 'DATE', value: 'PAST_REF' }, from: head.startsWith('in ') ? 3 : 0 };
  }
  const from = head.startsWith('for ') ? 4 : 0;
  return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(undefined, unit) }, from };
}, KIND.unit);

const REFS: Array<[RegExp, string]> = [
  [/^(?:now|currently|right now|at present|presently|nowadays|at the moment|these days|today's)$/i, 'PRESENT_REF'],
  [/^(?:recently|lately|the past|in the past|previously|formerly|earlier|once)$/i, 'PAST_REF'],
  [/^(?:the future|the near future|soon|future|in the future|someday|eventually|later)$/i, 'FUTURE_REF'],
];

/** "now", "currently", "recently", "the past", "the future", "soon". */
const refs = rule(/\b(?:now|currently|at\s+present|presently|nowadays|these\s+days|recently|lately|the\s+past|the\s+(?:near\s+)?future|future)\b/gi, (m, text, index) => {
  const w = m[0].toLowerCase().replace(/\s+/g, ' ');
  const after = text.slice(index + m[0].length);
  if (w === 'now' && /^\s*,\s*(?:however|though)\b/i.test(after)) return null; // discourse "now, however"
  if (w === 'the past' && /^\s+(?:\d|a|an|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade)\b/i.test(after)) return null;
  if (w === 'future' && !/\b(?:in|the|near|distant|foreseeable)\s+$/i.test(text.slice(Math.max(0, index - 12), index))) return null;
  for (const [re, value] of REFS) if (re.test(w)) return { spec: { kind: 'literal', type: 'DATE', value } };
  return null;
}, KIND.ref);

/** "daily", "every year", "each month", "weekly", "annually". */
const sets = rule(/\b(?:daily|weekly|monthly|every\s+(?:day|week|month|quarter|year)|each\s+(?:day|week|month|quarter|year)|a\s+year|per\s+year)\b/gi, (m, text, index) => {
  const w = m[0].toLowerCase();
  if (/^(?:a|per) year$/.test(w) && !/\b(?:once|twice|times)\s+$/i.test(text.slice(Math.max(0, index - 8), index))) return null;
  const unit = /day|daily/.test(w) ? 'D' : /week/.test(w) ? 'W' : /month/.test(w) ? 'M' : /quarter/.test(w) ? 'Q' : 'Y';
  return { spec: { kind: 'literal', type: 'SET', value: 'P1' + unit } };
}, KIND.set);

/** Chrono parsers for durations, sets and reference words. */
export const spanParsers: Parser[] = [duration, vague, refs, sets];
