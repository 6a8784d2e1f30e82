/** `policy-notes timeline`: every dated statement, resolved and in order, as md, json or html. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { relativePath } from '../core/paths';
import { noteTimeline, sortTimeline } from '../core/timeline';
import type { TimelineEntry } from '../core/timeline';
import { formatConfigError } from '../host/configs';
import { lintProject, loadProject, PathError, toEnginePath } from '../host/project';
import { UsageError } from './args';
import type { Args } from './args';
import { FatalError } from './check';
import type { Io } from './check';
import { formatTimelineHtml } from './formatters/timeline-html';
import { formatTimelineJson } from './formatters/timeline-json';
import { formatTimelineMd } from './formatters/timeline-md';

/** A timeline entry in output form: path relative to the current folder, 1-based line and column. */
export interface TimelineRow extends Omit<TimelineEntry, 'start'> {
  line: number;
  column: number;
}

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
  const entries: TimelineEntry[] = [];
  for (const path of project.targets) {
    const doc = project.workspace.get(path);
    if (doc?.kind !== 'note') continue;
    entries.push(...noteTimeline(doc, project.configs.forFile(path), findings.filter((f) => f.file === path)));
  }
  const rows: TimelineRow[] = sortTimeline(entries).map(({ start, ...rest }) => {
    const pos = project.workspace.get(rest.file)!.lines.positionAt(start);
    return { ...rest, file: relativePath(cwd, rest.file), line: pos.line + 1, column: pos.character + 1 };
  });
  const text = format === 'json' ? formatTimelineJson(rows) : format === 'html' ? formatTimelineHtml(rows) : formatTimelineMd(rows);
  if (args.output) writeFileSync(resolve(io.cwd, args.output), text);
  else io.stdout(text);
  return 0;
}
