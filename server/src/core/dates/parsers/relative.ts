/** Expressions counted from the anchor: "yesterday", "last week", "next year", "three years ago", "on Friday". */
import type { Parser } from 'chrono-node';
import { NUMBER, UNIT, WEEKDAY, durationValue, numberValue, unitOf, weekdayNumber } from '../lexicon';
import { KIND } from '../families';
import { rule } from '../rule';
import type { CalendarUnit, DateMod } from '../types';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "this morning". */
const casualDay = rule(/(?:the\s+day\s+(before|after)\s+)?\b(today|yesterday|tomorrow|tonight)\b(?:\s+(morning|afternoon|evening|night))?|\bthis\s+(morning|afternoon|evening)\b/gi, (m, text, index) => {
  if (m[4]) return { spec: { kind: 'offset', unit: 'day', offset: 0, time: PART_OF_DAY[m[4].toLowerCase()]! } };
  const word = m[2]!.toLowerCase();
  // "in today's world" speaks of the present in general, not of the note's date
  if (word === 'today' && !m[1] && !m[3] && /^['’]s\s+(?:world|society|economy|market|markets|youth|children|generation|standards|environment|climate|age|era)\b/i.test(text.slice(index + m[0].length))) {
    return { spec: { kind: 'literal', type: 'DATE', value: 'PRESENT_REF' } };
  }
  let offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
  if (m[1]) offset += m[1].toLowerCase() === 'before' ? -1 : 1;
  const part = word === 'tonight' ? 'NI' : m[3] ? PART_OF_DAY[m[3].toLowerCase()] : undefined;
  return { spec: { kind: 'offset', unit: 'day', offset, ...(part ? { time: part } : {}) } };
}, KIND.casual);

const CAL_UNIT = '(week|weekend|month|year|quarter|decade|century)';

/** "last week", "next month", "this year", "the coming year", "the previous quarter", "the current month". */
const unitOffset = rule(new RegExp(`\\b(this|last|next|past|previous|coming|following|current|the\\s+(?:last|next|past|previous|coming|following|current|same|latest|prior))\\s+(?:fiscal\\s+|calendar\\s+)?${CAL_UNIT}\\b`, 'gi'), (m, text, index) => {
  const det = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const unit = unitOf(m[2]!) as CalendarUnit;
  if (/^[A-Z]/.test(m[2]!)) return null; // "This Week", a programme's title
  // "the past year" and "the past decade" are spans of time, not the calendar unit before this one
  if (/^the (?:past|last|next|coming|following)$/.test(det) && (unit === 'decade' || unit === 'century' || det !== 'the last')) {
    if (unit === 'weekend') return null;
    return { spec: { kind: 'literal', type: 'DURATION', value: unit === 'decade' ? 'P10Y' : unit === 'century' ? 'P100Y' : unit === 'quarter' ? 'P1Q' : 'P1' + unit[0]!.toUpperCase() } };
  }
  if (/same/.test(det)) return null;
  if (unit === 'quarter' && /latest|^the$/.test(det)) return { spec: { kind: 'offset', unit, offset: -1 } };
  const before = text.slice(Math.max(0, index - 6), index);
  if (det === 'past' && !/\bthe\s+$/i.test(before) && unit !== 'week' && unit !== 'weekend') {
    // "past year" without "the" still reads as a span in news prose
    return { spec: { kind: 'literal', type: 'DURATION', value: unit === 'decade' ? 'P10Y' : 'P1' + unit[0]!.toUpperCase() } };
  }
  const offset = /last|past|previous|prior/.test(det) ? -1 : /next|coming|following/.test(det) ? 1 : 0;
  return { spec: { kind: 'offset', unit, offset } };
}, KIND.unit);

/** "three years ago", "a week earlier", "two days later", "six months from now". */
const ago = rule(new RegExp(`(?:(?:about|some|nearly|almost|more\\s+than|less\\s+than|over|just|only)\\s+)?(${NUMBER})[\\s-]+${'(' + UNIT + ')'}\\s+(ago|earlier|before|later|after|from\\s+now|hence)\\b`, 'gi'), (m, text, index) => {
  const n = numberValue(m[1]!);
  const unit = unitOf(m[2]!);
  const dir = m[3]!.toLowerCase();
  // "two days before the vote" counts from the vote, not from the anchor
  if ((dir === 'before' || dir === 'after') && /^\s+(?:the|a|an|his|her|its|their|[A-Z])/.test(text.slice(index + m[0].length))) return null;
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return null;
  // "three days later" counts from the event just told, not from the note's date: only the span is certain
  if (dir !== 'ago' && dir !== 'from now' && dir !== 'hence' && !(unit === 'year' && /earlier|before/.test(dir))) {
    const to = m[0].length - m[3]!.length;
    return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) }, to: m[0].slice(0, to).trimEnd().length };
  }
  if (n === undefined) return { spec: { kind: 'literal', type: 'DATE', value: /ago|earlier|before/.test(dir) ? 'PAST_REF' : 'FUTURE_REF' } };
  const sign = /ago|earlier|before/.test(dir) ? -1 : 1;
  return { spec: { kind: 'offset', unit: unit as CalendarUnit, offset: sign * n, ...(unit === 'year' && n === 1 ? { sameQuarter: true } : {}) } };
}, KIND.ago);

