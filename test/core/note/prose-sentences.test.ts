/**
 * A host that keeps many notes releases their sentences between lints and splits them again from the
 * prose and the block spans a note keeps: that must give exactly the sentences the parse gave.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../../server/src/core/note';
import { releaseSentences, sentencesOf } from '../../../server/src/core/note/prose-sentences';
import { REPO } from '../../helpers/paths';

/** Every Markdown note of the examples and the rule fixtures. */
function notePaths(): string[] {
  return ['examples', 'test/fixtures/rules'].flatMap((dir) =>
    readdirSync(join(REPO, dir), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))
      .map((f) => join(REPO, dir, f)),
  );
}

describe('sentences released and split again', () => {
  const paths = notePaths();

  it('finds the notes to compare', () => {
    assert.ok(paths.length >= 40, `only ${paths.length} notes`);
  });

  it('are the sentences the parse gave, for every example and fixture note', () => {
    let compared = 0;
    for (const path of paths) {
      const note = parseNote(path, readFileSync(path, 'utf8'));
      const parsed = note.sentences;
      releaseSentences(note);
      if (parsed.length === 0) continue;
      assert.equal(note.sentences.length, 0, `${path}: not released`);
      assert.deepEqual(sentencesOf(note), parsed, path);
      // Split once: the note holds them again until the next release.
      assert.equal(sentencesOf(note), note.sentences);
      compared += parsed.length;
    }
    assert.ok(compared > 150, `only ${compared} sentences compared`);
  });

  it('leaves a YAML note, which has none, as it is', () => {
    const note = parseNote('/w/a.note.yaml', 'title: T\nclaims:\n  - id: c1\n    text: Officials approved it.\n');
    releaseSentences(note);
    assert.deepEqual(sentencesOf(note), []);
  });
});
