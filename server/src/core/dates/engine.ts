/** The chrono-node instance that runs our date grammar: one per date order, built once and reused. */
import { Chrono } from 'chrono-node';
import { holidayParsers } from './parsers/holidays';
import { monthNameParsers } from './parsers/month-names';
import { numericParser } from './parsers/numeric';
import { periodParsers } from './parsers/periods';
import { relativeParsers } from './parsers/relative';
import { spanParsers } from './parsers/spans';
import { timeParsers } from './parsers/times';
import { modifierRefiner, overlapRefiner, timeMergeRefiner, urlRefiner } from './refiners';
import type { DateOrder } from './types';

const engines = new Map<string, Chrono>();

/** The chrono instance for a date order; parser order breaks ties between equally long readings. */
export function engineFor(order: DateOrder | undefined): Chrono {
  const key = order ?? '';
  let engine = engines.get(key);
  if (!engine) {
    // chrono's own English parsers validate dates away ("30 February" vanishes) and read "1.2.2026"
    // in a version string, so the grammar is ours; chrono supplies the run loop and refiner pipeline.
    engine = new Chrono({
      parsers: [numericParser(order), ...monthNameParsers, ...periodParsers, ...relativeParsers, ...holidayParsers, ...timeParsers, ...spanParsers],
      refiners: [urlRefiner, overlapRefiner, timeMergeRefiner, modifierRefiner],
    });
    engines.set(key, engine);
  }
  return engine;
}
