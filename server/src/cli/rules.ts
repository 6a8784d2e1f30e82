/** `policy-notes rules`: every rule with its default severity and one-line description. */
import { RULES } from '../core/rules';

/** The rules listing, one rule a line, aligned. */
export function formatRules(): string {
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  return RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(7)}  ${r.fixable ? 'fix' : '   '}  ${r.description}`).join('\n') + '\n';
}
