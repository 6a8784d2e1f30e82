/**
 * The body of a suite's `run()`: mocha, run programmatically inside the extension host on the
 * `*.e2e.js` files beside the entry point, ending with the one summary line "N passed, N failed".
 * The counts are also written to results.json beside the suite, where the runner outside reads them.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Runs every `*.e2e.js` in `dir`; rejects when a test failed, as the extension test host expects. */
export function runMocha(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.e2e.js')).sort()) mocha.addFile(join(dir, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      writeFileSync(join(dir, 'results.json'), JSON.stringify({ passed, failed: failures }));
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} end-to-end tests failed`));
      else resolve();
    });
  });
}
