/**
 * Completion: citation keys after `[@`, `; @`, a narrative `@` and in YAML `sources:` lists; entity
 * names in prose. Works from the editor's current line, so it is right while the note is mid-edit.
 */
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem, Position } from 'vscode-languageserver';
import type { SourceDocument } from '../../core/documents';
import { relativePath } from '../../core/paths';
import { splitLines } from '../../core/text';
import type { Session } from '../session';
import { formatReference } from './format';

/** A key being typed right after `@` where a citation may start (not an e-mail address). */
const CITATION_PREFIX = /(?:^|[\s[(;])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)?$/u;
/** A key being typed in a YAML `sources:` list, flow or block. */
const SOURCES_FLOW = /\bsources:\s*\[[^\]]*?([\w:.#$%&+?<>~/-]*)$/;
const BLOCK_ITEM = /^\s*-\s+([\w:.#$%&+?<>~/-]*)$/;
/** A capitalised word being typed in prose. */
const NAME_PREFIX = /(?:^|[^\p{L}\p{N}_])(\p{Lu}[\p{L}\p{N}-]*)$/u;

/** Whether the block item on `line` belongs to a `sources:` key above it. */
function underSources(lines: string[], line: number): boolean {
  const indent = /^\s*/.exec(lines[line])![0].length;
  for (let l = line - 1; l >= 0; l--) {
    const text = lines[l];
    if (text.trim() === '' || /^\s*-\s/.test(text)) continue;
    const own = /^\s*/.exec(text)![0].length;
    if (own <= indent) return /^\s*(-\s+)?sources:\s*$/.test(text);
  }
  return false;
}

function citationItems(session: Session, doc: SourceDocument, typed: string, position: Position): CompletionItem[] {
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  return session.workspace.referencesInReach(doc).map((ref) => ({
    label: ref.id,
    kind: CompletionItemKind.Reference,
    detail: ref.title ?? '(no title)',
    documentation: { kind: MarkupKind.Markdown, value: formatReference(ref, relativePath(session.rootOf(ref.file), ref.file)) },
    textEdit: { range, newText: ref.id },
  }));
}

function entityItems(session: Session, typed: string, position: Position): CompletionItem[] {
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const items: CompletionItem[] = [];
  for (const entity of session.entityMatcher().entities) {
    for (const label of [entity.name, ...entity.aliases]) {
      items.push({ label, kind: CompletionItemKind.Constant, detail: [entity.type, entity.name !== label ? entity.name : undefined].filter(Boolean).join(' · ') || undefined, documentation: entity.description, textEdit: { range, newText: label } });
    }
  }
  return items;
}

/** Completion items at a position, given the editor's text of the line up to the cursor. */
export function completionsAt(session: Session, path: string, text: string, position: Position): CompletionItem[] {
  const doc = session.documentFor(path);
  if (!doc || doc.kind === 'bibliography') return [];
  const allLines = splitLines(text);
  const before = (allLines[position.line] ?? '').slice(0, position.character);
  const inYaml = doc.kind === 'registry' || (doc.kind === 'note' && (doc.format === 'yaml' || (doc.frontMatter !== undefined && doc.lines.offsetAt(position) < doc.frontMatter.end)));
  if (inYaml) {
    const flow = SOURCES_FLOW.exec(before);
    if (flow) return citationItems(session, doc, flow[1], position);
    const item = BLOCK_ITEM.exec(before);
    if (item && underSources(allLines, position.line)) return citationItems(session, doc, item[1], position);
    return [];
  }
  const citation = CITATION_PREFIX.exec(before);
  if (citation) return citationItems(session, doc, citation[1] ?? '', position);
  const name = NAME_PREFIX.exec(before);
  return name ? entityItems(session, name[1], position) : [];
}
