/**
 * The server's view of the workspace: the engine's index kept current file by file. The editor's
 * text wins over the disk for open files. Every change answers which notes it can affect, so
 * cross-note results are refreshed through the index and never by rescanning the workspace.
 */
import { bibtexParser } from '../host/bibtex-parser';
import { ConfigResolver } from '../host/configs';
import type { ConfigError } from '../host/configs';
import { classify, followNoteBibliographies, realRootOf } from '../host/project';
import { readTextFile } from '../host/read-file';
import { walkFiles } from '../host/walk';
import type { ResolvedConfig } from '../core/config';
import { CONFIG_FILE_NAME } from '../core/config';
import type { NoteDocument, SourceDocument } from '../core/documents';
import { compileEntityMatcher } from '../core/entities/mentions';
import type { EntityMatcher } from '../core/entities/mentions';
import { lintDocument, releaseUnshown } from '../core/lint';
import { TextMemo } from '../core/memo';
import { isBibliographyPath, parseBibliography, parseNote, parseRegistry } from '../core/note';
import { dirname, isInside } from '../core/paths';
import type { DocumentKind, Finding } from '../core/types';
import { Workspace } from '../core/workspace';

/** A file the index should hold, found by walking the workspace folders. */
export interface DiscoveredFile {
  path: string;
  kind: DocumentKind;
}

const eventIds = (doc: SourceDocument | undefined): string[] =>
  doc?.kind === 'note' ? doc.events.flatMap((e) => (e.id ? [e.id.value] : [])) : [];

/** The index, the configs and the open files of one server. */
export class Session {
  workspace = new Workspace();
  private resolvers = new Map<string, ConfigResolver>();
  private readonly editorText = new Map<string, string>();
  /** Per open file: what its last versions gave (blocks, sentences, schema problems), so typing re-reads only what changed. */
  private readonly memos = new Map<string, TextMemo>();
  /** Open files whose editor text is newer than the parsed document. */
  private readonly stale = new Set<string>();
  private readonly readProblems = new Map<string, Finding>();
  /** Bibliography path -> notes that name it in `bibliography:`. */
  private readonly namedBy = new Map<string, Set<string>>();
  private matcher: EntityMatcher | undefined;
  /** Entity id -> notes that mention it, filled lazily and kept per note. */
  private mentionIndex: Map<string, Set<string>> | undefined;

  /** `onAffected` hears, after every change, which files' findings it can affect. */
  constructor(
    private readonly roots: readonly string[],
    private readonly onAffected: (paths: Set<string>) => void = () => {},
  ) {}

  /** The workspace folder holding a path (the longest match), or the file's own folder. */
  rootOf(path: string): string {
    let best: string | undefined;
    for (const r of this.roots) if (isInside(r, path) && (!best || r.length > best.length)) best = r;
    return best ?? dirname(path);
  }

  private resolver(path: string): ConfigResolver {
    const root = this.rootOf(path);
    let r = this.resolvers.get(root);
    if (!r) {
      r = new ConfigResolver(root);
      this.resolvers.set(root, r);
    }
    return r;
  }

  /** The config governing a file. */
  configFor(path: string): ResolvedConfig {
    return this.resolver(path).forFile(path);
  }

  /** Problems of every config read so far. */
  configErrors(): ConfigError[] {
    return [...this.resolvers.values()].flatMap((r) => r.errors);
  }

  /** Whether a path is a config file. */
  static isConfig(path: string): boolean {
    return path.endsWith(`/${CONFIG_FILE_NAME}`);
  }

  /** Which kind of document a path is, by its config, or as a bibliography some note names. */
  kindOf(path: string): DocumentKind | undefined {
    const kind = classify(path, this.configFor(path), false);
    if (kind) return kind;
    return this.namedBy.get(path)?.size && isBibliographyPath(path) ? 'bibliography' : undefined;
  }

  /** Every file of the workspace folders the index should hold, shared files (bibliographies, registries) first. */
  discover(): DiscoveredFile[] {
    const out: DiscoveredFile[] = [];
    for (const root of this.roots) {
      for (const path of walkFiles(root, root)) {
        const kind = classify(path, this.configFor(path), false);
        if (kind) out.push({ path, kind });
      }
    }
    return out.sort((a, b) => Number(a.kind === 'note') - Number(b.kind === 'note'));
  }

