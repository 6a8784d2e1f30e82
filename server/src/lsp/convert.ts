/** Conversions between the engine's terms (paths, UTF-16 offsets) and the protocol's (URIs, ranges). */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { Range } from 'vscode-languageserver';
import { RULE_DOCS_BASE, ruleDocsUrl } from '../core/docs-url';
import type { LineIndex } from '../core/text';
import type { Finding, Fix, Severity, TextEdit as EngineEdit } from '../core/types';
import type { WorkspaceEdit } from 'vscode-languageserver';

/** The engine path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  return fileURLToPath(uri).replace(/\\/g, '/');
}

/** The `file:` URI of an engine path. */
export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The protocol range of an offset span. */
export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/** The code of the editor's schema diagnostics (not a rule: the CLI reports YAML that does not parse as `note-syntax`). */
export const SCHEMA_CODE = 'schema';
const SCHEMA_DOCS_URL = RULE_DOCS_BASE.replace(/rules\/$/, 'yaml-schemas.md');

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data`: its fix and suggestions, so a client can apply them as-is. */
export interface DiagnosticData {
  fix?: Fix;
  suggestions?: Fix[];
}

// One link object per rule, shared by its diagnostics: a long string built once serialises faster
// than thousands of fresh concatenations.
const codeDescriptions = new Map<string, { href: string }>();
function codeDescriptionOf(ruleId: string): { href: string } {
  let description = codeDescriptions.get(ruleId);
  if (!description) {
    description = { href: ruleId === SCHEMA_CODE ? SCHEMA_DOCS_URL : ruleDocsUrl(ruleId) };
    codeDescriptions.set(ruleId, description);
  }
  return description;
}

// An unused reference is dead text, which editors fade out.
const UNNECESSARY = [DiagnosticTag.Unnecessary];

/** The diagnostic of a finding; `lines` is its file's line index (none for unreadable files). */
export function toDiagnostic(finding: Finding, lines: LineIndex | undefined): Diagnostic {
  const range = lines ? toRange(lines, finding.start, finding.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  let data: DiagnosticData | undefined;
  if (finding.fix || finding.suggestions) {
    data = {};
    if (finding.fix) data.fix = finding.fix;
    if (finding.suggestions) data.suggestions = finding.suggestions;
  }
  // Every diagnostic has the same fields, absent ones undefined (which JSON leaves out): code that
  // reads thousands of them, as the diagnostics encoder does, then meets one shape.
  return {
    range,
    message: finding.message,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'policy-notes',
    codeDescription: codeDescriptionOf(finding.ruleId),
    tags: finding.ruleId === 'source-unused' ? UNNECESSARY : undefined,
    data,
  };
}

/** A workspace edit of engine edits; `linesOf` gives each file's line index (current text). */
export function toWorkspaceEdit(edits: readonly EngineEdit[], linesOf: (path: string) => LineIndex | undefined): WorkspaceEdit {
  const changes: NonNullable<WorkspaceEdit['changes']> = {};
  for (const e of edits) {
    const lines = linesOf(e.file);
    if (!lines) continue;
    (changes[pathToUri(e.file)] ??= []).push({ range: toRange(lines, e.start, e.end), newText: e.newText });
  }
  return { changes };
}
