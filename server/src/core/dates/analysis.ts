/**
 * Date analysis of a note, computed once per note, config and workspace version and shared by the
 * date rules, the timeline and hover: every date expression in prose and in YAML claim texts,
 * resolved against the note's date with the clause's tense.
 */
import type { ResolvedConfig } from '../config';
import type { NoteDocument, Sentence } from '../documents';
import { textBase } from '../claims/yaml-claims';
import { memoized } from '../memo';
import { sentencesOf } from '../note/prose-sentences';
import { findDates } from './index';
import type { DateMention, DateOrder } from './types';

/** A date mention with file offsets, and where it was found. */
export interface NoteDate extends DateMention {
  /** The sentence (prose) or claim text (YAML) holding it, as file offsets. */
  context: { start: number; end: number };
  sentence?: Sentence;
  /** The anchor it was resolved against (the note's date), if any. */
  anchor?: string;
}

const cache = new WeakMap<NoteDocument, { order: DateOrder | undefined; result: NoteDate[] }>();

/** The anchor for relative dates: the note's date, at day precision when it has one. */
export function noteAnchor(note: NoteDocument): string | undefined {
  const v = note.meta.date?.value;
  if (!v) return undefined;
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}

/** How this note reads numeric dates: its front matter, then the config. */
export function dateOrderOf(note: NoteDocument, config: ResolvedConfig): DateOrder | undefined {
  return (note.meta.dateOrder?.value as DateOrder | undefined) ?? config.dateOrder;
}

/**
 * A sentence's date at file offsets. Written out field by field: mentions come in many shapes, and
 * spreading them (`{ ...m }`) was the slowest step of an edit's date pass in a long note.
 */
function placed(m: DateMention, offset: number, context: NoteDate['context'], sentence: Sentence | undefined, anchor: string | undefined): NoteDate {
  // `satisfies` lists every field as required: a field added to DateMention cannot be left out here.
  return {
    start: m.start + offset, end: m.end + offset, text: m.text, type: m.type, value: m.value, mod: m.mod, relative: m.relative,
    explicit: m.explicit, invalid: m.invalid, ambiguous: m.ambiguous, weekday: m.weekday, tense: m.tense, reason: m.reason,
    context, sentence, anchor: m.relative ? anchor : undefined,
  } satisfies { [K in keyof NoteDate]-?: unknown };
}

/**
 * Forgets a note's date analysis: a host calls it once a note it does not show is linted, since only
 * that note's next lint (or a timeline) reads the analysis again.
 */
export function forgetDateAnalysis(note: NoteDocument): void {
  cache.delete(note);
}

/** What an open note's date analysis leaves for the analysis of its next version. */
interface DatesCarry {
  sentences: readonly Sentence[];
  context: string;
  /** The dates of the sentences, in sentence order (the YAML claims' are not kept). */
  dates: NoteDate[];
}

/** A date of a sentence that moved `delta` characters and is now `sentence`. */
function moved(d: NoteDate, delta: number, sentence: Sentence): NoteDate {
  return placed(d, delta, { start: sentence.span.start, end: sentence.span.end }, sentence, d.anchor);
}

/**
 * The dates of an edited note's sentences from the last version's: those of the sentences before
 * the edit as they were, those after it moved, and only the sentences in between read (without the
 * memo, whose passes stay whole). Undefined when the last analysis is of another context.
 */
function carriedDates(note: NoteDocument, carry: DatesCarry | undefined, context: string, read: (text: string) => DateMention[], anchor: string | undefined): NoteDate[] | undefined {
  if (!carry || carry.context !== context) return undefined;
  const olds = carry.sentences;
  const news = sentencesOf(note);
  // The sentences before the edit are the very objects of the last version; those after it have its texts, moved.
  let head = 0;
  while (head < news.length && head < olds.length && news[head] === olds[head]) head++;
  let tail = 0;
  const shift = news.length > 0 && olds.length > 0 ? news[news.length - 1].span.start - olds[olds.length - 1].span.start : 0;
  while (tail < news.length - head && tail < olds.length - head) {
    const a = olds[olds.length - 1 - tail];
    const b = news[news.length - 1 - tail];
    if (a.text !== b.text || a.span.start + shift !== b.span.start) break;
    tail++;
  }
  const result: NoteDate[] = [];
  let i = 0;
  const dates = carry.dates;
  const headEnd = head < olds.length ? olds[head].span.start : Infinity;
  for (; i < dates.length && dates[i].context.start < headEnd; i++) result.push(dates[i]);
  for (let k = head; k < news.length - tail; k++) {
    const sentence = news[k];
    const mentions = read(sentence.text);
    const where = { start: sentence.span.start, end: sentence.span.end };
    for (const m of mentions) result.push(placed(m, sentence.span.start, where, sentence, anchor));
  }
  const tailStart = olds.length - tail;
  for (let k = tailStart, j = news.length - tail; k < olds.length; k++, j++) {
    const from = olds[k].span.start;
    while (i < dates.length && dates[i].context.start < from) i++;
    for (; i < dates.length && dates[i].context.start === from; i++) result.push(moved(dates[i], shift, news[j]));
  }
  return result;
}

/** Every date expression of a note (cached). */
export function analyseDates(note: NoteDocument, config: ResolvedConfig): NoteDate[] {
  const order = dateOrderOf(note, config);
  const hit = cache.get(note);
  if (hit && hit.order === order) return hit.result;
  const anchor = noteAnchor(note);
  const context = { anchor, dateOrder: order };
  const contextKey = `${anchor}|${order}`;
  const read = (t: string): DateMention[] => findDates(t, context);
  const memo = note.memo;
  let result = carriedDates(note, memo?.recall<DatesCarry>('dates-carry'), contextKey, read, anchor);
  if (!result) {
    result = [];
    // A sentence's dates depend on its text, the anchor and the date order only, so an editor reuses them.
    // Sentence texts are slices of their block's own copy in the sentence memo, not of the note.
    memo?.begin('dates', contextKey, true);
    for (const sentence of sentencesOf(note)) {
      const { start, end } = sentence.span;
      const mentions = memoized(memo, 'dates', sentence.text, read, start);
      if (mentions.length === 0) continue;
      const where = { start, end };
      for (const m of mentions) result.push(placed(m, start, where, sentence, anchor));
    }
  }
  memo?.remember('dates-carry', { sentences: sentencesOf(note), context: contextKey, dates: [...result] } satisfies DatesCarry);
  for (const claim of note.claims) {
    const base = textBase(note, claim);
    if (!claim.text || base === undefined) continue;
    const span = { start: claim.text.start, end: claim.text.end };
    for (const m of findDates(claim.text.value, context)) result.push(placed(m, base, span, undefined, anchor));
  }
  cache.set(note, { order, result });
  return result;
}
