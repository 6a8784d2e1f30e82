/**
 * Properties of the parser and the source rules on generated notes: nothing throws, every range
 * stays inside its document, and applying all fixes leaves no finding of the rule that was fixed.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/fix';
import { lintDocument } from '../../server/src/core/lint';
import { parseNote } from '../../server/src/core/note';
import { Workspace } from '../../server/src/core/workspace';

const pieces = [
  '---\n', 'title: T\n', 'date: 2026-02-24\n', 'references:\n', '  - id: a\n', '    title: A\n', '    issued: 2026-02-30\n',
  '[@a]', '[@b; @c, p. 4]', '@a', '@{x y}', '[^1]', '[^1]: note [@d]\n', '`code [@e]`', '```\n', '> ', '- ', '| x | y |\n|---|---|\n',
  '<!-- policy-notes-disable-next-line -->\n', '<b>', 'https://example.org/@x', 'me@example.org', '\n', '\n\n', ' ', 'May', '“', '🚀', '\\', '[', ']', '(', ')',
  'text ', 'The ministry said. ', 'U.S. ', 'Dr. ', '\r\n', '#', '# expect\n', '*', '_',
];
const note = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

function lint(path: string, text: string) {
  const doc = parseNote(path, text);
  const ws = new Workspace();
  ws.upsert(doc);
  return { doc, findings: lintDocument(doc, ws, defaultConfig('/w')) };
}

describe('parser and source-rule properties', () => {
  it('never throws and keeps every range inside the note (Markdown and YAML)', () => {
    fc.assert(
      fc.property(note, fc.boolean(), (text, yaml) => {
        const { doc, findings } = lint(yaml ? '/w/n.note.yaml' : '/w/n.md', text);
        assert.equal(doc.prose.length, text.length);
        for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, JSON.stringify(f));
        for (const c of doc.citations) assert.ok(c.keySpan.end <= text.length);
        for (const s of doc.sentences) assert.ok(s.span.start < s.span.end && s.span.end <= text.length);
      }),
      { numRuns: 400 },
    );
  });
  it('applying every fix leaves no finding of the fixed rule, and is idempotent', () => {
    fc.assert(
      fc.property(note, (text) => {
        const { findings } = lint('/w/n.md', text);
        const fixed = findings.filter((f) => f.fix);
        if (fixed.length === 0) return;
        const once = applyEdits(text, fixed.flatMap((f) => f.fix!.edits));
        const after = lint('/w/n.md', once).findings;
        for (const rule of new Set(fixed.map((f) => f.ruleId))) {
          const before = findings.filter((f) => f.ruleId === rule).length;
          const remaining = after.filter((f) => f.ruleId === rule && f.fix).length;
          assert.ok(remaining < before || remaining === 0, `${rule} fixed on ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
