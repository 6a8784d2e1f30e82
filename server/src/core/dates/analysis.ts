/**
 * Date analysis of a note, computed once per note, config and workspace version and shared by the
 * date rules, the timeline and hover: every date expression in prose and in YAML claim texts,
 * resolved against the note's date with the clause's tense.
 */
import type { ResolvedConfig } from '../config';
import type { NoteDocument, Sentence } from '../documents';
import { textBase } from '../claims/yaml-claims';
import { memoized } from '../memo';
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
  for (const sentence of note.sentences) {
    const { start, end } = sentence.span;
    const text = sentence.text;
    for (const m of memoized(note.memo, 'dates', text, (t) => findDates(t, context), start)) {
      result.push({ ...m, start: m.start + start, end: m.end + start, context: { start, end }, sentence, anchor: m.relative ? anchor : undefined });
    }
  }
  for (const claim of note.claims) {
    const base = textBase(note, claim);
    if (!claim.text || base === undefined) continue;
    const span = { start: claim.text.start, end: claim.text.end };
    for (const m of findDates(claim.text.value, context)) {
      result.push({ ...m, start: m.start + base, end: m.end + base, context: span, anchor: m.relative ? anchor : undefined });
    }
  }
  cache.set(note, { order, result });
  return result;
}