  /** Forgets everything (a config changed): the next `discover` and loads rebuild the index. */
  reset(): void {
    this.workspace = new Workspace();
    this.resolvers = new Map();
    this.readProblems.clear();
    this.namedBy.clear();
    this.matcher = undefined;
    this.mentionIndex = undefined;
    for (const path of this.editorText.keys()) this.stale.add(path);
  }

  /** Records an open file's text; parsed on the next `refresh` or `documentFor`. */
  setEditorText(path: string, text: string): void {
    this.editorText.set(path, text);
    this.stale.add(path);
  }

  /** The file was closed: the disk is the truth again. Returns the notes to re-lint. */
  closeEditor(path: string): Set<string> {
    this.editorText.delete(path);
    this.memos.delete(path);
    this.stale.delete(path);
    return this.load(path);
  }

  /** The editor's text of an open file. */
  editorTextOf(path: string): string | undefined {
    return this.editorText.get(path);
  }

  /** Whether a file is open in the editor. */
  isOpen(path: string): boolean {
    return this.editorText.has(path);
  }

  /** Paths of the open files. */
  openPaths(): string[] {
    return [...this.editorText.keys()];
  }

  /** Parses an open file whose editor text changed; returns the notes to re-lint. */
  refresh(path: string): Set<string> {
    if (!this.stale.has(path)) return new Set();
    this.stale.delete(path);
    return this.load(path);
  }

  /** The current document at a path, parsing pending editor text first. */
  documentFor(path: string): SourceDocument | undefined {
    this.refresh(path);
    return this.workspace.get(path);
  }

  /**
   * (Re)reads one file — editor text when open, else the disk — and updates the index. Returns the
   * notes whose findings the change can affect. A file that is no longer there or no longer in scope
   * is removed.
   */
  load(path: string, known?: DocumentKind): Set<string> {
    const affected = this.read(path, known);
    if (affected.size > 0) this.onAffected(affected);
    return affected;
  }

  private read(path: string, known?: DocumentKind): Set<string> {
    if (Session.isConfig(path)) return new Set();
    const kind = known ?? this.kindOf(path);
    const old = this.workspace.get(path);
    const text = this.editorText.get(path);
    const read = text !== undefined ? { ok: true as const, text, warning: undefined } : kind ? readTextFile(path) : undefined;
    this.readProblems.delete(path);
    if (!kind || !read) return this.removeDocument(path, old);
    if (!read.ok) {
      if (read.reason !== 'no such file') {
        this.readProblems.set(path, { file: path, ruleId: 'note-syntax', severity: read.skipped ? 'info' : 'error', start: 0, end: 0, message: `The file was not checked: ${read.reason}.` });
      }
      const affected = this.removeDocument(path, old);
      this.workspace.markUnreadable(path, read.reason);
      return affected.add(path);
    }
    const doc = kind === 'note' ? parseNote(path, read.text, this.memoOf(path)) : kind === 'registry' ? parseRegistry(path, read.text) : parseBibliography(path, read.text, bibtexParser);
    if (read.warning) doc.problems.push({ start: 0, end: 0, message: read.warning });
    // A closed note's YAML tree and sentences wait for its lint, which reads them again: held from
    // here, every note's would be in memory at once while the workspace is first read.
    if (doc.kind === 'note') this.releaseClosed([doc]);
    const global = kind === 'bibliography' && classify(path, this.configFor(path), false) === 'bibliography';
    this.workspace.upsert(doc, { global });
    return this.afterChange(path, old, doc, global);
  }

  /** An open file's memo (results carried across its versions); none for a file that is not open. */
  memoOf(path: string): TextMemo | undefined {
    if (!this.editorText.has(path)) return undefined;
    let memo = this.memos.get(path);
    if (!memo) this.memos.set(path, (memo = new TextMemo()));
    return memo;
  }

  private removeDocument(path: string, old: SourceDocument | undefined): Set<string> {
    if (!old) return new Set();
    this.workspace.remove(path);
    const affected = this.afterChange(path, old, undefined, false);
    if (old.kind === 'bibliography' && this.namedBy.get(path)?.size) this.workspace.markUnreadable(path, 'no such file');
    return affected;
  }

