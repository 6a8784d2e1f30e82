/**
 * The engine's entry point: (document, workspace, config) -> findings. Severity and suppression are
 * decided here, never inside a rule or a transport.
 */
import { forgetClaimAnalysis } from './claims/analysis';
import { forgetDateAnalysis } from './dates/analysis';
import type { NoteDocument, SourceDocument } from './documents';
import { eol } from './fixes/text-style';
import { carryFindings } from './lint-carry';
import type { LintCarry } from './lint-carry';
import type { TextMemo } from './memo';
import { releaseSentences } from './note/prose-sentences';
import { releaseYaml } from './note/yaml-tree';
import type { ResolvedConfig } from './config';
import { RULES } from './rules';
import { applySuppressions, readSuppressions } from './suppress';
import { formatMessage } from './types';
import type { Finding, Rule } from './types';
import type { Workspace } from './workspace';

/**
 * Lets a note that a host keeps but does not show go of what only its own lint reads: its claim and
 * date analyses, its YAML tree and its sentences, each read again (to the same result) when needed.
 */
export function releaseUnshown(note: NoteDocument): void {
  forgetClaimAnalysis(note);
  forgetDateAnalysis(note);
  releaseYaml(note);
  releaseSentences(note);
}

/** Sorts findings by file, position and rule, the order every output uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Runs `rules` on one document, findings in the order reported. A failing rule becomes a finding, or with `strict` an exception. */
function runRules(doc: SourceDocument, workspace: Workspace, config: ResolvedConfig, rules: readonly Rule[], strict = false): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(doc.kind)) continue;
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    try {
      rule.check({
        doc,
        workspace,
        config,
        report: (r) => {
          const template = rule.messages[r.messageId] ?? r.messageId;
          const finding: Finding = { file: doc.path, ruleId: rule.id, severity: setting, start: r.start, end: r.end, message: formatMessage(template, r.data) };
          if (r.fix) finding.fix = r.fix;
          if (r.suggestions) finding.suggestions = r.suggestions;
          findings.push(finding);
        },
      });
    } catch (err) {
      if (strict) throw err;
      findings.push({
        file: doc.path,
        ruleId: rule.id,
        severity: 'error',
        start: 0,
        end: 0,
        message: `The rule ${rule.id} failed on this file (${err instanceof Error ? err.message : String(err)}); please report it.`,
      });
    }
  }
  return findings;
}

/**
 * The block-scoped rules' findings for an open Markdown note, carried over from its last lint where
 * the edit since allows (see lint-carry.ts), and left for its next lint in the note's memo.
 */
function blockScopedFindings(doc: NoteDocument, memo: TextMemo, workspace: Workspace, config: ResolvedConfig, rules: readonly Rule[], scoped: readonly Rule[]): Finding[] {
  const carry = memo.recall<LintCarry>('lint');
  const lineBreak = eol(doc.text);
  let findings: Finding[] | undefined;
  try {
    findings = carryFindings(carry, doc, workspace, config, rules, lineBreak, (view) => runRules(view, workspace, config, scoped, true));
  } catch {
    findings = undefined; // a failing rule is reported by the full run below
  }
  findings ??= runRules(doc, workspace, config, scoped);
  const next: LintCarry = { rules, config, doc, version: memo.textVersion, bibliographies: workspace.bibliographiesFor(doc), lineBreak, findings };
  memo.remember('lint', next);
  return findings;
}

/**
 * Lints one document against the workspace. Never throws: a failing rule becomes a finding. An open
 * Markdown note (one with a memo) has the findings of the blocks an edit left alone carried over.
 */
export function lintDocument(doc: SourceDocument, workspace: Workspace, config: ResolvedConfig, rules: readonly Rule[] = RULES): Finding[] {
  let findings: Finding[];
  if (doc.kind === 'note' && doc.format === 'markdown' && doc.memo) {
    const scoped = rules.filter((r) => r.scope === 'block');
    const rest = rules.filter((r) => r.scope !== 'block');
    // A copy: the block-scoped findings are kept as they are for the next lint.
    findings = [...blockScopedFindings(doc, doc.memo, workspace, config, rules, scoped), ...runRules(doc, workspace, config, rest)];
  } else {
    findings = runRules(doc, workspace, config, rules);
  }
  return applySuppressions(findings, readSuppressions(doc.comments, doc.lines), doc.lines).sort(compareFindings);
}
