/**
 * The full engine on in-memory files, as one check run sees them: every file parsed into one
 * workspace, then every note linted with all rules. Used inside child-process probes.
 */
import { defaultConfig } from '../../server/src/core/config';
import { lintDocument } from '../../server/src/core/lint';
import { parseNote } from '../../server/src/core/note';
import { Workspace } from '../../server/src/core/workspace';

/** One file to check: an absolute engine path and its text. */
export interface ProbeFile {
  path: string;
  text: string;
}

/** What the engine made of one file: how long it took and a sample of its findings. */
export interface FileResult {
  path: string;
  ms: number;
  count: number;
  findings: Array<{ ruleId: string; severity: string; start: number; end: number; message: string }>;
}

/** Parses and lints `files` in order in this process; keeps the first `sample` findings of each. */
export function checkFiles(files: readonly ProbeFile[], sample = 20): FileResult[] {
  const workspace = new Workspace();
  const parseMs = new Map<string, number>();
  for (const f of files) {
    const started = performance.now();
    workspace.upsert(parseNote(f.path, f.text));
    parseMs.set(f.path, performance.now() - started);
  }
  const config = defaultConfig('/w');
  return files.map((f) => {
    const started = performance.now();
    const findings = lintDocument(workspace.get(f.path)!, workspace, config);
    const ms = (parseMs.get(f.path) ?? 0) + performance.now() - started;
    return {
      path: f.path,
      ms,
      count: findings.length,
      findings: findings.slice(0, sample).map(({ ruleId, severity, start, end, message }) => ({ ruleId, severity, start, end, message })),
    };
  });
}
