/** Command-line parsing for `policy-notes`: flags of SPEC §5, with usage errors as exceptions. */

/** A usage error: exit status 2 with its message. */
export class UsageError extends Error {}

/** The parsed command line. */
export interface Args {
  command: string;
  paths: string[];
  format?: string;
  output?: string;
  config?: string;
  rules: Array<{ id: string; severity: string }>;
  maxWarnings?: number;
  quiet: boolean;
  /** `--cache`: reuse results of unchanged notes; `cacheLocation` is where (`--cache-location`). */
  cache: boolean;
  cacheLocation?: string;
  /** `--shard i/n`, as written. */
  shard?: string;
  /** `--changed-since REF`: report only on files changed since this git ref. */
  changedSince?: string;
  /** `--jobs N`: worker threads (1 = none); unset = one per core when the run is large enough. */
  jobs?: number;
  help: boolean;
  version: boolean;
}

const VALUE_FLAGS = new Set(['--format', '--output', '--config', '--rule', '--max-warnings', '--cache-location', '--shard', '--changed-since', '--jobs']);

/** Parses argv (without `node` and the script). */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: '', paths: [], rules: [], quiet: false, cache: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUE_FLAGS.has(arg) && value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
    }
    switch (arg) {
      case '--format': args.format = value; break;
      case '--output': args.output = value; break;
      case '--config': args.config = value; break;
      case '--rule': {
        const m = /^([\w-]+)=(\w+)$/.exec(value ?? '');
        if (!m) throw new UsageError(`--rule takes ID=SEVERITY, as in --rule claim-hedged=off (got "${value}")`);
        args.rules.push({ id: m[1], severity: m[2] });
        break;
      }
      case '--max-warnings': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings takes a whole number (got "${value}")`);
        args.maxWarnings = n;
        break;
      }
      case '--quiet': args.quiet = true; break;
      case '--cache': args.cache = true; break;
      case '--cache-location': args.cacheLocation = value; args.cache = true; break;
      case '--shard': args.shard = value; break;
      case '--changed-since': args.changedSince = value; break;
      case '--jobs': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number ≥ 1 (got "${value}")`);
        args.jobs = n;
        break;
      }
      case '-h': case '--help': args.help = true; break;
      case '-v': case '--version': args.version = true; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        if (!args.command) args.command = arg;
        else args.paths.push(arg);
    }
  }
  return args;
}
