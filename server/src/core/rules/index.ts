/** The rules, in one explicit list sorted by id. A test fails when a rule file is missing from it. */
import type { Rule } from '../types';
import attributionUnsourced from './attribution-unsourced';
import citationUndefined from './citation-undefined';
import claimAnonymous from './claim-anonymous';
import claimHedged from './claim-hedged';
import claimOverstated from './claim-overstated';
import claimUnsourced from './claim-unsourced';
import dateAmbiguous from './date-ambiguous';
import dateConflict from './date-conflict';
import dateInvalid from './date-invalid';
import dateUnanchored from './date-unanchored';
import dateWeekday from './date-weekday';
import noteSyntax from './note-syntax';
import sourceDates from './source-dates';
import sourceIncomplete from './source-incomplete';
import sourceUnused from './source-unused';

/** Every rule the engine runs. */
export const RULES: readonly Rule[] = [
  attributionUnsourced,
  citationUndefined,
  claimAnonymous,
  claimHedged,
  claimOverstated,
  claimUnsourced,
  dateAmbiguous,
  dateConflict,
  dateInvalid,
  dateUnanchored,
  dateWeekday,
  noteSyntax,
  sourceDates,
  sourceIncomplete,
  sourceUnused,
];

/** Looks a rule up by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
