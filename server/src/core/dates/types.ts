/** How numeric dates like 03/04/2026 are read. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/** What a caller knows when finding dates in one sentence. */
export interface DateContext {
  /** ISO yyyy-mm-dd: the note's date (or a document's creation time); relative dates resolve against it. */
  anchor?: string;
  /** How to read numeric dates that read two ways; unset means "report them as ambiguous". */
  dateOrder?: DateOrder;
}

/** TIMEX3 modifiers we produce. */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';

/** Grammatical tense of the clause around a date, which decides the direction of resolution. */
export type Tense = 'past' | 'present' | 'future';

/** One date expression in a sentence, resolved where possible. */
export interface DateMention {
  /** UTF-16 offset of the first character in the sentence. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value at the precision the text gives; undefined when it cannot be resolved (relative, no anchor). */
  value?: string;
  mod?: DateMod;
  /** True when the expression needs the anchor to resolve ("next week", "in December", "on Friday"). */
  relative: boolean;
  /** The absolute value written in the text itself, when there is one. */
  explicit?: string;
  /** Why the written date does not exist ("February 2026 has 28 days"). */
  invalid?: string;
  /** A numeric date that reads two ways with no date order given. */
  ambiguous?: { readings: string[] };
  /** A weekday that contradicts the date it names. */
  weekday?: { stated: string; actual: string };
  /** Tense of the clause around a date (relative and written dates; not durations or sets). */
  tense?: Tense;
  /** One line for hover: how the value was obtained. */
  reason: string;
}

/** What the parsers understood, before resolution against an anchor: a small tagged union. */
export type DateSpec =
  /** Fully written date, possibly partial (year, year-month) or with a time of day. */
  | { kind: 'absolute'; year: number; month?: number; day?: number; time?: string; weekday?: number }
  /** A month (and maybe day) without a year: the year follows from tense. */
  | { kind: 'monthDay'; month: number; day?: number; time?: string; weekday?: number; shift?: number }
  /** A weekday on its own ("on Friday", "Friday night"). */
  | { kind: 'weekday'; weekday: number; time?: string; shift?: number }
  /** "last week", "next year", "yesterday", "three years ago": an offset from the anchor in a unit. */
  | { kind: 'offset'; unit: CalendarUnit; offset: number; time?: string; sameQuarter?: boolean }
  /** A season, quarter or half of a year, either in a given year or relative to the anchor. */
  | { kind: 'part'; part: string; year?: number; offset?: number; dir?: Tense }
  /** A named day whose date depends on the year ("Thanksgiving": fourth Thursday of November). */
  | { kind: 'holiday'; name?: string; month: number; rule: string; shift?: number; year?: number }
  /** A decade (1990s → 199) or century (20th century → 19). */
  | { kind: 'decade'; value: string }
  /** A value that needs no anchor: durations (P3Y), sets, PAST_REF/PRESENT_REF/FUTURE_REF. */
  | { kind: 'literal'; type: 'DATE' | 'DURATION' | 'SET' | 'TIME'; value: string };

/** Calendar units offsets are counted in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
