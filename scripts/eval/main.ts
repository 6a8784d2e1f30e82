/**
 * The evaluation command of SPEC §5.1: `eval uncertainty FILE... --json` and `eval timeml DIR... --json`.
 * It only converts the research formats; the engine's own detectors make every decision.
 */
import { runUncertainty } from './uncertainty';
import { runTimeml } from './timeml';

const USAGE = 'usage: eval uncertainty FILE... [--json] | eval timeml DIR... [--json]';

async function main(argv: string[]): Promise<number> {
  const [task, ...rest] = argv;
  const json = rest.includes('--json');
  const paths = rest.filter((a) => a !== '--json');
  if (!task || paths.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  let result: object;
  if (task === 'uncertainty') result = await runUncertainty(paths);
  else if (task === 'timeml') result = await runTimeml(paths);
  else {
    process.stderr.write(`eval: unknown task "${task}"\n${USAGE}\n`);
    return 2;
  }
  process.stdout.write(json ? JSON.stringify(result) + '\n' : JSON.stringify(result, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
