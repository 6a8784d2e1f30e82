/**
 * The TextMate injection grammar, run the way VS Code runs it: vscode-textmate with the Oniguruma
 * engine, injected into the Markdown grammar VS Code ships (from tm-grammars). Each fixture under
 * test/fixtures/grammar/ is tokenized and compared with its committed `.snap`; UPDATE_GOLDEN=1
 * rewrites the snapshots.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { repoPath } from '../helpers/paths';

const INJECTION = 'markdown.policy-notes.injection';
const GRAMMARS: Record<string, string> = {
  'text.html.markdown': 'node_modules/tm-grammars/grammars/markdown.json',
  [INJECTION]: 'syntaxes/policy-notes.injection.tmLanguage.json',
};
const FIXTURES = repoPath('test/fixtures/grammar');

async function loadMarkdown(): Promise<IGrammar> {
  await oniguruma.loadWASM(readFileSync(repoPath('node_modules/vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    // Grammars the Markdown grammar embeds (YAML, HTML, code languages) are absent, as in a bare editor.
    loadGrammar: async (scope) => (GRAMMARS[scope] ? parseRawGrammar(readFileSync(repoPath(GRAMMARS[scope]), 'utf8'), GRAMMARS[scope]) : null),
    getInjections: (scope) => (scope === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar loads');
  return grammar;
}

/** Every token of a text: its line, text and scopes (the Markdown root left out). */
function tokenize(grammar: IGrammar, text: string): { line: number; text: string; scopes: string[] }[] {
  const out: { line: number; text: string; scopes: string[] }[] = [];
  let stack = INITIAL;
  text.split('\n').forEach((line, i) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) });
    stack = result.ruleStack;
  });
  return out;
}

/** One line per line of the fixture, then one indented line per token that carries a scope. */
function snapshot(grammar: IGrammar, text: string): string {
  const tokens = tokenize(grammar, text);
  return text
    .split('\n')
    .map((line, i) => [`> ${line}`, ...tokens.filter((t) => t.line === i && t.scopes.length > 0).map((t) => `  ${JSON.stringify(t.text)}  ${t.scopes.join(' ')}`)].join('\n'))
    .join('\n') + '\n';
}

/** The scopes of the token that starts at the nth occurrence of `needle` in a one-line text. */
function scopesAt(grammar: IGrammar, line: string, needle: string, nth = 1): string[] {
  let index = -1;
  for (let n = 0; n < nth; n++) index = line.indexOf(needle, index + 1);
  return tokenize(grammar, line).reduce<{ at: number; scopes: string[] }>((acc, t) => (acc.at <= index ? { at: acc.at + t.text.length, scopes: t.scopes } : acc), { at: 0, scopes: [] }).scopes;
}

const KEY = 'entity.name.tag.reference.citation.markdown';

describe('grammar: Markdown injection', function () {
  this.timeout(20_000);
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadMarkdown();
  });

  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) {
    it(`tokenizes ${file} as its snapshot says`, () => {
      const actual = snapshot(grammar, readFileSync(`${FIXTURES}/${file}`, 'utf8'));
      const path = `${FIXTURES}/${file.replace(/\.md$/, '.snap')}`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
      assert.ok(existsSync(path), `${path} is missing; run with UPDATE_GOLDEN=1`);
      assert.equal(actual, readFileSync(path, 'utf8'));
    });
  }

  it('marks citation keys, the suppressed author and the brackets', () => {
    const line = 'Sold [see @reuters-2025, p. 4; -@xinhua] as @khan said.';
    assert.ok(scopesAt(grammar, line, 'reuters-2025').includes(KEY));
    assert.ok(scopesAt(grammar, line, '-@').includes('keyword.operator.suppress-author.markdown'));
    assert.ok(scopesAt(grammar, line, '[').includes('punctuation.definition.citation.begin.markdown'));
    assert.ok(scopesAt(grammar, line, 'khan').includes(KEY));
    assert.ok(!scopesAt(grammar, line, 'Sold').some((s) => s.includes('citation')));
  });

  it('ends a key where Pandoc does: before trailing punctuation and doubled dashes', () => {
    const line = '@Foo_bar.baz. and @Foo_bar--baz';
    assert.deepEqual(tokenize(grammar, line).filter((t) => t.scopes.includes(KEY)).map((t) => t.text), ['Foo_bar.baz', 'Foo_bar']);
  });

  it('leaves e-mail addresses, code, URLs and plain brackets alone', () => {
    for (const [line, needle] of [
      ['Write to press@example.org today.', 'example'],
      ['The code `@key` stays code.', 'key'],
      ['See https://example.org/@user now.', 'user'],
      ['A [link](https://example.org/@person) here.', 'person'],
      ['Just [plain text] here.', '['],
    ]) {
      assert.ok(!scopesAt(grammar, line, needle).some((s) => s.includes('citation')), line);
    }
  });

  it('marks footnote markers and definitions, and the keyword and rules of a control comment', () => {
    assert.ok(scopesAt(grammar, 'Seized.[^1]', '1').includes('constant.other.reference.link.footnote.markdown'));
    assert.ok(scopesAt(grammar, '[^1]: Reuters.', ':').includes('punctuation.separator.key-value.markdown'));
    const comment = 'Text. <!-- policy-notes-disable-line claim-hedged -->';
    assert.ok(scopesAt(grammar, comment, 'policy-notes').includes('keyword.control.directive.policy-notes'));
    assert.ok(scopesAt(grammar, comment, 'claim-hedged').includes('constant.other.rule-id.policy-notes'));
  });
});
