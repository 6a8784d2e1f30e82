/**
 * Code actions: each finding's fix and suggestions, "add date:" for unanchored dates, "disable RULE
 * for this line", "show documentation", "add NAME to the registry", and the source action "fix all".
 */
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction } from 'vscode-languageserver';
import type { RegistryDocument, SourceDocument } from '../../core/documents';
import { selectEdits } from '../../core/fix';
import { addDateFix } from '../../core/fixes/add-date';
import { addEntityFix } from '../../core/fixes/add-entity';
import { disableLineFix } from '../../core/fixes/disable-line';
import { dirname, isInside } from '../../core/paths';
import type { Span } from '../../core/text';
import type { Finding, Fix } from '../../core/types';
import { toDiagnostic, toWorkspaceEdit } from '../convert';
import { SHOW_RULE_DOCS_COMMAND } from '../protocol';
import type { Session } from '../session';

/** The kind of the "fix all" source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policy-notes`;

/** A run of capitalised words ("Bureau of Industry and Security") in a line of prose. */
const PROPER_NAME = /\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:of|and|for|the|on|de|du|von)\s+)?\p{Lu}[\p{L}\p{N}'’&-]*)*/gu;

/** What a code action request asks about. */
export interface ActionRequest {
  path: string;
  span: Span;
  /** Kinds the client wants (empty = all). */
  only: readonly string[];
  /** Today's date (ISO), for "add date:"; the engine has no clock. */
  today: string;
}

function wanted(kind: string, only: readonly string[]): boolean {
  return only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function action(session: Session, fix: Fix, kind: string, finding?: Finding, preferred = false): CodeAction {
  const doc = finding ? session.workspace.get(finding.file) : undefined;
  const out: CodeAction = { title: fix.title, kind, edit: toWorkspaceEdit(fix.edits, (p) => session.workspace.get(p)?.lines) };
  if (finding) out.diagnostics = [toDiagnostic(finding, doc?.lines)];
  if (preferred) out.isPreferred = true;
  return out;
}

/** The registry a new name should go to: the nearest one above the note, else any. */
function registryFor(session: Session, path: string): RegistryDocument | undefined {
  const registries = [...session.workspace.documents()].filter((d): d is RegistryDocument => d.kind === 'registry');
  return registries.filter((r) => isInside(dirname(r.path), path)).sort((a, b) => b.path.length - a.path.length)[0] ?? registries[0];
}

/** The capitalised name at the cursor, or the selected text, when it is not a known entity. */
function unknownNameAt(session: Session, doc: SourceDocument, span: Span): string | undefined {
  if (doc.kind !== 'note') return undefined;
  const known = session.entityMatcher().find(doc);
  if (known.some((m) => m.start <= span.start && m.end >= span.end)) return undefined;
  if (span.end > span.start) {
    const selected = doc.prose.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    return selected && selected === doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() && selected.length <= 80 ? selected : undefined;
  }
  const line = doc.lines.lineAt(span.start);
  const from = doc.lines.lineStart(line);
  const text = doc.prose.slice(from, doc.lines.lineEnd(line));
  for (const m of text.matchAll(PROPER_NAME)) {
    if (from + m.index <= span.start && span.start <= from + m.index + m[0].length) return m[0];
  }
  return undefined;
}

/** The code actions for a range of a file, given the file's current findings. */
export function codeActionsFor(session: Session, request: ActionRequest, findings: readonly Finding[]): CodeAction[] {
  const doc = session.documentFor(request.path);
  if (!doc) return [];
  const { span, only } = request;
  const out: CodeAction[] = [];
  const quick = wanted(CodeActionKind.QuickFix, only);
  for (const f of findings) {
    if (f.end < span.start || f.start > span.end || !quick) continue;
    if (f.fix) out.push(action(session, f.fix, CodeActionKind.QuickFix, f, true));
    for (const s of f.suggestions ?? []) out.push(action(session, s, CodeActionKind.QuickFix, f));
    if (f.ruleId === 'date-unanchored' && doc.kind === 'note') {
      const fix = addDateFix(doc, request.today);
      if (fix) out.push(action(session, fix, CodeActionKind.QuickFix, f));
    }
  }
  for (const f of findings) {
    if (f.end < span.start || f.start > span.end || !quick) continue;
    const disable = disableLineFix(doc, f.ruleId, f.start);
    if (disable) out.push(action(session, disable, CodeActionKind.QuickFix, f));
    out.push({ title: `Show documentation for ${f.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [toDiagnostic(f, doc.lines)], command: { title: `Show documentation for ${f.ruleId}`, command: SHOW_RULE_DOCS_COMMAND, arguments: [f.ruleId] } });
  }
  const dedupe = new Set<string>();
  const unique = out.filter((a) => !dedupe.has(a.title) && dedupe.add(a.title));
  if (wanted(CodeActionKind.Refactor, only) || quick) {
    const name = unknownNameAt(session, doc, span);
    const registry = name ? registryFor(session, request.path) : undefined;
    if (name && registry) unique.push(action(session, addEntityFix(registry, name), CodeActionKind.Refactor));
  }
  if (wanted(FIX_ALL_KIND, only)) {
    const edits = selectEdits(findings.flatMap((f) => f.fix?.edits ?? []).filter((e) => e.file === request.path));
    if (edits.length > 0) unique.push(action(session, { title: 'Fix all Policy Notes problems with a safe fix', edits }, FIX_ALL_KIND));
  }
  return unique;
}
