/** Where each rule's documentation page lives, for diagnostics' links and SARIF `helpUri`. */

/** The base of the rules' documentation pages. */
export const RULE_DOCS_BASE = 'https://github.com/policy-notes/policy-notes/blob/main/docs/rules/';

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
