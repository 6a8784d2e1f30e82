/** `policy-notes check`: discover, lint, report, and choose the exit status. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEVERITIES } from '../core/types';
import type { Severity, SeveritySetting } from '../core/types';
import { RULES } from '../core/rules';
import { formatConfigError } from '../host/configs';
import { lintProject, loadProject, PathError, toEnginePath } from '../host/project';
import { relativePath } from '../core/paths';
import { UsageError } from './args';
import type { Args } from './args';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { toReport } from './report';
import type { Report } from './report';

const FORMATS = ['stylish', 'json', 'sarif', 'github'];

/** Where the CLI writes, so tests can run it in-process. */
export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  version: string;
}

/** A failure that exits 2 with a message naming the file and the problem. */
export class FatalError extends Error {}

function ruleOverrides(args: Args): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const { id, severity } of args.rules) {
    if (!RULES.some((r) => r.id === id)) throw new UsageError(`--rule: there is no rule "${id}" (run "policy-notes rules")`);
    if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity)) {
      throw new UsageError(`--rule ${id}: the severity must be error, warning, info, hint or off (got "${severity}")`);
    }
    out[id] = severity as SeveritySetting;
  }
  return out;
}

function format(report: Report, args: Args, io: Io): string {
  switch (args.format ?? 'stylish') {
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report, RULES, io.version);
    case 'github': return formatGithub(report);
    default: return formatStylish(report, io.isTty && !args.output);
  }
}

/** Runs `check`; returns the exit status. */
export function runCheck(args: Args, io: Io): number {
  if (args.format && !FORMATS.includes(args.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${args.format}")`);
  const overrides = ruleOverrides(args);
  const cwd = toEnginePath(io.cwd);
  const paths = (args.paths.length > 0 ? args.paths : ['.']).map((p) => toEnginePath(resolve(io.cwd, p)));
  const configFile = args.config ? toEnginePath(resolve(io.cwd, args.config)) : undefined;
  let project;
  try {
    project = loadProject({ root: cwd, paths, configFile, ruleOverrides: overrides });
  } catch (err) {
    if (err instanceof PathError) throw new FatalError(err.message.replace(cwd + '/', ''));
    throw err;
  }
  if (configFile) project.configs.forDir(cwd);
  if (project.configs.errors.length > 0) {
    throw new FatalError(project.configs.errors.map((e) => formatConfigError(e, (p) => relativePath(cwd, p))).join('\n'));
  }
  const total = project.targets.length;
  const progress = io.isTty && total > 300 ? (n: number) => io.stderr(`\rChecked ${n} of ${total} files`) : undefined;
  let findings = lintProject(project, progress);
  if (progress) io.stderr('\r\x1b[K');
  if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
  const report = toReport(findings, project.workspace, cwd, total + project.readFindings.length);
  const text = format(report, args, io);
  if (args.output) {
    try {
      writeFileSync(resolve(io.cwd, args.output), text);
    } catch (err) {
      throw new FatalError(`cannot write ${args.output}: ${err instanceof Error ? err.message : String(err)}`);
    }
  } else io.stdout(text);
  const count = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  if (count('error') > 0) return 1;
  if (args.maxWarnings !== undefined && count('warning') > args.maxWarnings) return 1;
  return 0;
}
