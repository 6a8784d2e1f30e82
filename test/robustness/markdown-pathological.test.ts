/**
 * The CommonMark (cmark) and markdown-it pathological inputs through the full engine, each within
 * 2 s with a sensible result: the note is read, the prose keeps every offset, findings stay inside.
 */
import { strict as assert } from 'node:assert';
import { parseNote } from '../../server/src/core/note';
import { checkFiles } from './engine-probe';
import { markdownCases } from './hostile-inputs.mjs';

describe('pathological Markdown through parseNote and every rule', () => {
  for (const [name, generate] of Object.entries(markdownCases)) {
    it(`${name}: within 2 s`, function () {
      this.timeout(10_000);
      const text = generate();
      const [result] = checkFiles([{ path: '/w/n.md', text }]);
      assert.ok(result.ms < 2000, `${Math.round(result.ms)} ms`);
      for (const f of result.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, JSON.stringify(f));
      assert.equal(parseNote('/w/n.md', text).prose.length, text.length);
    });
  }
});
