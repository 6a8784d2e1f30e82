/** `policy-notes init`: writes a commented `.policy-notes.yaml`, never over an existing one. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../core/config';
import { RULES } from '../core/rules';

/** The commented starter configuration. */
export function starterConfig(): string {
  const rules = RULES.map((r) => `  # ${r.id}: ${r.defaultSeverity}`).join('\n');
  return `# Policy Notes configuration. Every key is optional; the values shown are the defaults.
# Docs: https://github.com/policy-notes/policy-notes#configuration

# Which files are notes (globs relative to this file's folder).
notes: ["**/*.md", "**/*.note.yaml", "**/*.note.yml"]

# Files to leave alone.
ignore: ["node_modules/**"]

# Bibliographies in reach of every note: CSL-JSON, CSL-YAML or BibTeX.
bibliography: []

# Entity registries (lists of organisations, people, chips, laws...).
entities: ["**/entities.yaml", "**/*.entities.yaml"]

# How to read numeric dates like 03/04/2026 when a note does not say: DMY, MDY or YMD.
# date-order: DMY

# Severity per rule: error, warning, info, hint or off. Defaults:
${rules}
rules: {}

# Uncertainty cues and anonymous attributions, as literal phrases (never regular expressions).
# hedges: {add: ["in all likelihood"], remove: ["could"]}
# anonymous: {add: ["a person close to the company"]}
`;
}

/** Writes the starter config into `dir`; returns an error message when one exists already. */
export function runInit(dir: string): { written?: string; error?: string } {
  const path = join(dir, CONFIG_FILE_NAME);
  if (existsSync(path)) return { error: `${CONFIG_FILE_NAME} already exists; it was left as it is` };
  writeFileSync(path, starterConfig(), { flag: 'wx' });
  return { written: path };
}
