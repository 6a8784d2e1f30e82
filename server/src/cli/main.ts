/** The `policy-notes` command: argv -> command -> exit status (0 clean, 1 findings, 2 usage/config/I/O). */
import { formatRules } from './rules';
import { runInit } from './init';
import { runTimeline } from './timeline';
import { FatalError, runCheck } from './check';
import type { Io } from './check';
import { parseArgs, UsageError } from './args';
import { serveLintWorker } from '../host/lint-pool';

declare const POLICY_NOTES_VERSION: string | undefined;

const USAGE = `Usage: policy-notes <command> [options]

Commands:
  check [PATH...]     lint notes (PATH defaults to the current folder)
  timeline [PATH...]  every dated statement, resolved, in order (--format md|json|html)
  rules               list rules, default severities and descriptions
  init                write a commented .policy-notes.yaml

Options for check:
  --format stylish|json|sarif|github   output format (default stylish)
  --output FILE                        write the report to FILE
  --config FILE                        use this config instead of discovery
  --rule ID=SEVERITY                   override one rule (repeatable; SEVERITY may be off)
  --max-warnings N                     exit 1 when warnings exceed N
  --quiet                              report errors only
  --cache                              reuse results of unchanged notes (safe in CI: keyed by content,
                                       config, tool version and the other notes a result depends on)
  --cache-location PATH                cache folder (default .policy-notes-cache; implies --cache)
  --shard I/N                          report on the I-th of N stable parts of the files (CI matrix);
                                       cross-note rules still see every note
  --changed-since REF                  report only on files changed since the git ref REF (and
                                       untracked ones), checked against every note
  --jobs N                             worker threads (default: one per core on large runs; 1 = none)
`;

/** Runs the CLI with the given argv and I/O; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.version) {
      io.stdout(io.version + '\n');
      return 0;
    }
    if (args.help || !args.command) {
      (args.help ? io.stdout : io.stderr)(USAGE);
      return args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'check': return await runCheck(args, io);
      case 'timeline': return runTimeline(args, io);
      case 'rules': io.stdout(formatRules()); return 0;
      case 'init': {
        const result = runInit(io.cwd);
        if (result.error) {
          io.stderr(`policy-notes: ${result.error}\n`);
          return 2;
        }
        io.stdout(`Wrote ${result.written}\n`);
        return 0;
      }
      default: throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`policy-notes: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof FatalError) {
      io.stderr(`policy-notes: ${err.message}\n`);
      return 2;
    }
    io.stderr(`policy-notes: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

// Started as a check's worker thread, the bundle serves files instead of reading argv.
if (!serveLintWorker() && require.main === module) {
  void main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
    version: typeof POLICY_NOTES_VERSION === 'string' ? POLICY_NOTES_VERSION : '0.0.0',
    workerScript: __filename,
  }).then((code) => {
    process.exitCode = code;
  });
}
