/** `claim-overstated`: stated as fact, but every source is anonymous or unverified (or a confirmed YAML claim is hedged). */
import { analyseNote, hedgeDetectorFor } from '../claims/analysis';
import type { Reference } from '../documents';
import { defineRule } from '../types';

const weak = (r: Reference): boolean => r.reliability === 'anonymous' || r.reliability === 'unverified';
const names = (refs: readonly Reference[]): string => [...new Set(refs.map((r) => `${r.id} (${r.reliability})`))].join(', ');

export default defineRule({
  id: 'claim-overstated',
  description: 'A claim stated as fact rests on at least one source that is not anonymous or unverified.',
  rationale: 'The worst error in a note is a plain statement of something only an unnamed source has said.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    overstated: 'Stated as fact, but its only sources are {sources}: hedge it ("reportedly", "according to ...") or add a confirming source.',
    confirmedHedged: 'The claim is marked confirmed but its text is hedged ("{cue}"): change the status or the text.',
    confirmedWeak: 'The claim is marked confirmed but its only sources are {sources}: mark it unconfirmed or add a confirming source.',
  },
  check({ doc, workspace, config, report }) {
    if (doc.kind !== 'note') return;
    for (const s of analyseNote(doc, workspace, config)) {
      if (s.hedges.length > 0 || s.cited.length === 0 || !s.cited.every(weak)) continue;
      if (s.attributions.some((a) => a.kind !== 'named')) continue; // "a senior official said" already hedges by attribution
      report({ start: s.sentence.span.start, end: s.sentence.span.end, messageId: 'overstated', data: { sources: names(s.cited) } });
    }
    const detect = hedgeDetectorFor(config);
    for (const claim of doc.claims) {
      if (claim.status?.value !== 'confirmed') continue;
      const cue = claim.text ? detect(claim.text.value)[0] : undefined;
      if (cue && claim.text) {
        report({ start: claim.status.start, end: claim.status.end, messageId: 'confirmedHedged', data: { cue: claim.text.value.slice(cue.start, cue.end) } });
        continue;
      }
      const refs = claim.sources.map((c) => workspace.reference(c.key, doc)).filter((r): r is Reference => r !== undefined);
      if (refs.length > 0 && refs.length === claim.sources.length && refs.every(weak)) {
        report({ start: claim.status.start, end: claim.status.end, messageId: 'confirmedWeak', data: { sources: names(refs) } });
      }
    }
  },
});
