/**
 * Claim analysis of a note, computed once per note, config and workspace version and shared by the
 * claim rules: for each sentence its hedges, attributions, whether it states a checkable fact, and
 * the sources attached to it.
 */
import type { ResolvedConfig } from '../config';
import type { NoteDocument, Reference, Sentence } from '../documents';
import { memoized } from '../memo';
import { sentencesOf } from '../note/prose-sentences';
import type { Workspace } from '../workspace';
import { findAttributions } from './attribution';
import type { Attribution } from './attribution';
import { claimReason } from './checkable';
import type { ClaimReason } from './checkable';
import { createHedgeDetector } from './hedges';
import type { HedgeCue } from './hedges';

/** What the claim rules know about one sentence (offsets are file offsets). */
export interface SentenceAnalysis {
  sentence: Sentence;
  hedges: readonly HedgeCue[];
  attributions: readonly Attribution[];
  claim?: ClaimReason;
  /** A citation, a footnote with a source, or a link in reach of the sentence (sentence or paragraph scope). */
  sourced: boolean;
  /** The references its bracketed citations resolve to. */
  cited: readonly Reference[];
}

// Most sentences have no cue, attribution or citation: they share one empty list instead of three each.
const NONE: readonly never[] = Object.freeze([]);

const cache = new WeakMap<NoteDocument, { config: ResolvedConfig; version: number; result: SentenceAnalysis[] }>();
const detectors = new WeakMap<ResolvedConfig, ReturnType<typeof createHedgeDetector>>();

/** The hedge detector for a config's `hedges` changes, compiled once per config. */
export function hedgeDetectorFor(config: ResolvedConfig): ReturnType<typeof createHedgeDetector> {
  let d = detectors.get(config);
  if (!d) {
    d = createHedgeDetector({ add: config.hedges.add, remove: config.hedges.remove });
    detectors.set(config, d);
  }
  return d;
}

const within = (start: number, s: Sentence): boolean => start >= s.extent.start && start < s.extent.end;

/** Whether a cue sits inside quotation marks. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return before.includes('“') ? open > 0 : (before.match(/"/g) ?? []).length % 2 === 1;
}

/** Analyses every sentence of a Markdown note (cached). */
export function analyseNote(note: NoteDocument, workspace: Workspace, config: ResolvedConfig): SentenceAnalysis[] {
  const hit = cache.get(note);
  if (hit && hit.config === config && hit.version === workspace.version) return hit.result;
  const detect = hedgeDetectorFor(config);
  const footnoteSourced = new Map(note.footnoteDefs.map((d) => [d.label, d.hasSource]));
  const result: SentenceAnalysis[] = [];
  // Sentence texts are slices of their block's own copy in the sentence memo, not of the note.
  note.memo?.begin('claims', config, true);
  note.memo?.begin('claims-outside-paragraphs', config, true);
  let c = 0;
  let f = 0;
  let l = 0;
  for (const sentence of sentencesOf(note)) {
    const text = sentence.text;
    const base = sentence.span.start;
    let cited: Reference[] | undefined;
    let sourced = false;
    while (c < note.citations.length && note.citations[c].span.start < sentence.extent.start) c++;
    for (let i = c; i < note.citations.length && within(note.citations[i].span.start, sentence); i++) {
      const cit = note.citations[i];
      const ref = workspace.reference(cit.key, note);
      if (!cit.narrative || ref) sourced = true;
      if (ref && !cit.narrative) (cited ??= []).push(ref);
    }
    while (f < note.footnoteRefs.length && note.footnoteRefs[f].span.start < sentence.extent.start) f++;
    for (let i = f; i < note.footnoteRefs.length && within(note.footnoteRefs[i].span.start, sentence); i++) {
      if (footnoteSourced.get(note.footnoteRefs[i].label)) sourced = true;
    }
    while (l < note.links.length && note.links[l].span.start < sentence.extent.start) l++;
    if (l < note.links.length && within(note.links[l].span.start, sentence)) sourced = true;
    // What a sentence's words say depends on its text alone (and the config), so an editor reuses it.
    const paragraph = sentence.blockKind === 'paragraph';
    const read = memoized(note.memo, paragraph ? 'claims' : 'claims-outside-paragraphs', text, (t) => ({ attributions: findAttributions(t, config), hedges: detect(t), claim: paragraph ? claimReason(t) : undefined }), base);
    const attributions = read.attributions.length === 0 ? NONE : read.attributions.map((a) => ({ ...a, start: a.start + base, end: a.end + base }));
    const named = attributions.some((a) => a.kind === 'named');
    // A hedge inside a quotation that the note attributes and cites is the speaker's, not the writer's.
    const hedges =
      read.hedges.length === 0
        ? NONE
        : read.hedges.filter((h) => !(sourced && named && quoted(text, h.start))).map((h) => ({ ...h, start: h.start + base, end: h.end + base }));
    result.push({ sentence, hedges, attributions, claim: read.claim, sourced, cited: cited ?? NONE });
  }
  if (config.claims.citationScope === 'paragraph') {
    const sourcedBlocks = new Set(result.filter((r) => r.sourced).map((r) => r.sentence.block));
    for (const r of result) if (sourcedBlocks.has(r.sentence.block)) r.sourced = true;
  }
  cache.set(note, { config, version: workspace.version, result });
  return result;
}

/**
 * Drops a note's cached analysis. A host holding many notes (the language server) calls it once a
 * note it does not show is linted: the analysis is about a fifth of what such a note holds, and only a
 * new lint needs it again.
 */
export function forgetClaimAnalysis(note: NoteDocument): void {
  cache.delete(note);
}
