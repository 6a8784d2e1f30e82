/** Dates written with a month name: "24 February 2026", "Monday, Oct. 26", "August 1998", "in May". */
import type { Parser } from 'chrono-node';
import { invalidReason } from '../calendar';
import { MONTH, WEEKDAY, monthNumber, weekdayNumber } from '../lexicon';
import { KIND } from '../families';
import { rule, type RuleHit } from '../rule';
import type { DateSpec } from '../types';

// Month and weekday names are matched case-sensitively: "may", "march" and "sat" in lower case are words.
const WD = `(?:(${WEEKDAY}),?\\s+(?:the\\s+)?)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4})(?![\\d.,]\\d))?';

/** Builds the spec for a month name with an optional day, year and weekday. */
function monthDay(m: RegExpExecArray, wdI: number, dayI: number, monI: number, yearI: number): RuleHit | null {
  const month = monthNumber(m[monI]!);
  const day = m[dayI] ? Number(m[dayI]) : undefined;
  const year = m[yearI] ? Number(m[yearI]) : undefined;
  const weekday = m[wdI] ? weekdayNumber(m[wdI]!) : undefined;
  if (day !== undefined && (day < 1 || day > 31)) return null; // "May 45" is not a date at all
  const spec: DateSpec = year !== undefined
    ? { kind: 'absolute', year, month, ...(day !== undefined ? { day } : {}), ...(weekday !== undefined ? { weekday } : {}) }
    : { kind: 'monthDay', month, ...(day !== undefined ? { day } : {}), ...(weekday !== undefined ? { weekday } : {}) };
  const invalid = day !== undefined ? invalidReason(year ?? 2000, month, day) : undefined;
  return invalid ? { spec, invalid } : { spec };
}

/** "24 February 2026", "Tuesday 24th of February". */
const littleEndian = rule(new RegExp(`${WD}${DAY}(?:\\s+of)?\\s+(${MONTH})(?![\\p{L}])${YEAR}`, 'gu'),
  (m) => monthDay(m, 1, 2, 3, 4), KIND.month);

/** "February 24, 2026", "Monday, Oct. 26". */
const middleEndian = rule(new RegExp(`${WD}(${MONTH})\\s*${DAY}(?![\\d\\p{L}]|[.,]\\d)${YEAR}`, 'gu'),
  (m) => monthDay(m, 1, 3, 2, 4), KIND.month);

// A bare month needs context that makes it a date: a preposition or modifier before it, or a year after it.
const CUED = /\b(?:in|since|until|till|by|from|to|through|during|before|after|of|last|next|this|early|mid|late|end of|beginning of|between|as of|every|each)[\s-]+$/i;
const AMBIGUOUS = new Set(['May', 'March', 'Mar', 'Jan', 'Dec', 'Sep', 'Sept', 'Jun', 'Jul', 'Aug', 'Apr', 'Oct', 'Nov', 'Feb']);

// A capitalised word right before (not an article, not a possessive): "Mary April", "Operation August".
const NAME_BEFORE = /(?<![\w.'’])(?!(?:The|A|An|Its|This|That|Our|Their|His|Her|In|On|By|Since|Until|During)\s)[A-Z][\w.]*(?<!['’]s)\s+$/;

/** "August 1998", "in May", "last November", "this September". */
const monthOnly = rule(new RegExp(`(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?(${MONTH})(?![\\p{L}])(?:,?\\s+(\\d{4})(?![\\d.,]\\d))?`, 'gu'), (m, text, index) => {
  const name = m[2]!;
  if (m[3]) return { spec: { kind: 'absolute', year: Number(m[3]), month: monthNumber(name) }, from: m[1] ? m[0].indexOf(name) : 0 };
  if (m[1]) {
    const det = m[1].toLowerCase();
    const shift = /last|past/.test(det) ? -1 : /next|coming/.test(det) ? 1 : 0;
    return { spec: { kind: 'monthDay', month: monthNumber(name), shift } };
  }
  const before = text.slice(Math.max(0, index - 16), index);
  if (CUED.test(before)) return { spec: { kind: 'monthDay', month: monthNumber(name) } };
  // uncued, "May" and "March" are words, and a month next to a capitalised word is part of a name
  if (AMBIGUOUS.has(name.replace(/\.$/, '')) || NAME_BEFORE.test(before)) return null;
  if (/^\s*[A-Z]/.test(text.slice(index + name.length))) return null; // "June Carter", "April Glaspie"
  return { spec: { kind: 'monthDay', month: monthNumber(name) } };
}, KIND.month);

/** Chrono parsers for month-name dates. */
export const monthNameParsers: Parser[] = [littleEndian, middleEndian, monthOnly];
