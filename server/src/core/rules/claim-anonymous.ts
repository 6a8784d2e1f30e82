/** `claim-anonymous`: an anonymous or vague attribution; the phrase is the range. */
import { analyseNote } from '../claims/analysis';
import { findAttributions } from '../claims/attribution';
import type { Attribution } from '../claims/attribution';
import { spanInText } from '../claims/yaml-claims';
import { defineRule } from '../types';
import type { Report } from '../types';

const KINDS = ['anonymous', 'vague'] as const;

function reportOf(a: Pick<Attribution, 'kind' | 'phrase'>, span: { start: number; end: number }): Report {
  return { ...span, messageId: a.kind === 'vague' ? 'vague' : 'anonymous', data: { phrase: a.phrase } };
}

export default defineRule({
  id: 'claim-anonymous',
  description: 'Anonymous and vague attributions ("a senior official", "critics say") are visible.',
  rationale: 'A reader cannot weigh a source they cannot identify; anonymity should be a choice, never an accident.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'block',
  appliesTo: ['note'],
  messages: {
    anonymous: 'Anonymous attribution ("{phrase}"): name the source, or say why it cannot be named and how the claim was confirmed.',
    vague: 'Vague attribution ("{phrase}"): say who, and cite them.',
  },
  check({ doc, workspace, config, report }) {
    if (doc.kind !== 'note') return;
    for (const s of analyseNote(doc, workspace, config)) {
      if (s.attributions.length === 0 || s.sentence.blockKind === 'heading' || s.sentence.blockKind === 'table-cell') continue;
      // One finding per kind per sentence: "a senior official, speaking on condition of anonymity" is one attribution.
      for (const kind of KINDS) {
        const a = s.attributions.find((x) => x.kind === kind);
        if (a) report(reportOf(a, a));
      }
    }
    for (const claim of doc.claims) {
      if (!claim.text) continue;
      for (const a of findAttributions(claim.text.value, config)) {
        if (a.kind !== 'named') report(reportOf(a, spanInText(doc, claim, a)));
      }
    }
  },
});
