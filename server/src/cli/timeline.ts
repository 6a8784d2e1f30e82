/** `policy-notes timeline`: every dated statement, resolved and in order, as md, json or html. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { relativePath } from '../core/paths';
import { timelineRows } from '../core/timeline';
import type { NoteDocument } from '../core/documents';
import type { Finding } from '../core/types';
import { formatConfigError } from '../host/configs';
import { lintProject, loadProject, PathError, toEnginePath } from '../host/project';
import { UsageError } from './args';
import type { Args } from './args';
import { FatalError } from './check';
import type { Io } from './check';
import { formatTimelineHtml } from './formatters/timeline-html';
import { formatTimelineJson } from './formatters/timeline-json';
import { formatTimelineMd } from './formatters/timeline-md';

/** Runs `timeline`; returns the exit status. */
export function runTimeline(args: Args, io: Io): number {
  const format = args.format ?? 'md';
  if (!['md', 'json', 'html'].includes(format)) throw new UsageError(`timeline --format must be md, json or html (got "${format}")`);
  const cwd = toEnginePath(io.cwd);
  const paths = (args.paths.length > 0 ? args.paths : ['.']).map((p) => toEnginePath(resolve(io.cwd, p)));
  let project;
  try {
    project = loadProject({ root: cwd, paths, configFile: args.config ? toEnginePath(resolve(io.cwd, args.config)) : undefined });
  } catch (err) {
    if (err instanceof PathError) throw new FatalError(err.message.replace(cwd + '/', ''));
    throw err;
  }
  if (project.configs.errors.length > 0) throw new FatalError(project.configs.errors.map((e) => formatConfigError(e, (p) => relativePath(cwd, p))).join('\n'));
  const findings = lintProject(project);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
  const notes = project.targets.map((p) => project.workspace.get(p)).filter((d): d is NoteDocument => d?.kind === 'note');
  const rows = timelineRows(notes, (p) => project.configs.forFile(p), (p) => byFile.get(p) ?? [], (p) => relativePath(cwd, p));
  const text = format === 'json' ? formatTimelineJson(rows) : format === 'html' ? formatTimelineHtml(rows) : formatTimelineMd(rows);
  if (args.output) writeFileSync(resolve(io.cwd, args.output), text);
  else io.stdout(text);
  return 0;
}
