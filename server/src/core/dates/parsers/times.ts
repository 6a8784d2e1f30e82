/** Clock times: "5 p.m.", "10:30 a.m. EDT", "noon", "midnight"; a neighbouring date gives them their day. */
import type { Parser } from 'chrono-node';
import { KIND } from '../families';
import { rule } from '../rule';

/** Formats hour and minute as a TIMEX time. */
function hhmm(h: number, min: number): string {
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "5 p.m.", "10:30 a.m.", "17:45 GMT", "noon", "midnight". */
const clock = rule(/\b(?:(\d{1,2})(?::(\d\d))?\s*(a\.m\.?|p\.m\.?|am\b|pm\b)|(\d{1,2}):(\d\d)(?=\s*(?:GMT|UTC|EDT|EST|CET|CEST|BST|PDT|PST|h\b))|(noon|midnight))(?:\s+(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|CET|CEST|BST|local\s+time))?/gi, (m, text, index) => {
  if (m[6] && /\bhigh\s+$/i.test(text.slice(Math.max(0, index - 6), index))) return null;
  if (m[6]) return { spec: { kind: 'offset', unit: 'day', offset: 0, time: m[6].toLowerCase() === 'noon' ? '12:00' : '24:00' } };
  let h = Number(m[1] ?? m[4]);
  const min = Number(m[2] ?? m[5] ?? 0);
  const mer = (m[3] ?? '').toLowerCase();
  if (h > 24 || min > 59) return null;
  if (mer.startsWith('p') && h < 12) h += 12;
  if (mer.startsWith('a') && h === 12) h = 0;
  return { spec: { kind: 'offset', unit: 'day', offset: 0, time: hhmm(h, min) } };
}, KIND.clock);

/** Chrono parsers for clock times. */
export const timeParsers: Parser[] = [clock];
