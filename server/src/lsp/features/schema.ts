/**
 * The JSON Schemas in `schemas/` applied to the YAML an editor shows: which schema governs which
 * part of a file, and its problems (as editor diagnostics, code `schema`), key hovers and completions.
 */
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem, Hover } from 'vscode-languageserver';
import { isYamlNotePath } from '../../core/note';
import { splitFrontMatter } from '../../core/note/front-matter';
import { LineIndex } from '../../core/text';
import type { Finding } from '../../core/types';
import { SCHEMA_CODE, toRange } from '../convert';
import { Session } from '../session';
import { schemaCompletions, schemaHover, schemaProblems } from '../yaml-schema';
import type { SchemaId, SchemaProblem } from '../yaml-schema';

/** The YAML of a file and the schema that governs it. */
export interface YamlRegion {
  schema: SchemaId;
  start: number;
  end: number;
}

/** Where a file's schema-checked YAML is: a note's front matter, a YAML note, a registry, a CSL-YAML bibliography, the config. */
export function yamlRegionOf(session: Session, path: string, text: string): YamlRegion | undefined {
  const whole = (schema: SchemaId): YamlRegion => ({ schema, start: 0, end: text.length });
  if (Session.isConfig(path)) return whole('config');
  const kind = session.kindOf(path);
  if (kind === 'note') {
    if (isYamlNotePath(path)) return whole('note');
    const fm = splitFrontMatter(text);
    return fm?.closed ? { schema: 'front-matter', start: fm.content.start, end: fm.content.end } : undefined;
  }
  if (kind === 'registry') return whole('entities');
  if (kind === 'bibliography' && /\.ya?ml$/i.test(path)) return whole('csl-yaml');
  return undefined;
}

/**
 * Schema problems of a file as findings of code `schema`. The config is left out (its own loader
 * reports its problems), and so is any problem where the engine already reports `note-syntax`.
 */
export function schemaFindings(session: Session, path: string, text: string, findings: readonly Finding[]): Finding[] {
  const region = yamlRegionOf(session, path, text);
  if (!region || region.schema === 'config') return [];
  const syntax = findings.filter((f) => f.ruleId === 'note-syntax');
  return problemsOf(session, path, text, region)
    .filter((p) => !syntax.some((f) => f.start < p.end && p.start < f.end))
    .map((p): Finding => ({ file: path, ruleId: SCHEMA_CODE, severity: 'warning', start: p.start, end: p.end, message: p.message }));
}

/** A file's schema problems; an open file's are re-checked only when its YAML changed (typing in a note's body leaves its front matter as it was). */
function problemsOf(session: Session, path: string, text: string, region: YamlRegion): SchemaProblem[] {
  const check = (): SchemaProblem[] => schemaProblems(text, region.start, region.end, region.schema);
  const memo = session.memoOf(path);
  if (!memo) return check();
  memo.begin('schema', region.schema);
  return memo.get('schema', `${region.start}:${text.slice(region.start, region.end)}`, check);
}

/** What the schema says about the key under the cursor, or null off the YAML. */
export function schemaHoverAt(session: Session, path: string, text: string, offset: number): Hover | null {
  const region = yamlRegionOf(session, path, text);
  const value = region && schemaHover(text, region.start, region.end, region.schema, offset);
  return value ? { contents: { kind: MarkupKind.Markdown, value } } : null;
}

/** Keys and values the schema allows at the cursor. */
export function schemaCompletionItems(session: Session, path: string, text: string, offset: number): CompletionItem[] {
  const region = yamlRegionOf(session, path, text);
  const found = region ? schemaCompletions(text, region.start, region.end, region.schema, offset) : [];
  if (found.length === 0) return [];
  const lines = new LineIndex(text);
  return found.map((c) => ({
    label: c.label,
    kind: c.kind === 'property' ? CompletionItemKind.Property : CompletionItemKind.Value,
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range: toRange(lines, c.start, c.end), newText: c.insertText },
  }));
}
