// Hostile inputs shared by the robustness tests (mocha) and `npm run test:robustness`.
// The Markdown set is ported from commonmark/cmark test/pathological_tests.py (full sizes) and
// markdown-it's pathological tests; the YAML set covers nesting, key count and alias bombs.

const R = (s, n) => s.repeat(n);

/** cmark's "reference collisions": 25,000 labels that all land in one bucket of cmark's hash map. */
function referenceCollisions() {
  const buckets = 16;
  const count = 25000;
  const collides = (ref) => {
    let h = 0;
    for (const c of ref) h = (c.charCodeAt(0) + ((h << 6) >>> 0) + ((h << 16) >>> 0) - h) >>> 0;
    return h % buckets === 0;
  };
  const keys = [];
  for (let i = 0; keys.length < count; i++) if (collides('x' + i)) keys.push('x' + i);
  return keys.slice(1).map((k) => `[${k}]: /url\n\n[${keys[0]}]\n\n`).join('');
}

const ordinary = '# Heading\n\nSome *text* with a [link](http://x.y) and `code`.\n\n- item\n- item\n\n';

/** Markdown bodies that make naive parsers quadratic or recursive, by name. */
export const markdownCases = {
  'nested strong emph': () => R('*a **a ', 32500) + 'b' + R(' a** a*', 32500),
  'many emph closers with no openers': () => R('a_ ', 32500),
  'many emph openers with no closers': () => R('_a ', 32500),
  'many link closers with no openers': () => R('a]', 32500),
  'many link openers with no closers': () => R('[a', 32500),
  'mismatched openers and closers': () => R('*a_ ', 25000),
  'issue #389': () => R('*a ', 20000) + R('_a*_ ', 20000),
  'openers and closers multiple of 3': () => 'a**b' + R('c* ', 25000),
  'link openers and emph closers': () => R('[ a_', 25000),
  'pattern [ (]( repeated': () => R('[ (](', 40000),
  'pattern ![[]() repeated': () => R('![[]()', 160000),
  'nested brackets': () => R('[', 25000) + 'a' + R(']', 25000),
  'nested block quotes': () => R('> ', 25000) + 'a',
  'deeply nested lists': () => Array.from({ length: 500 }, (_, x) => R('  ', x) + '* a\n').join(''),
  'U+0000 in input': () => R('abc\u0000de\u0000', 100000),
  'backticks': () => Array.from({ length: 2499 }, (_, x) => 'e' + R('`', x + 1)).join(''),
  'unclosed links A': () => R('[a](<b', 30000),
  'unclosed links B': () => R('[a](b', 30000),
  'unclosed <!--': () => '</' + R('<!--', 300000),
  'empty lines in deeply nested lists': () => R('- ', 30000) + 'x' + R('\n', 30000),
  'empty lines in deeply nested lists in blockquote': () => '> ' + R('- ', 30000) + 'x\n' + R('>\n', 30000),
  'emph in deep blockquote': () => R('>', 100000) + R('a*', 100000),
  'reference collisions': referenceCollisions,
  'nested inlines': () => R('*', 20000) + 'a' + R('*', 20000),
  'markdown-it emphasis **_* pattern': () => R('**_* ', 50000),
  'markdown-it backtick pattern': () => R('``\\', 50000),
  'markdown-it autolinks <<<…<>': () => R('<', 400000) + '>',
  'markdown-it hardbreak whitespaces': () => 'x' + R(' ', 150000) + 'x  \nx',
  'ordinary note 500 KB': () => R(ordinary, 7000),
};

/** Large but ordinary notes, slower than the pathological set only because they are big. */
export const largeMarkdownCases = {
  'ordinary note 5 MB': () => R(ordinary, 70000),
  'nested lists 5000 deep (24 MB)': () => Array.from({ length: 5000 }, (_, x) => R('  ', x) + '* a\n').join(''),
};

/** Openers that each add one level of YAML nesting when repeated (block, compact and flow forms). */
export const yamlNestingOpeners = ['- ', '? ', '- ? ', '? - ', '-\t', '&a - ', '!t - ', '- &a ', '[', '{a: ', '{', '- [', ': '];

/** `opener` repeated `n` times, closed by a scalar: n levels of nesting in n×|opener| characters. */
export function nestedYaml(opener, n) {
  return R(opener, n) + '1';
}

/** A mapping with `n` distinct keys (the parser's own duplicate check is quadratic in this). */
export function manyKeys(n) {
  return Array.from({ length: n }, (_, i) => `k${i}: v${i}`).join('\n') + '\n';
}

/** The "billion laughs" alias bomb: 9 levels of 9 aliases each, 9^9 nodes if ever expanded. */
export function billionLaughs() {
  const names = 'abcdefghi';
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${R(`*${names[i - 1]},`, 8)}*${names[i - 1]}]`);
  return lines.join('\n') + '\n';
}

/** One anchored list referenced `n` times: quadratic if aliases were expanded when read. */
export function aliasFlood(n) {
  return 'base: &b [' + R('x, ', 1000) + 'x]\nrefs:\n' + R('  - *b\n', n);
}

/** Wraps YAML as the front matter of a Markdown note with one sentence of body. */
export function asFrontMatter(yaml) {
  return `---\n${yaml.endsWith('\n') ? yaml : yaml + '\n'}---\nThe ministry said 40 people attended.\n`;
}
