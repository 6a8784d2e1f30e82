/**
 * The vocabulary shared by the engine, its rules and its adapters: severities, findings, fixes and
 * the shape of a rule.
 */
import type { Workspace } from './workspace';
import type { SourceDocument } from './documents';
import type { ResolvedConfig } from './config';
import { ownCopy } from './text';

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
  /**
   * `block`: what the rule reports in a Markdown note's prose block (fixes included) depends on that
   * block's text and the note's context alone (front matter, or without one the note's first
   * characters; references, footnote definitions, bibliographies, config, line-break style), and it
   * reports nothing that spans blocks. An editor then checks only the blocks an edit touched and
   * carries the rest. Without it the rule reads the whole note on every lint.
   */
  scope?: 'block';
  check(context: RuleContext): void;
}

/** Declares a rule; the identity function keeps rule files uniform and type-checked. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A message template split once into literal text and placeholder names, with the messages made from it. */
interface Template {
  parts: string[];
  /**
   * Messages already made, by their filled-in values. A long note repeats the same few (one cue, one
   * key), and one string made once for every finding, lint and edit is neither allocated again nor
   * flattened again when a transport writes it out.
   */
  made: Map<string, string>;
}

const templates = new Map<string, Template>();
/** Messages kept per template; past this the template starts again with none. */
const MADE_PER_TEMPLATE = 1024;

/** A placeholder's value as a message shows it; an unknown placeholder stays as written. */
function fill(data: Record<string, string | number>, name: string): string {
  return name in data ? String(data[name]) : `{${name}}`;
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let t = templates.get(template);
  if (!t) {
    t = { parts: template.split(/\{(\w+)\}/), made: new Map() };
    if (templates.size < 1000) templates.set(template, t);
  }
  const { parts, made } = t;
  if (parts.length === 1) return template;
  let key = parts.length === 3 ? fill(data, parts[1]) : '';
  // With several values, each goes after its length, so that no two lists of values make the same key.
  for (let i = 1; parts.length > 3 && i < parts.length; i += 2) {
    const value = fill(data, parts[i]);
    key += `${value.length}:${value}`;
  }
  let message = made.get(key);
  if (message === undefined) {
    const pieces = [parts[0]];
    for (let i = 1; i < parts.length; i += 2) pieces.push(fill(data, parts[i]), parts[i + 1]);
    // A joined string is flat, where `+=` leaves a chain of pieces every reader must flatten.
    message = pieces.join('');
    if (made.size >= MADE_PER_TEMPLATE) made.clear();
    // A value is often a slice of a note's text, and a kept slice would keep that whole text alive.
    made.set(ownCopy(key), message);
  }
  return message;
}
