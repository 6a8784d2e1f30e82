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

/** Every date expression of a note (cached). */
export function analyseDates(note: NoteDocument, config: ResolvedConfig): NoteDate[] {
  const order = dateOrderOf(note, config);
  const hit = cache.get(note);
  if (hit && hit.order === order) return hit.result;
  const anchor = noteAnchor(note);
  const context = { anchor, dateOrder: order };
  const result: NoteDate[] = [];
  // A sentence's dates depend on its text, the anchor and the date order only, so an editor reuses them.
  // Sentence texts are slices of their block's own copy in the sentence memo, not of the note.
  note.memo?.begin('dates', `${anchor}|${order}`, true);
  for (const sentence of sentencesOf(note)) {
    const { start, end } = sentence.span;
    const mentions = memoized(note.memo, 'dates', sentence.text, (t) => findDates(t, context), start);
    if (mentions.length === 0) continue;
    const where = { start, end };
    for (const m of mentions) result.push(placed(m, start, where, sentence, anchor));
  }
  for (const claim of note.claims) {
    const base = textBase(note, claim);
    if (!claim.text || base === undefined) continue;
    const span = { start: claim.text.start, end: claim.text.end };
    for (const m of findDates(claim.text.value, context)) result.push(placed(m, base, span, undefined, anchor));
  }
  cache.set(note, { order, result });
  return result;
}
