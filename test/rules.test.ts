/**
 * Rule fixtures: every folder test/fixtures/rules/<rule-id>/ is a small workspace (its notes,
 * bibliographies, registries and config). Each note in it is one test: the findings of that rule
 * (and note-syntax) must be exactly the ones written inline. A `<case>.fixed.<ext>` file holds the
 * text after the rule's fixes; fixes are applied, compared, re-linted and applied again (idempotent).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { applyEdits } from '../server/src/core/fix';
import { lintDocument } from '../server/src/core/lint';
import { parseNote } from '../server/src/core/note';
import { lintProject, loadProject } from '../server/src/host/project';
import { readExpectations } from './helpers/expectations';
import { repoPath } from './helpers/paths';

const ROOT = repoPath('test/fixtures/rules');

function fixedPath(path: string): string | undefined {
  const fixed = path.replace(/(\.note\.ya?ml|\.md)$/, '.fixed$1');
  return fixed === path ? undefined : fixed;
}

for (const ruleId of readdirSync(ROOT).sort()) {
  describe(`rule ${ruleId}`, () => {
    const dir = `${ROOT}/${ruleId}`;
    const project = loadProject({ root: dir, paths: [dir] });
    const findings = lintProject(project).filter((f) => f.ruleId === ruleId || f.ruleId === 'note-syntax');
    // Every file that can hold an inline expectation is a case (JSON cannot, so it is only read).
    const cases = project.targets.filter((p) => /\.(md|ya?ml)$/.test(p) && !/\.fixed\.(md|note\.ya?ml)$/.test(p));
    for (const path of cases) {
      const name = path.slice(dir.length + 1);
      it(name, () => {
        const doc = project.workspace.get(path)!;
        const actual = findings
          .filter((f) => f.file === path)
          .map((f) => `${doc.lines.positionAt(f.start).line + 1}:${f.ruleId}`)
          .sort();
        const expected = readExpectations(doc.text);
        assert.deepEqual(actual, expected, `findings of ${name} (line:rule)`);
      });
      const fixed = fixedPath(path);
      if (!fixed || !existsSync(fixed)) continue;
      it(`${name} is fixed exactly and idempotently`, () => {
        const doc = project.workspace.get(path)!;
        const edits = findings.filter((f) => f.file === path && f.ruleId === ruleId).flatMap((f) => f.fix?.edits ?? []);
        assert.ok(edits.length > 0, 'the case has fixes');
        const once = applyEdits(doc.text, edits.filter((e) => e.file === path));
        assert.equal(once, readFileSync(fixed, 'utf8'));
        const relinted = parseNote(path, once);
        const config = project.configs.forFile(path);
        const again = lintDocument(relinted, project.workspace, config).filter((f) => f.ruleId === ruleId);
        assert.deepEqual(again.map((f) => f.message), [], 'no finding of the fixed rule remains');
        assert.equal(applyEdits(once, again.flatMap((f) => f.fix?.edits ?? [])), once, 'fixing again changes nothing');
      });
    }
  });
}
