/** Entry point of the restricted-mode run: workspace trust on, the folder not trusted. */
import { runMocha } from '../helpers/run-mocha';

/** Runs every test of this suite. */
export function run(): Promise<void> {
  return runMocha(__dirname);
}
