import { strict as assert } from 'node:assert';
import { parseCitationGroup, readKey } from '../../../server/src/core/note/citation-grammar';

const key = (text: string): string | undefined => readKey(text, 0)?.key;

describe('Pandoc citation keys', () => {
  it('reads simple keys and stops at punctuation that is not internal', () => {
    assert.equal(key('doe99 says'), 'doe99');
    assert.equal(key('Foo_bar.baz.'), 'Foo_bar.baz');
    assert.equal(key('Foo_bar--baz'), 'Foo_bar');
    assert.equal(key('smith:2004/a,'), 'smith:2004/a');
    assert.equal(key('reuters-2025-12-09]'), 'reuters-2025-12-09');
  });
  it('allows "//" after ":" or "/" and braced keys with any characters', () => {
    assert.equal(key('http://example.org/x'), 'http://example.org/x');
    assert.equal(key('{https://example.org/bib?x=1&y=2}'), 'https://example.org/bib?x=1&y=2');
    assert.equal(key('{unclosed'), undefined);
  });
  it('rejects keys that start with punctuation and reads letters of any script', () => {
    assert.equal(key('-doe'), undefined);
    assert.equal(key('.doe'), undefined);
    assert.equal(key('Müller2020 argues'), 'Müller2020');
    assert.equal(key('_private'), '_private');
  });
});

describe('Pandoc citation groups', () => {
  const group = (inner: string) => parseCitationGroup(inner, 0, inner.length);
  it('splits items on semicolons with prefixes, suppress-author and locators', () => {
    const items = group('see @doe99, pp. 33-35 and *passim*; -@smith04, chap. 1')!;
    assert.deepEqual(items.map((i) => i.key), ['doe99', 'smith04']);
    assert.equal(items[0].locator, 'pp. 33-35 and *passim*');
    assert.equal('see @doe99, pp. 33-35 and *passim*; -@smith04, chap. 1'.slice(items[1].itemStart, items[1].itemEnd), '-@smith04');
  });
  it('is not a citation group when an item has no key or the @ is inside a word', () => {
    assert.equal(group('@doe99; and more'), undefined);
    assert.equal(group('mail press@example.org'), undefined);
    assert.equal(group('no keys here'), undefined);
  });
});
