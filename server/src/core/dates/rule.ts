/**
 * The bridge between our date grammar and chrono-node: each grammar rule is a chrono `Parser` whose
 * result carries what it understood as a tag, because chrono's refiners keep tags when they
 * clone, merge or trim results, while its components alone cannot say "a quarter" or "a season".
 */
import type { Parser, ParsingContext, ParsingOption, ParsingResult } from 'chrono-node';
import type { DateMod, DateSpec } from './types';

const SPEC_TAG = 'pn/spec:';
const MOD_TAG = 'pn/mod:';

/** What a grammar rule returns for one regex match. */
export interface RuleHit {
  spec: DateSpec;
  /** Offsets relative to match.index when the expression is only part of the match. */
  from?: number;
  to?: number;
  mod?: DateMod;
  /** Why the written date does not exist. */
  invalid?: string;
  /** Both readings of a numeric date that reads two ways. */
  readings?: string[];
}

/**
 * Per-parse state riding on chrono's parse options: the kinds of date words in the sentence, and the
 * specs the rules understood (a result's tag holds an index into `specs`, which survives chrono's merges).
 */
export interface ParseState extends ParsingOption { kinds?: number; specs?: DateSpec[] }

// Anchored and empty: fails at the first position, so a parser without its trigger word costs nothing.
const NEVER = /^(?!)/;

/**
 * Builds a chrono parser from a regex and a function that reads one match. `kinds` (KIND bits) names
 * the trigger words without which the pattern cannot match; the parse option `kinds` says which the
 * sentence holds (see families.ts), so a rule whose words are absent does not scan at all.
 */
export function rule(pattern: RegExp, read: (m: RegExpExecArray, text: string, index: number) => RuleHit | null, kinds?: number): Parser {
  // chrono calls exec() on ever shorter tails of the text, so a stateful /g lastIndex would skip matches
  const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return {
    pattern(context: ParsingContext): RegExp {
      const present = (context.option as ParseState).kinds;
      return kinds === undefined || present === undefined || (present & kinds) !== 0 ? re : NEVER;
    },
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const index = match.index ?? 0;
      // chrono hands the regex only the text after the previous hit, so check boundaries on the whole text
      if (/[\p{L}\p{N}_]/u.test(context.text[index - 1] ?? '') && /^[\p{L}\p{N}]/u.test(match[0])) return null;
      const hit = read(match as RegExpExecArray, context.text, index);
      if (!hit) return null;
      const from = hit.from ?? 0;
      const to = hit.to ?? match[0].length;
      const result = context.createParsingResult(index + from, match[0].slice(from, to));
      result.addTag(specTag(context, hit.spec));
      if (hit.mod) result.addTag(MOD_TAG + hit.mod);
      if (hit.invalid) result.addTag('pn/invalid:' + hit.invalid);
      if (hit.readings) result.addTag('pn/readings:' + hit.readings.join(','));
      return result;
    },
  };
}

/** What a chrono result carries from our rules. */
export interface ReadResult { spec?: DateSpec; mod?: DateMod; invalid?: string; readings?: string[] }

/** Reads back the spec and facts a rule stored on a chrono result. */
export function readTags(state: ParseState, result: { tags(): Set<string> }): ReadResult {
  const out: ReadResult = {};
  for (const tag of result.tags()) {
    if (tag.startsWith(SPEC_TAG) && !out.spec) out.spec = state.specs?.[Number(tag.slice(SPEC_TAG.length))];
    else if (tag.startsWith(MOD_TAG)) out.mod = tag.slice(MOD_TAG.length) as DateMod;
    else if (tag.startsWith('pn/invalid:')) out.invalid = tag.slice('pn/invalid:'.length);
    else if (tag.startsWith('pn/readings:')) out.readings = tag.slice('pn/readings:'.length).split(',');
  }
  return out;
}

/** Registers a spec for this parse and returns the tag that points to it. */
export function specTag(context: ParsingContext, spec: DateSpec): string {
  const state = context.option as ParseState;
  const specs = (state.specs ??= []);
  specs.push(spec);
  return SPEC_TAG + (specs.length - 1);
}

/** True for the tag that carries a spec. */
export function isSpecTag(tag: string): boolean {
  return tag.startsWith(SPEC_TAG);
}

/** Sets the modifier tag on a result (used by the modifier refiner). */
export function tagMod(result: ParsingResult, mod: DateMod): void {
  result.addTag(MOD_TAG + mod);
}
