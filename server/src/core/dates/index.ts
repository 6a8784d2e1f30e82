/**
 * Date expressions in one sentence: found by our grammar on chrono-node's parser pipeline, resolved
 * against the note's anchor with the clause's tense, and checked (impossible dates, two-way numeric dates,
 * weekdays that contradict their date). Pure: the anchor is passed in, no clock is read.
 */
import { parseYmd } from './calendar';
import { engineFor } from './engine';
import { resolveSpec, type Resolved } from './resolve';
import { kindsOf } from './families';
import { readTags, type ParseState, type ReadResult } from './rule';
import { mayContainDate } from './scan';
import { tenseReader } from './tense';
import type { DateContext, DateMention, DateSpec, Tense } from './types';

export type { CalendarUnit, DateContext, DateMention, DateMod, DateOrder, DateSpec, Tense } from './types';
export { mayContainDate } from './scan';
export { parseDateParts, parseIsoDate, type IsoDate } from './iso';

// A fixed instant for chrono's context: our rules never read it, and the core must not read the clock.
const CHRONO_REF = new Date(Date.UTC(2000, 0, 1));
// Financial reporting compares a quarter with the same quarter a year before: "up from $5 million a year ago".
const QUARTER_CONTEXT = /\bquarter|\bQ[1-4]\b|\b[1-4]Q\b|\byear-(?:ago|earlier)\b|\ba share\b|\bper share\b|\bnet (?:income|loss|profit)\b|\bearnings\b|\brevenues?\b|\bprofits?\b/i;

/**
 * True when the clause's tense matters: it resolves relative dates, and on written dates it lets a rule
 * see a past-tense event dated after the note. Reading verbs costs time, so durations and the like skip it.
 */
function needsTense(spec: DateSpec): boolean {
  switch (spec.kind) {
    case 'absolute': return true;
    case 'monthDay': case 'weekday': return spec.shift === undefined;
    case 'part': return spec.year === undefined && spec.offset === undefined;
    case 'holiday': return spec.year === undefined && spec.shift === undefined;
    case 'offset': return spec.unit === 'weekend';
    default: return false;
  }
}

/** Builds the mention for one chrono result; invalid and two-way dates carry no value. */
function toMention(r: { index: number; text: string }, tags: ReadResult & { spec: DateSpec }, res: Resolved, tense: Tense | undefined): DateMention {
  const mention: DateMention = { start: r.index, end: r.index + r.text.length, text: r.text, type: res.type, relative: res.relative, reason: res.reason };
  if (res.value !== undefined) mention.value = res.value;
  if (tags.mod) mention.mod = tags.mod;
  if (res.explicit !== undefined) mention.explicit = res.explicit;
  if (res.weekday) mention.weekday = res.weekday;
  if (tense) mention.tense = tense;
  const invalid = tags.invalid ?? res.invalid;
  if (invalid) {
    mention.invalid = invalid;
    delete mention.value;
    delete mention.explicit;
    mention.reason = `no such date: ${invalid}`;
  }
  if (tags.readings) {
    mention.ambiguous = { readings: tags.readings };
    delete mention.value;
    delete mention.explicit;
    mention.reason = `reads two ways (${tags.readings.join(' or ')}); set date-order`;
  }
  return mention;
}

/** "Q3 2025 rose from a year earlier": the comparison is with the quarter the sentence names, when it names one. */
function sameQuarterAsNamed(mention: DateMention, offset: number, earlier: DateMention[]): void {
  const named = earlier.find((o) => o.value && /^\d{4}-Q[1-4]$/.test(o.value) && !o.relative);
  if (!named?.value) return;
  mention.value = `${String(Number(named.value.slice(0, 4)) + offset).padStart(4, '0')}${named.value.slice(4)}`;
  mention.reason = `the same quarter a year before ${named.value}`;
}

/** Finds and resolves every date expression in one sentence. */
export function findDates(sentence: string, context: DateContext): DateMention[] {
  if (!mayContainDate(sentence)) return [];
  const anchor = context.anchor ? parseYmd(context.anchor) : undefined;
  const state: ParseState = { kinds: kindsOf(sentence), specs: [] };
  const results = engineFor(context.dateOrder).parse(sentence, { instant: CHRONO_REF, timezone: 0 }, state);
  let quarterContext: boolean | undefined;
  const tenseAt = tenseReader(sentence);
  const out: DateMention[] = [];
  for (const r of results) {
    const tags = readTags(state, r);
    const spec = tags.spec;
    if (!spec) continue;
    const tense = needsTense(spec) ? tenseAt(r.index, r.index + r.text.length) : undefined;
    const sameQuarter = spec.kind === 'offset' && spec.sameQuarter === true;
    if (sameQuarter) quarterContext ??= QUARTER_CONTEXT.test(sentence);
    const mention = toMention(r, { ...tags, spec }, resolveSpec(spec, anchor, tense, quarterContext), tense);
    if (sameQuarter && quarterContext && spec.kind === 'offset' && mention.value) sameQuarterAsNamed(mention, spec.offset, out);
    out.push(mention);
  }
  return out;
}
