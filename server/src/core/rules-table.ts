/** The README's rules table, generated from the rules' metadata so the two never drift. */
import { RULES } from './rules';

/** A Markdown table of every rule: id (linked to its docs), default severity, fixable, description. */
export function rulesTable(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.description} |`);
  return ['| rule | default | fix | checks that |', '|---|---|---|---|', ...rows].join('\n');
}
