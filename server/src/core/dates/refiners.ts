/** Chrono refiners: pick one reading per span, join a time to its day, widen to "early/mid/late", drop URLs. */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isSpecTag, readTags, specTag, tagMod, type ParseState } from './rule';
import type { DateMod, DateSpec } from './types';

/** Keeps the longest of overlapping results (the first parser's on a tie). */
export const overlapRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const last = kept[kept.length - 1];
      if (last && r.index < last.index + last.text.length) {
        if (r.text.length > last.text.length) kept[kept.length - 1] = r;
        continue;
      }
      kept.push(r);
    }
    return kept;
  },
};

/** One result spanning two neighbours, with a new spec and every other tag of both. */
function mergeResults(context: ParsingContext, first: ParsingResult, last: ParsingResult, spec: DateSpec): ParsingResult {
  const start = Math.min(first.index, last.index);
  const end = Math.max(first.index + first.text.length, last.index + last.text.length);
  const merged = context.createParsingResult(start, context.text.slice(start, end));
  merged.addTag(specTag(context, spec));
  for (const t of [...first.tags(), ...last.tags()]) if (!isSpecTag(t)) merged.addTag(t);
  return merged;
}

/** True for a spec that is only a time of day ("5 p.m."). */
function isClock(s: DateSpec | undefined): s is Extract<DateSpec, { kind: 'offset' }> {
  return !!s && s.kind === 'offset' && s.unit === 'day' && s.offset === 0 && !!s.time && /\d/.test(s.time);
}

/** True for a spec that names one day and can take a time. */
function takesTime(s: DateSpec | undefined): boolean {
  if (!s) return false;
  if (s.kind === 'weekday' || s.kind === 'monthDay') return !s.time && (s.kind === 'weekday' || s.day !== undefined);
  if (s.kind === 'absolute') return s.day !== undefined && !s.time;
  return s.kind === 'offset' && s.unit === 'day' && !s.time;
}

/** Joins "5 p.m. Tuesday", "Friday at 10 a.m.", "yesterday, 6 a.m." into one TIME. */
export const timeMergeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      const gap = b ? context.text.slice(a.index + a.text.length, b.index) : '';
      if (b && /^(?:\s*,?\s*|\s+(?:at|on|of)\s+)$/i.test(gap)) {
        const sa = readTags(context.option as ParseState, a).spec;
        const sb = readTags(context.option as ParseState, b).spec;
        const [clock, day] = isClock(sa) && takesTime(sb) ? [sa, sb] : isClock(sb) && takesTime(sa) ? [sb, sa] : [];
        if (clock && day) {
          out.push(mergeResults(context, a, b, { ...day, time: clock.time } as DateSpec));
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

// "early 2025", "mid-2024", "the end of the year": the edge word belongs to the expression (TIMEX spans include it).
const EDGE = /\b(?:the\s+)?(?:very\s+)?(?:(early|late|mid)(?:-|\s+)|(middle|end|beginning|start|turn)\s+of\s+(?:the\s+)?)$/i;
// "about", "by", "since" qualify the date without being part of its span.
const QUALIFIER = /\b(about|around|approximately|roughly|circa|by|before|until|till|no\s+later\s+than|after|since)\s+$/i;
const EDGE_MODS: Record<string, DateMod> = { early: 'START', beginning: 'START', start: 'START', late: 'END', end: 'END', mid: 'MID', middle: 'MID' };

/** The TIMEX modifier a qualifier word gives. */
function qualifierMod(word: string): DateMod {
  if (/^(?:by|before|until|till|no)/i.test(word)) return 'BEFORE';
  if (/^(?:after|since)/i.test(word)) return 'AFTER';
  return 'APPROX';
}

/** Widens a result over "early", "mid-", "late", "the end of" and records the TIMEX modifier. */
export const modifierRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const tags = readTags(context.option as ParseState, r);
      if (!tags.spec || tags.spec.kind === 'literal') return r;
      const before = context.text.slice(Math.max(0, r.index - 30), r.index);
      const edge = EDGE.exec(before);
      if (edge) {
        const at = r.index - edge[0].length;
        const out = context.createParsingResult(at, context.text.slice(at, r.index + r.text.length));
        for (const t of r.tags()) out.addTag(t);
        const mod = EDGE_MODS[(edge[1] ?? edge[2])!.toLowerCase()];
        if (mod && !tags.mod) tagMod(out, mod);
        return out;
      }
      const q = QUALIFIER.exec(before);
      if (q && !tags.mod) tagMod(r, qualifierMod(q[1]!));
      return r;
    });
  },
};

const URLISH = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi;

/** Drops results inside URLs, paths and e-mail addresses. */
export const urlRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // URLs and e-mail addresses need a slash or an at sign: skip the scan when neither is there
    if (results.length === 0 || !/[/@]/.test(context.text)) return results;
    const spans: Array<[number, number]> = [];
    for (const m of context.text.matchAll(URLISH)) spans.push([m.index!, m.index! + m[0].length]);
    if (spans.length === 0) return results;
    return results.filter((r) => !spans.some(([s, e]) => r.index < e && r.index + r.text.length > s));
  },
};
