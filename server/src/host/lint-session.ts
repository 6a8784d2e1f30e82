/**
 * Lints one file at a time against the shared files and the cross-note index, holding nothing of a
 * note once it is done. The CLI runs one session in-process or one per worker thread.
 */
import { lintDocument } from '../core/lint';
import { relativePath } from '../core/paths';
import type { Finding, Severity } from '../core/types';
import type { LineIndex } from '../core/text';
import { IndexedWorkspace, NoteIndex } from './note-index';
import type { IndexEntry } from './note-index';
import { addDocument, followNoteBibliographies, realRootOf } from './project';
import type { ProjectFile } from './project';
import { ConfigResolver } from './configs';
import type { SeveritySetting } from '../core/types';

/** Everything a session needs; plain data, so it can be posted to a worker. */
export interface SessionSpec {
  /** Workspace root, also the folder output paths are relative to. */
  root: string;
  configFile?: string;
  ruleOverrides?: Record<string, SeveritySetting>;
  /** Bibliographies and registries (targets and shared), in load order. */
  shared: ProjectFile[];
  /** Every note of the project, reported on or not. */
  notePaths: string[];
  /** The cross-note index, from `NoteIndex.toEntries()`. */
  index: Array<[string, IndexEntry]>;
}

/** One finding in output form, without its file (a result is per file). */
export interface Row {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
}

/** The outcome of linting one file. */
export interface FileResult {
  path: string;
  /** Sorted by line, column and rule, as every output prints them. */
  rows: Row[];
  /** Bibliography files the note names (absolute): inputs of its findings besides its own text. */
  named: string[];
}

/** Converts one file's findings to rows in output order. */
export function toRows(findings: readonly Finding[], lines: LineIndex | undefined): Row[] {
  const rows = findings.map((f) => {
    const start = lines ? lines.positionAt(f.start) : { line: 0, character: 0 };
    const end = lines ? lines.positionAt(f.end) : { line: 0, character: 0 };
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, rule: f.ruleId, severity: f.severity, message: f.message };
  });
  return rows.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** A loaded context (config, shared files, index) that lints files one by one. */
export class LintSession {
  private readonly configs: ConfigResolver;
  private readonly workspace: IndexedWorkspace;
  private readonly realRoot: string;
  /** Findings made while reading the shared files, by path. */
  readonly readFindings = new Map<string, Finding[]>();

  constructor(private readonly spec: SessionSpec) {
    this.configs = new ConfigResolver(spec.root, spec.configFile, spec.ruleOverrides);
    this.workspace = new IndexedWorkspace(NoteIndex.fromEntries(spec.index), new Set(spec.notePaths));
    this.realRoot = realRootOf(spec.root);
    for (const file of spec.shared) {
      const findings: Finding[] = [];
      if (!addDocument(this.workspace, file.path, file.kind, findings)) this.readFindings.set(file.path, findings);
    }
  }

  /** The session's configs (config errors surface here). */
  get configResolver(): ConfigResolver {
    return this.configs;
  }

  /** Lints one target file. */
  lint(file: ProjectFile): FileResult {
    if (file.kind !== 'note') {
      const doc = this.workspace.get(file.path);
      const findings = doc ? lintDocument(doc, this.workspace, this.configs.forFile(file.path)) : (this.readFindings.get(file.path) ?? []);
      return { path: file.path, rows: toRows(findings, doc?.lines), named: [] };
    }
    const findings: Finding[] = [];
    if (!addDocument(this.workspace, file.path, 'note', findings)) return { path: file.path, rows: toRows(findings, undefined), named: [] };
    const doc = this.workspace.get(file.path);
    if (doc?.kind !== 'note') throw new Error(`${file.path} did not load as a note`);
    followNoteBibliographies(this.workspace, this.realRoot, doc);
    const rows = toRows(lintDocument(doc, this.workspace, this.configs.forFile(file.path)), doc.lines);
    this.workspace.remove(file.path);
    return { path: file.path, rows, named: this.workspace.bibliographyPaths(doc) };
  }

  /** The path of a file as output prints it. */
  relative(path: string): string {
    return relativePath(this.spec.root, path);
  }
}
