/** Entry point of the end-to-end suite, called by the extension test host with workspace trust off. */
import { runMocha } from '../helpers/run-mocha';

/** Runs every test of this suite. */
export function run(): Promise<void> {
  return runMocha(__dirname);
}
