import { strict as assert } from 'node:assert';
import { parseConfig } from '../../server/src/core/config';

const RULES = ['claim-hedged', 'citation-undefined'];
const parse = (text: string) => parseConfig('/w/.policy-notes.yaml', '/w', text, RULES);

describe('configuration', () => {
  it('reads every setting of SPEC §6', () => {
    const { config, problems } = parse(
      'notes: ["**/*.md"]\nignore: ["README.md"]\nbibliography: ["refs/**/*.yaml"]\nentities: ["**/entities.yaml"]\ndate-order: DMY\nrules:\n  claim-hedged: off\n  citation-undefined: warning\nhedges: {add: ["in all likelihood"], remove: ["could"]}\nanonymous: {add: ["a person close to the company"]}\nclaims: {citation-scope: paragraph}\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'claim-hedged': 'off', 'citation-undefined': 'warning' });
    assert.equal(config.dateOrder, 'DMY');
    assert.deepEqual(config.hedges, { add: ['in all likelihood'], remove: ['could'] });
    assert.equal(config.claims.citationScope, 'paragraph');
  });
  it('names the key of every problem and never falls back silently', () => {
    const { problems } = parse('rules:\n  no-such-rule: error\n  claim-hedged: loud\ndate-order: XYZ\nnotess: []\nhedges: {add: 3}\n');
    const messages = problems.map((p) => p.message);
    assert.equal(messages.length, 5);
    assert.match(messages[0], /rules\.no-such-rule/);
    assert.match(messages[1], /rules\.claim-hedged/);
    assert.match(messages[2], /date-order/);
    assert.match(messages[3], /"notess" is not a setting/);
    assert.match(messages[4], /hedges\.add/);
  });
  it('reports invalid YAML with its position', () => {
    const { problems } = parse('rules: [unclosed\n');
    assert.ok(problems.length > 0);
    assert.match(problems[0].message, /^YAML/);
  });
});