/** "Friday", "last Friday", "next Tuesday", "Friday night", "Tuesday morning". */
const weekday = rule(new RegExp(`(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?(${WEEKDAY})(?![\\p{L}])(?:\\s+(morning|afternoon|evening|night))?`, 'gu'), (m, text, index) => {
  const name = m[2]!;
  // abbreviations without a dot ("Sun", "Wed", "Sat") are too often other words or names
  if (!/day$|\.$/.test(name)) return null;
  // "the Baltimore Sun." ends a sentence: a dotted abbreviation needs a date right after it
  if (/\.$/.test(name) && !m[3] && !/^\s*,?\s*(?:\d|[A-Z][a-z]{2})/.test(text.slice(index + m[0].length))) return null;
  const det = m[1]?.toLowerCase();
  const shift = /last|past/.test(det ?? '') ? -1 : /next|coming/.test(det ?? '') ? 1 : undefined;
  const part = m[3] ? PART_OF_DAY[m[3]] : undefined;
  return { spec: { kind: 'weekday', weekday: weekdayNumber(name), ...(shift ? { shift } : {}), ...(part ? { time: part } : {}) } };
}, KIND.weekday);

/** "the quarter" in financial prose: the quarter being reported, i.e. the last one before the anchor. */
const theQuarter = rule(/\bthe\s+(?:quarter|(?:latest|most\s+recent)\s+period)\b/gi, () => ({ spec: { kind: 'offset', unit: 'quarter', offset: -1 } }), KIND.period);

const EDGE_MOD: Record<string, DateMod> = { end: 'END', beginning: 'START', start: 'START', middle: 'MID' };

/** "the end of the year", "the beginning of the month": the current unit with an edge modifier. */
const edgeOfThe = rule(/\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+the\s+(week|month|quarter|year|decade|century)\b/gi, (m) => ({
  spec: { kind: 'offset', unit: unitOf(m[2]!) as CalendarUnit, offset: 0 },
  mod: EDGE_MOD[m[1]!.toLowerCase()]!,
}), KIND.unit);

/** "year-earlier", "the year-ago quarter", "the year-earlier third quarter": the same period a year before. */
const yearAgo = rule(/\b(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year-(?:earlier|ago)(?:\s+(?:(first|second|third|fourth)[- ])?(quarter|period|half))?/gi, (m) => {
  const ord = m[1] ? ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase()) + 1 : 0;
  if (ord) return { spec: { kind: 'part', part: 'Q' + ord, offset: -1 } };
  const from = m[2] ? 0 : m[0].search(/year-/i); // "the year-ago results": only the adjective is the date
  return { spec: { kind: 'offset', unit: 'year', offset: -1, sameQuarter: true }, from };
}, KIND.unit);

/** "year-end", "by year end", "the year's end": the last day of the anchor's year (of the one before, in the past). */
const yearEnd = rule(/\b(?:the\s+)?year(?:[- ]end|'s\s+end)\b/gi, (_m, text, index) => {
  const before = text.slice(Math.max(0, index - 12), index);
  return { spec: { kind: 'part', part: 'END', ...(/\bsince\s+$/i.test(before) ? { offset: -1 } : { offset: 0 }) } };
}, KIND.unit);

/** "the weekend", "this weekend". */
const weekend = rule(/\b(?:the|this|last|next)\s+weekend\b/gi, (m) => {
  const w = m[0].toLowerCase();
  return { spec: { kind: 'offset', unit: 'weekend', offset: w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0 } };
}, KIND.unit);

/** Chrono parsers for expressions relative to the anchor. */
export const relativeParsers: Parser[] = [casualDay, unitOffset, ago, weekday, weekend, theQuarter, edgeOfThe, yearAgo, yearEnd];
