/**
 * `date-conflict`: two statements of one date disagree — the note's date and its dateline, a relative
 * phrase and its own explicit date, a past-tense event dated after the note, or one event id dated
 * differently in two notes.
 */
import { compareIso, formatIsoForPeople } from '../calendar';
import { analyseDates } from '../dates/analysis';
import type { NoteDate } from '../dates/analysis';
import { sentencesOf } from '../note/prose-sentences';
import { relativePath, dirname } from '../paths';
import { defineRule } from '../types';
import type { Report } from '../types';

/** True when two ISO values disagree at the precision both give ("2025-12" agrees with "2025-12-09"). */
function disagree(a: string, b: string): boolean {
  return /^\d{4}(?:-\d{2}){0,2}$/.test(a) && /^\d{4}(?:-\d{2}){0,2}$/.test(b) && compareIso(a, b) !== 0;
}

const DATELINE = /^\s*[([]?\s*\p{Lu}[\p{L} .'’-]{1,40},\s*$/u;

function datelineConflict(dates: NoteDate[], noteDate: string, firstSentenceStart: number | undefined, prose: string): Report | undefined {
  const first = dates.find((d) => d.sentence && d.context.start === firstSentenceStart && !d.relative && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
  if (!first?.value || !DATELINE.test(prose.slice(first.context.start, first.start))) return undefined;
  if (!disagree(first.value, noteDate)) return undefined;
  return { start: first.start, end: first.end, messageId: 'dateline', data: { text: first.text, value: formatIsoForPeople(first.value), date: formatIsoForPeople(noteDate) } };
}

export default defineRule({
  id: 'date-conflict',
  description: 'Two statements of one date agree: dateline and note date, relative and explicit, tense and date, and events across notes.',
  rationale: 'When a note gives one event two dates, at least one is wrong, and every later note inherits the doubt.',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: ['note'],
  messages: {
    dateline: 'The dateline says {value} ("{text}"), but the note\'s date is {date}.',
    relative: '"{relative}" means {resolved} in a note dated {anchor}, but the text also says {explicit}.',
    future: '"{text}" is told in the past tense but dated {value}, after the note\'s date ({date}).',
    event: 'The event "{id}" is dated {value} here but {other} in {file}.',
  },
  check({ doc, workspace, config, report }) {
    if (doc.kind !== 'note') return;
    const dates = analyseDates(doc, config);
    const noteDate = doc.meta.date?.value;
    if (noteDate) {
      const body = sentencesOf(doc).find((s) => s.blockKind !== 'heading');
      const dl = datelineConflict(dates, noteDate, body?.span.start, doc.prose);
      if (dl) report(dl);
    }
    dates.forEach((d, i) => {
      const next = dates[i + 1];
      // "last year (2024)": a relative phrase followed by its own explicit date.
      if (d.relative && d.value && next && !next.relative && next.value && /^\s*[(,–—-]\s*$/.test(doc.text.slice(d.end, next.start)) && disagree(d.value, next.value)) {
        report({ start: d.start, end: next.end, messageId: 'relative', data: { relative: d.text, resolved: d.value, anchor: d.anchor ?? '', explicit: next.value } });
        return;
      }
      if (noteDate && d.tense === 'past' && !d.relative && d.value && d.type === 'DATE' && disagree(d.value, noteDate) && compareIso(d.value, noteDate) > 0) {
        report({ start: d.start, end: d.end, messageId: 'future', data: { text: d.text, value: d.value, date: noteDate } });
      }
    });
    for (const event of doc.events) {
      const id = event.id?.value;
      const value = event.date?.value;
      if (!id || !value || !event.date) continue;
      const other = workspace.eventsWithId(id).find((o) => o.note !== doc && o.event.date?.value && disagree(o.event.date.value, value));
      if (!other?.event.date?.value) continue;
      report({
        start: event.date.start,
        end: event.date.end,
        messageId: 'event',
        data: { id, value, other: other.event.date.value, file: relativePath(dirname(doc.path), other.note.path) },
      });
    }
  },
});
