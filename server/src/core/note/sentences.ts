/**
 * Sentence splitting by Unicode's rules (a direct scan for prose in common characters,
 * `Intl.Segmenter` for the rest), corrected for what those rules get wrong in policy prose:
 * abbreviations ("U.S.", "Dr.", "p. 4", "No. 5") and initials do not end a sentence.
 */
import type { Span } from '../text';
import { sentenceEnds } from './sentence-breaks';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATION = /(?:^|[\s(“"'])(?:[A-Z]\.(?:[A-Z]\.)*|U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Adm|Col|Lt|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|Art|Sec|Secs|Ch|Chap|Vol|Fig|Para|Paras|p|pp|para|paras|sec|ch|chap|vol|fig|cf|al|e\.g|i\.e|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** A sentence: `span` trimmed of whitespace, `extent` running up to the next sentence. */
export interface SentenceSpan {
  span: Span;
  extent: Span;
}

/** Unicode's sentences of `text`: computed directly for common characters, by `Intl.Segmenter` otherwise. */
function segments(text: string): Span[] {
  const ends = sentenceEnds(text);
  if (!ends) return Array.from(segmenter.segment(text), (seg) => ({ start: seg.index, end: seg.index + seg.segment.length }));
  const out: Span[] = [];
  let start = 0;
  for (const end of ends) {
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** Splits `text` (one block of prose, non-prose already blanked) into sentences; offsets add `base`. */
export function splitSentences(block: string, base = 0): SentenceSpan[] {
  // ICU ends a sentence at every line break; inside one block a line break is just a space.
  const text = block.replace(/[\r\n]/g, ' ');
  const raw: Span[] = [];
  for (const { start, end } of segments(text)) {
    const prev = raw[raw.length - 1];
    if (prev && ABBREVIATION.test(text.slice(Math.max(prev.start, prev.end - 40), prev.end).trimEnd()) && !/^\s*$/.test(text.slice(start, end))) {
      prev.end = end;
    } else raw.push({ start, end });
  }
  const out: SentenceSpan[] = [];
  for (const r of raw) {
    const segment = text.slice(r.start, r.end);
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!body) {
      const last = out[out.length - 1];
      if (last) last.extent.end = base + r.end;
      continue;
    }
    const start = base + r.start + lead;
    out.push({ span: { start, end: start + body.length }, extent: { start: base + r.start, end: base + r.end } });
  }
  return out;
}
