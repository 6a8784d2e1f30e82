/** `claim-hedged`: a sentence carries an uncertainty cue; the cue is the range. */
import { analyseNote, hedgeDetectorFor } from '../claims/analysis';
import { spanInText } from '../claims/yaml-claims';
import { defineRule } from '../types';

export default defineRule({
  id: 'claim-hedged',
  description: 'Uncertainty cues ("may have", "reportedly", "is believed to") are visible.',
  rationale: 'A hedged claim is an unconfirmed claim; the writer and the editor should see every one.',
  defaultSeverity: 'info',
  fixable: false,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    hedged: '"{cue}" marks this claim as uncertain: confirm it, or keep the hedge and the source that supports it.',
  },
  check({ doc, workspace, config, report }) {
    if (doc.kind !== 'note') return;
    for (const s of analyseNote(doc, workspace, config)) {
      if (s.sentence.blockKind === 'heading' || s.sentence.blockKind === 'table-cell') continue;
      for (const h of s.hedges) report({ start: h.start, end: h.end, messageId: 'hedged', data: { cue: doc.text.slice(h.start, h.end) } });
    }
    const detect = hedgeDetectorFor(config);
    for (const claim of doc.claims) {
      if (!claim.text) continue;
      for (const h of detect(claim.text.value)) {
        const span = spanInText(doc, claim, h);
        report({ ...span, messageId: 'hedged', data: { cue: claim.text.value.slice(h.start, h.end) } });
      }
    }
  },
});
