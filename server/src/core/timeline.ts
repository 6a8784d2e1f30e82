/**
 * The timeline: every dated statement of the workspace, resolved, in chronological order — prose
 * dates, YAML claims and events — with the flags its findings give it.
 */
import type { ResolvedConfig } from './config';
import type { NoteDocument } from './documents';
import { analyseDates } from './dates/analysis';
import type { Finding } from './types';

/** What a flag reads of a finding: its rule and span. */
export type FlaggingFinding = Pick<Finding, 'ruleId' | 'start' | 'end'>;

/** How a timeline entry is flagged, from the findings on its statement. */
export type TimelineFlag = 'unconfirmed' | 'unsourced' | 'conflicting';

/** One dated statement. Offsets are into its file. */
export interface TimelineEntry {
  file: string;
  start: number;
  /** The statement: the sentence, the claim's text or the event's text. */
  text: string;
  /** Resolved ISO value (TIMEX3 style: 2025-12, 2026-W10, 2025-Q3). */
  value: string;
  /** The note date a relative value was resolved against; null for absolute dates. */
  anchor: string | null;
  /** Citation keys that support the statement. */
  sources: string[];
  /** The expression as written, and how it was resolved. */
  expression: string;
  reason?: string;
  flags: TimelineFlag[];
}

const FLAG_OF: Record<string, TimelineFlag> = {
  'claim-hedged': 'unconfirmed',
  'claim-anonymous': 'unconfirmed',
  'claim-overstated': 'unconfirmed',
  'claim-unsourced': 'unsourced',
  'attribution-unsourced': 'unsourced',
  'citation-undefined': 'unsourced',
  'date-conflict': 'conflicting',
};

const SEASON_MONTH: Record<string, string> = { SP: '03', SU: '06', FA: '09', AU: '09', WI: '12' };

/** A sortable key for a TIMEX3 value: quarters, seasons and weeks placed at their first month. */
export function sortKey(value: string): string {
  const q = /^(\d{4})-Q([1-4])/.exec(value);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3 - 2).padStart(2, '0')}~`;
  const h = /^(\d{4})-H([12])/.exec(value);
  if (h) return `${h[1]}-${h[2] === '1' ? '01' : '07'}~`;
  const s = /^(\d{4})-(SP|SU|FA|AU|WI)/.exec(value);
  if (s) return `${s[1]}-${SEASON_MONTH[s[2]]}~`;
  const w = /^(\d{4})-W(\d{2})/.exec(value);
  if (w) return `${w[1]}-${String(Math.min(12, Math.floor((Number(w[2]) - 1) / 4.35) + 1)).padStart(2, '0')}-${w[2]}`;
  return value;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();

function flagsFor(findings: readonly FlaggingFinding[], start: number, end: number): TimelineFlag[] {
  const flags = new Set<TimelineFlag>();
  for (const f of findings) if (FLAG_OF[f.ruleId] && f.start < end && f.end > start) flags.add(FLAG_OF[f.ruleId]);
  return [...flags].sort();
}

/** The dated statements of one note; `findings` are the note's own, for the flags. */
export function noteTimeline(note: NoteDocument, config: ResolvedConfig, findings: readonly FlaggingFinding[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const d of analyseDates(note, config)) {
    if (!d.value || d.type === 'DURATION' || d.type === 'SET' || !/^\d{3,4}/.test(d.value) || !d.sentence) continue;
    const { extent, span } = d.sentence;
    const sources = note.citations.filter((c) => c.span.start >= extent.start && c.span.start < extent.end).map((c) => c.key);
    out.push({
      file: note.path,
      start: d.start,
      text: oneLine(note.prose.slice(span.start, span.end)),
      value: d.value,
      anchor: d.relative ? (d.anchor ?? null) : null,
      sources: [...new Set(sources)],
      expression: d.text,
      reason: d.reason,
      flags: flagsFor(findings, span.start, span.end),
    });
  }
  for (const claim of note.claims) {
    if (!claim.date?.value) continue;
    const flags = flagsFor(findings, claim.span.start, claim.span.end);
    if (claim.status && claim.status.value !== 'confirmed' && !flags.includes('unconfirmed')) flags.push('unconfirmed');
    out.push({
      file: note.path,
      start: claim.date.start,
      text: claim.text?.value ?? claim.id?.value ?? '',
      value: claim.date.value,
      anchor: null,
      sources: claim.sources.map((s) => s.key),
      expression: claim.date.raw,
      flags: flags.sort(),
    });
  }
  for (const event of note.events) {
    if (!event.date?.value) continue;
    out.push({
      file: note.path,
      start: event.date.start,
      text: event.text ?? event.id?.value ?? '',
      value: event.date.value,
      anchor: null,
      sources: event.sources.map((s) => s.key),
      expression: event.date.raw,
      flags: flagsFor(findings, event.span.start, event.span.end),
    });
  }
  return out;
}

/** Sorts entries chronologically, then by file and position. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.sort((a, b) => {
    const ka = sortKey(a.value);
    const kb = sortKey(b.value);
    return ka < kb ? -1 : ka > kb ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
  });
}

/** A timeline entry in output form: a display path, 1-based line and column. */
export interface TimelineRow extends Omit<TimelineEntry, 'start'> {
  line: number;
  column: number;
}

/** The sorted timeline of some notes, as rows; `findingsFor` gives each note's findings for the flags. */
export function timelineRows(
  notes: readonly NoteDocument[],
  configFor: (path: string) => ResolvedConfig,
  findingsFor: (path: string) => readonly FlaggingFinding[],
  display: (path: string) => string,
): TimelineRow[] {
  const lines = new Map(notes.map((n) => [n.path, n.lines]));
  const entries = notes.flatMap((n) => noteTimeline(n, configFor(n.path), findingsFor(n.path)));
  return sortTimeline(entries).map(({ start, ...rest }) => {
    const pos = lines.get(rest.file)!.positionAt(start);
    return { ...rest, file: display(rest.file), line: pos.line + 1, column: pos.character + 1 };
  });
}
