/**
 * Loads a workspace from disk: discovers notes, bibliographies and registries, reads and parses them,
 * follows `bibliography:` entries, and lints. The CLI and the language server both use it, so both
 * give the same findings for the same files and config.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../core/config';
import { lintDocument } from '../core/lint';
import { isBibliographyPath, isYamlNotePath, parseBibliography, parseNote, parseRegistry } from '../core/note';
import { isInside, relativePath } from '../core/paths';
import type { Finding } from '../core/types';
import { Workspace } from '../core/workspace';
import type { DocumentKind, SeveritySetting } from '../core/types';
import type { NoteDocument } from '../core/documents';
import { bibtexParser } from './bibtex-parser';
import { ConfigResolver } from './configs';
import { readTextFile } from './read-file';
import { walkFiles } from './walk';

/** What the project loader was asked for. */
export interface ProjectOptions {
  /** Workspace root (absolute, `/`-separated): config discovery stops here; files never leave it. */
  root: string;
  /** Files and folders to check (absolute). */
  paths: string[];
  /** An explicit config file instead of discovery. */
  configFile?: string;
  /** Rule severities that win over every config (the CLI's `--rule`). */
  ruleOverrides?: Record<string, SeveritySetting>;
}

/** A loaded project. */
export interface Project {
  workspace: Workspace;
  configs: ConfigResolver;
  /** Documents to report on, in a stable order. */
  targets: string[];
  /** Findings made while reading (skipped or unreadable files). */
  readFindings: Finding[];
}

const matcherCache = new Map<string, (path: string) => boolean>();
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let m = matcherCache.get(key);
  if (!m) {
    m = globs.length === 0 ? () => false : picomatch(globs as string[], { dot: true });
    matcherCache.set(key, m);
  }
  return m;
}

/** Which kind of document a file is under its config, if any. */
export function classify(path: string, config: ResolvedConfig, explicit: boolean): DocumentKind | undefined {
  const rel = relativePath(config.base, path);
  if (matcher(config.ignore)(rel)) return undefined;
  if (matcher(config.notes)(rel)) return 'note';
  if (matcher(config.entities)(rel)) return 'registry';
  if (matcher(config.bibliography)(rel) && isBibliographyPath(path)) return 'bibliography';
  if (explicit && (/\.(md|markdown)$/i.test(path) || isYamlNotePath(path))) return 'note';
  return undefined;
}

/** Normalises a platform path to the engine's `/`-separated absolute form. */
export function toEnginePath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** Error for a path that does not exist or matches no file. */
export class PathError extends Error {}

/** A file the project holds, with the kind its config gives it. */
export interface ProjectFile {
  path: string;
  kind: DocumentKind;
}

/** The files of a project, found but not read. */
export interface Discovery {
  configs: ConfigResolver;
  /** Files to report on, in walk order. */
  targets: ProjectFile[];
  /** Bibliographies and registries in reach of the targets but not reported on, in walk order. */
  shared: ProjectFile[];
}

/** Finds the project's files without reading them. Throws PathError for a missing or empty path. */
export function discoverProject(options: ProjectOptions): Discovery {
  const { root } = options;
  const configs = new ConfigResolver(root, options.configFile, options.ruleOverrides);
  const targets: ProjectFile[] = [];
  const seen = new Set<string>();
  for (const path of options.paths) {
    if (!existsSync(path)) throw new PathError(`no such file or folder: ${path}`);
    const isDir = statSync(path).isDirectory();
    const files = isDir ? walkFiles(path, isInside(root, path) ? root : path) : [path];
    let matched = 0;
    for (const file of files) {
      const kind = classify(file, configs.forFile(file), !isDir);
      if (!kind) continue;
      matched++;
      if (seen.has(file)) continue;
      seen.add(file);
      targets.push({ path: file, kind });
    }
    if (matched === 0) throw new PathError(isDir ? `no notes found in ${path}` : `not a note, bibliography or registry: ${path}`);
  }
  return { configs, targets, shared: sharedFiles(configs, targets, seen) };
}

