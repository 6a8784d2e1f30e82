/**
 * fast-check generators of realistic notes: front matter in every shape the fixes edit (none, no
 * `references:`, an empty list, a block list, a flow list), and bodies citing a small pool of keys so
 * citations both resolve and dangle. Line endings are always `\n`; tests derive other forms.
 */
import fc from 'fast-check';

/** Keys cited and defined; some need quoting in YAML or stop a citation early. */
const KEYS = ['a', 'smith-2020', 'b.c', 'x:y', 'münchen', 'k#1', 'a_b', 'z9'];

const key = fc.constantFrom(...KEYS);

const referenceList = fc.tuple(fc.constantFrom('none', 'empty', 'block', 'flow'), fc.uniqueArray(key, { maxLength: 4 })).map(([shape, ids]) => {
  if (shape === 'none') return '';
  if (shape === 'empty') return 'references: []\n';
  if (shape === 'flow') return `references: [${ids.map((id) => `{id: ${JSON.stringify(id)}}`).join(', ')}]\n`;
  return 'references:\n' + ids.map((id) => `  - id: ${JSON.stringify(id)}\n    title: Title of ${id}\n`).join('');
});

const frontMatter = fc.option(
  fc.tuple(fc.constantFrom('', 'title: T\n'), fc.constantFrom('', 'date: 2026-02-24\n'), referenceList, fc.constantFrom('', 'nocite: "@a"\n')).map((parts) => `---\n${parts.join('')}---\n`),
  { nil: '' },
);

const bodyPiece = fc.oneof(
  key.map((k) => `[@${k}]`),
  fc.tuple(key, key).map(([a, b]) => `[@${a}; @${b}, p. 4]`),
  key.map((k) => `@${k} says`),
  fc.constantFrom(
    'The ministry said 40 people attended. ', 'In December, officials met. ', 'It may have risen on 03/04/2026. ',
    'Sources said 5 million. ', '\n\n', '\n', '- item ', '> ', '`code [@a]` ', '[^1] ', '\n\n[^1]: Footnote [@b].\n', '# Heading\n',
    '<!-- policy-notes-disable-next-line -->\n', '“quoted” ', '🚀 ', 'é ', '| x | y |\n|---|---|\n',
  ),
);

/** A Markdown note: optional front matter and a body of prose, citations and blocks. */
export const markdownNote = fc.tuple(frontMatter, fc.array(bodyPiece, { maxLength: 25 })).map(([fm, body]) => fm + body.join(''));

/** A YAML note whose claims cite keys from the same pool. */
export const yamlNote = fc
  .tuple(referenceList, fc.array(fc.tuple(key, fc.constantFrom('The minister said 40 people came.', 'Prices rose.')), { maxLength: 4 }))
  .map(([refs, claims]) => `title: T\ndate: 2026-02-24\n${refs}` + (claims.length ? 'claims:\n' + claims.map(([k, text], i) => `  - id: c${i}\n    text: ${text}\n    sources: ["${k}"]\n`).join('') : ''));
