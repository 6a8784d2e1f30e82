/** Named days: "Thanksgiving", "Christmas Day", "New Year's Eve", "Labor Day" (US federal and common Western holidays). */
import type { Parser } from 'chrono-node';
import { KIND } from '../families';
import { rule } from '../rule';

/** Holiday name → month and the rule for its day ("4Thu" = fourth Thursday, "-1Mon" = last Monday). */
const HOLIDAYS: Record<string, [number, string]> = {
  'new year\'s day': [1, '1'], 'new year\'s eve': [12, '31'], 'new year\'s': [1, '1'],
  'valentine\'s day': [2, '14'], 'independence day': [7, '4'], 'fourth of july': [7, '4'], 'halloween': [10, '31'],
  'christmas eve': [12, '24'], 'christmas day': [12, '25'], 'christmas': [12, '25'], 'boxing day': [12, '26'],
  'thanksgiving day': [11, '4Thu'], 'thanksgiving': [11, '4Thu'], 'labor day': [9, '1Mon'], 'memorial day': [5, '-1Mon'],
  'veterans day': [11, '11'],
};

/** "last Thanksgiving", "Christmas Day", "on New Year's Eve". */
const holiday = rule(/(?:\b(last|next|this)\s+)?\b(New\s+Year['’]s(?:\s+(?:Day|Eve))?|Valentine['’]s\s+Day|Independence\s+Day|Fourth\s+of\s+July|Halloween|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Veterans\s+Day)\b(?:,?\s+((?:19|20)\d\d)(?!\d))?/g, (m) => {
  const key = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace('’', '\'');
  const entry = HOLIDAYS[key];
  if (!entry) return null;
  const det = m[1]?.toLowerCase();
  const shift = det === 'last' ? -1 : det === 'next' ? 1 : det === 'this' ? 0 : undefined;
  if (m[3]) return { spec: { kind: 'holiday', month: entry[0], rule: entry[1], year: Number(m[3]) } };
  return { spec: { kind: 'holiday', name: m[2]!.replace(/\s+/g, ' '), month: entry[0], rule: entry[1], ...(shift !== undefined ? { shift } : {}) } };
}, KIND.holiday);

/** Chrono parsers for named days. */
export const holidayParsers: Parser[] = [holiday];