/** Discovers and parses the project. Throws PathError for a missing or empty path. */
export function loadProject(options: ProjectOptions): Project {
  const { configs, targets: found, shared } = discoverProject(options);
  const workspace = new Workspace();
  const readFindings: Finding[] = [];
  const targets = found.filter((t) => addDocument(workspace, t.path, t.kind, readFindings)).map((t) => t.path);
  for (const file of shared) addDocument(workspace, file.path, file.kind, readFindings);
  followBibliographies(workspace, options.root);
  return { workspace, configs, targets, readFindings };
}

/**
 * Bibliographies and registries that a config's globs name are in reach of every note it governs,
 * even when the check was asked for one file or folder: read them too (they are not reported on).
 */
function sharedFiles(configs: ConfigResolver, targets: readonly ProjectFile[], seen: Set<string>): ProjectFile[] {
  const bases = new Map<string, ResolvedConfig>();
  for (const t of targets) {
    const config = configs.forFile(t.path);
    if (config.bibliography.length > 0 || config.entities.length > 0) bases.set(config.base, config);
  }
  const out: ProjectFile[] = [];
  for (const [base, config] of bases) {
    if (!existsSync(base)) continue;
    for (const file of walkFiles(base, base)) {
      if (seen.has(file) || configs.forFile(file) !== config) continue;
      const kind = classify(file, config, false);
      if (kind !== 'bibliography' && kind !== 'registry') continue;
      seen.add(file);
      out.push({ path: file, kind });
    }
  }
  return out;
}

/** Reads and parses one file into the workspace; false when it could not be read. */
export function addDocument(workspace: Workspace, file: string, kind: DocumentKind, findings: Finding[]): boolean {
  const read = readTextFile(file);
  if (!read.ok) {
    findings.push({ file, ruleId: 'note-syntax', severity: read.skipped ? 'info' : 'error', start: 0, end: 0, message: `The file was not checked: ${read.reason}.` });
    workspace.markUnreadable(file, read.reason);
    return false;
  }
  const doc = kind === 'note' ? parseNote(file, read.text) : kind === 'registry' ? parseRegistry(file, read.text) : parseBibliography(file, read.text, bibtexParser);
  if (read.warning) doc.problems.push({ start: 0, end: 0, message: read.warning });
  workspace.upsert(doc, { global: kind === 'bibliography' });
  return true;
}

/** The root's real path, so containment checks see through symbolic links. */
export function realRootOf(root: string): string {
  try {
    return toEnginePath(realpathSync(root));
  } catch {
    return root;
  }
}

/** Reads the bibliography files that notes name, refusing any that resolve outside the root. */
export function followBibliographies(workspace: Workspace, root: string): void {
  const realRoot = realRootOf(root);
  for (const note of workspace.notes()) followNoteBibliographies(workspace, realRoot, note);
}

/** Reads the bibliography files one note names that the workspace does not hold yet. */
export function followNoteBibliographies(workspace: Workspace, realRoot: string, note: NoteDocument): void {
  for (const path of workspace.bibliographyPaths(note)) {
    if (workspace.get(path) || workspace.unreadableReason(path)) continue;
    let real: string;
    try {
      real = toEnginePath(realpathSync(path));
    } catch {
      workspace.markUnreadable(path, 'no such file');
      continue;
    }
    if (!isInside(realRoot, real)) {
      workspace.markUnreadable(path, 'it is outside the workspace');
      continue;
    }
    if (!isBibliographyPath(path)) {
      workspace.markUnreadable(path, 'it is not a .json, .yaml, .yml or .bib file');
      continue;
    }
    const read = readTextFile(path);
    if (!read.ok) workspace.markUnreadable(path, read.reason);
    else workspace.upsert(parseBibliography(path, read.text, bibtexParser));
  }
}

/** Lints every target of a project; `progress` hears how many are done, now and then. */
export function lintProject(project: Project, progress?: (done: number) => void): Finding[] {
  const findings = [...project.readFindings];
  project.targets.forEach((path, i) => {
    const doc = project.workspace.get(path);
    if (doc) findings.push(...lintDocument(doc, project.workspace, project.configs.forFile(path)));
    if (progress && i % 100 === 99) progress(i + 1);
  });
  return findings;
}

