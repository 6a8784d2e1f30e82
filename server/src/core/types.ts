/**
 * The vocabulary shared by the engine, its rules and its adapters: severities, findings, fixes and
 * the shape of a rule.
 */
import type { Workspace } from './workspace';
import type { SourceDocument } from './documents';
import type { ResolvedConfig } from './config';

/** How serious a finding is; `off` is only a configuration value. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A severity as configured: a severity or `off`. */
export type SeveritySetting = Severity | 'off';

/** All severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** One exact replacement in one file (UTF-16 offsets into that file's current text). */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  newText: string;
}

/** A fix travels on its finding, so editors and the CLI never re-derive it from the message. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One problem found in one file. */
export interface Finding {
  file: string;
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  /** Alternative fixes a person chooses between; never applied by "fix all". */
  suggestions?: Fix[];
}

/** The kinds of file the engine understands. */
export type DocumentKind = 'note' | 'bibliography' | 'registry';

/** What a rule reports; the engine adds the rule id, the severity and the file. */
export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: Fix;
  suggestions?: Fix[];
}

/** What a rule's `check` receives for one document. */
export interface RuleContext {
  doc: SourceDocument;
  workspace: Workspace;
  config: ResolvedConfig;
  report(report: Report): void;
}

/** A rule: metadata as data, plus one check function. */
export interface Rule {
  id: string;
  description: string;
  rationale: string;
  defaultSeverity: Severity;
  fixable: boolean;
  appliesTo: readonly DocumentKind[];
  messages: Readonly<Record<string, string>>;
  check(context: RuleContext): void;
}

/** Declares a rule; the identity function keeps rule files uniform and type-checked. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

// Templates split once into literal text and placeholder names: a check formats every finding's message.
const templateParts = new Map<string, string[]>();

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size < 1000) templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] in data ? String(data[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
  return out;
}
