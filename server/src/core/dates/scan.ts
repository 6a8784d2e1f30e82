/** The cheap pre-scan that keeps the full date grammar off sentences with nothing date-like in them. */

// One case-sensitive regex over what every date rule needs: a year-like number, digits joined by a date
// separator, an ordinal, a clock time, a capitalised month or weekday stem (so "may" the verb does not
// count), a quarter code, a holiday, or a date word's stem. Broad on purpose: a false positive costs one
// parser run (~4 µs), a miss here is a missed date.
const DATE_LIKE = /(?:1[0-9]|20)\d\d|\d[./-]\d\d?[./-]\d|\d:\d\d|'\d0s|\d(?:st|nd|rd|th)\b|\d\s*[ap]\.?m\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|FY|[QH][1-4](?!\w)|[1-4][QH](?!\w)|Christmas|Thanksgiving|Halloween|New Year|Independence|Labor Day|Memorial Day|Veterans Day|Valentine|Boxing Day|Fourth of July|[tT]oday|[tT]onight|[tT]omorrow|[yY]esterday|[nN]ow|[cC]urrently|[pP]resently|[rR]ecent|[lL]ately|[pP]ast|[fF]uture|[nN]oon|[mM]idnight|[dD]aily|[wW]eekly|[mM]onthly|[eE]very|[eE]ach|[qQ]uarter|[sS]pring|[sS]ummer|[fF]all|[aA]utumn|[wW]inter|[fF]iscal|[cC]entur|[dD]ecade|[yY]ear|[mM]onth|[wW]eek|[dD]ay|[hH]our|[mM]inute|[sS]econd|[mM]orning|[aA]fternoon|[eE]vening|[nN]ight|[oO]vernight|[nN]ineteen|[tT]housand)/;

/** Cheap pre-scan: true when the sentence may hold a date expression worth the full parser. */
export function mayContainDate(sentence: string): boolean {
  return DATE_LIKE.test(sentence);
}