  /** What a change to one document can affect, and the bookkeeping it needs. */
  private afterChange(path: string, old: SourceDocument | undefined, doc: SourceDocument | undefined, global: boolean): Set<string> {
    // The file itself is always re-linted: a removed file's diagnostics are cleared that way.
    const affected = new Set<string>([path]);
    const kind = doc?.kind ?? old?.kind;
    if (kind === 'note') {
      for (const id of new Set([...eventIds(old), ...eventIds(doc)])) for (const e of this.workspace.eventsWithId(id)) affected.add(e.note.path);
      this.renameBibliographies(path, old as NoteDocument | undefined, doc as NoteDocument | undefined);
      this.updateMentions(path, old as NoteDocument | undefined, doc as NoteDocument | undefined);
    } else if (kind === 'bibliography') {
      const dependents = global || this.wasGlobal(old) ? this.workspace.notes().map((n) => n.path) : [...(this.namedBy.get(path) ?? [])];
      for (const p of dependents) affected.add(p);
    } else if (kind === 'registry') {
      this.matcher = undefined;
      this.mentionIndex = undefined;
    }
    return affected;
  }

  private wasGlobal(old: SourceDocument | undefined): boolean {
    return old?.kind === 'bibliography' && classify(old.path, this.configFor(old.path), false) === 'bibliography';
  }

  /** Keeps the bibliography -> notes map current and reads newly named bibliographies. */
  private renameBibliographies(path: string, old: NoteDocument | undefined, doc: NoteDocument | undefined): void {
    if (old) for (const b of this.workspace.bibliographyPaths(old)) this.namedBy.get(b)?.delete(path);
    if (!doc) return;
    for (const b of this.workspace.bibliographyPaths(doc)) {
      const set = this.namedBy.get(b) ?? new Set<string>();
      set.add(path);
      this.namedBy.set(b, set);
    }
    followNoteBibliographies(this.workspace, realRootOf(this.rootOf(path)), doc);
  }

  /** The compiled matcher of every registry's entities (rebuilt after a registry changes). */
  entityMatcher(): EntityMatcher {
    this.matcher ??= compileEntityMatcher(this.workspace.entities());
    return this.matcher;
  }

  private updateMentions(path: string, old: NoteDocument | undefined, doc: NoteDocument | undefined): void {
    if (!this.mentionIndex) return;
    const matcher = this.entityMatcher();
    if (old) for (const m of matcher.find(old)) this.mentionIndex.get(m.entity.id)?.delete(path);
    if (doc) for (const m of matcher.find(doc)) this.addMention(m.entity.id, path);
  }

  private addMention(id: string, path: string): void {
    const set = this.mentionIndex!.get(id) ?? new Set<string>();
    set.add(path);
    this.mentionIndex!.set(id, set);
  }

  /** The notes that mention an entity (the index is built on first use, then kept per note). */
  notesMentioning(entityId: string): string[] {
    if (!this.mentionIndex) {
      this.mentionIndex = new Map();
      const matcher = this.entityMatcher();
      for (const note of this.workspace.notes()) for (const m of matcher.find(note)) this.addMention(m.entity.id, note.path);
    }
    return [...(this.mentionIndex.get(entityId) ?? [])].sort();
  }

  /** The findings of one file: read problems, or the engine's findings against the current index. */
  lint(path: string): Finding[] {
    this.refresh(path);
    // Only what a `policy-notes check` of the folder would report on: files its config names.
    if (Session.isConfig(path) || !classify(path, this.configFor(path), false)) return [];
    const problem = this.readProblems.get(path);
    if (problem) return [problem];
    const doc = this.workspace.get(path);
    if (!doc) return [];
    const findings = lintDocument(doc, this.workspace, this.configFor(path));
    // Hover, code lens and symbols read an open note again; a closed note waits for its next lint.
    if (doc.kind === 'note') this.releaseClosed([doc]);
    return findings;
  }

  /** Lets the closed ones of `notes` go of what only their next lint reads (see `releaseUnshown`). */
  releaseClosed(notes: Iterable<NoteDocument>): void {
    for (const note of notes) if (!this.isOpen(note.path)) releaseUnshown(note);
  }
}
