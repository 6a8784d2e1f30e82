// CSL reference entries for the synthetic notes: generated with the seeded stream and written as
// CSL-YAML (front matter `references:` and the shared bibliography file use the same writer).
import { chance, int, pad, pick } from './rng.mjs';
import { fill, PUBLISHERS } from './prose.mjs';

const ID_WORDS = ['rule', 'chips', 'exports', 'talks', 'hearing', 'smuggling', 'cloud', 'memo', 'licenses', 'tariffs'];
const TITLES = [
  '{Agency} {verb_past} rules on {product}', '{Company} faces new limits in {Country}', 'Inside the fight over {policy}',
  'How {product} reach {Country}', '{Official} on {policy}', 'What {policy} means for {Company}',
];
const RELIABILITY = ['primary', 'secondary', 'secondary', 'anonymous', 'unverified'];
const AUTHORS = [['Arden', 'Jo'], ['Soto', 'Miguel'], ['Lindahl', 'Kari'], ['Nakamura', 'Aiko'], ['Osei', 'Kwame'], ['Brandt', 'Lena']];
const DAY = 86400000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `n` references, issued within four years before `asOf` (an ISO date) and accessed up to 400 days
 * after issue. Ids look like `ledger2024rule`; `suffix(i)` is appended to the i-th id (the shared
 * bibliography uses `-<i>` so its ids never collide with a note's own). So that the source rules
 * have work, about 3% are issued after `asOf`, 3% accessed before issue, 3% lack a URL, 3% an issued date.
 */
export function makeReferences(n, asOf, suffix = () => '') {
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
  const out = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const [publisher, host] = pick(PUBLISHERS);
    const issuedMs = asOfMs + (chance(0.03) ? int(1, 200) : -int(0, 1460)) * DAY;
    const [y, m, d] = isoDay(issuedMs).split('-').map(Number);
    const stem = publisher.toLowerCase().replace(/^the /, '').replace(/[^a-z]+/g, '').slice(0, 8);
    let id = `${stem}${y}${pick(ID_WORDS)}`;
    while (used.has(id)) id += String.fromCharCode(97 + int(0, 25));
    used.add(id);
    const title = fill(pick(TITLES)).replace(/"/g, "'");
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    const type = pick(['article-newspaper', 'webpage', 'report', 'legislation']);
    out.push({
      id: id + suffix(i),
      type,
      title,
      author: chance(0.4) ? pick(AUTHORS) : undefined,
      container: type === 'article-newspaper' ? publisher : undefined,
      publisher: type === 'article-newspaper' ? undefined : publisher,
      URL: chance(0.97) ? `https://${host}/${y}/${pad(m)}/${slug}` : undefined,
      issued: chance(0.03) ? undefined : chance(0.7) ? isoDay(issuedMs) : [y, m, d],
      accessed: chance(0.5) ? isoDay(issuedMs + (chance(0.03) ? -int(1, 100) : int(0, 400)) * DAY) : undefined,
      reliability: chance(0.7) ? pick(RELIABILITY) : undefined,
    });
  }
  return out;
}

function yamlStr(s) {
  return /[:#"'[\]{},&*!|>%@`]/.test(s) ? JSON.stringify(s) : s;
}

/** CSL-YAML lines for a list of references, each line prefixed with `indent`. */
export function referencesYaml(refs, indent) {
  const L = [];
  const add = (...lines) => lines.forEach((s) => L.push(indent + s));
  for (const r of refs) {
    add(`- id: ${r.id}`);
    add(`  type: ${r.type}`);
    add(`  title: ${yamlStr(r.title)}`);
    if (r.author) add(`  author:`, `    - family: ${r.author[0]}`, `      given: ${r.author[1]}`);
    if (r.container) add(`  container-title: ${yamlStr(r.container)}`);
    if (r.publisher) add(`  publisher: ${yamlStr(r.publisher)}`);
    if (r.URL) add(`  URL: ${r.URL}`);
    if (typeof r.issued === 'string') add(`  issued: ${r.issued}`);
    else if (r.issued) add(`  issued:`, `    date-parts:`, `      - [${r.issued.join(', ')}]`);
    if (r.accessed) add(`  accessed: ${r.accessed}`);
    if (r.reliability) add(`  reliability: ${r.reliability}`);
  }
  return L;
}
