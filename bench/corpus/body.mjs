// The Markdown body of a synthetic note: headings, paragraphs, lists, quotes, TODOs, Pandoc
// citations, narrative @key citations, links, footnote markers and their definitions.
// `ctx` = { local: the note's own references, shared: ids of the shared bibliography, fn: footnotes so far }.
import { chance, int, pick, R } from './rng.mjs';
import { COMPANIES, fill, HEADINGS, pct, TEMPLATES } from './prose.mjs';

const countWords = (s) => s.match(/\S+/g)?.length ?? 0;

/** A cited key: mostly the note's own references, ~28% the shared bibliography, ~2% dangling. */
function citeKey(ctx) {
  const r = R();
  if (r < 0.02) return `missing${int(1, 99)}`;
  if (r < 0.3 || ctx.local.length === 0) return pick(ctx.shared);
  return pick(ctx.local).id;
}

function makeSentence(ctx) {
  let s = fill(pick(TEMPLATES));
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (chance(0.08)) {
    const first = s.split(/[\s,]/)[0];
    const common = /^(The|It|A|Some|Whether|Officials|Analysts|Critics|Estimates|Lawyers|Data|Shares|People|There|Under|In|On|Last|Earlier|Next|Over|By|Since|Two|Three|Six|One|Several)$/.test(first);
    s = `${pick(['However', 'Still', 'Meanwhile', 'In practice', 'By contrast', 'For now', 'Notably'])}, ${common ? s.charAt(0).toLowerCase() + s.slice(1) : s}`;
  }
  if (chance(0.1)) s += ` (${pick(['see below', 'a point disputed by the company', 'figures are rounded', 'the agency has not confirmed this', `roughly ${pct()}`])})`;
  if (chance(0.02)) s += `, as @${citeKey(ctx)} reported`;
  let cite = '';
  if (chance(0.3)) {
    const r = R();
    if (r < 0.7) cite = ` [@${citeKey(ctx)}]`;
    else if (r < 0.85) cite = ` [@${citeKey(ctx)}; @${citeKey(ctx)}]`;
    else cite = ` [@${citeKey(ctx)}, p. ${int(1, 120)}]`;
  }
  const end = chance(0.04) ? '?' : '.';
  let fn = '';
  if (chance(0.08)) fn = `[^${++ctx.fn}]`;
  if (chance(0.01)) s += ' TODO: verify this figure';
  return s + cite + end + fn;
}

function makeParagraph(ctx) {
  const out = [];
  for (let i = int(2, 7); i > 0; i--) out.push(makeSentence(ctx));
  let p = out.join(' ');
  if (chance(0.1)) p = p.replace(/\b(the rule|the change|the policy)\b/, (m) => `*${m}*`);
  if (chance(0.08)) {
    const c = pick(COMPANIES);
    p = p.replace(c, `**${c}**`);
  }
  if (chance(0.1) && ctx.local.length) {
    const ref = pick(ctx.local);
    if (ref.URL) p += chance(0.8) ? ` See [${ref.container ?? ref.publisher}](${ref.URL}).` : ` Full text: <${ref.URL}>.`;
  }
  return p;
}

/** A footnote definition: a sentence (sometimes cited), or a bare source line. */
function footnoteDef(n, ctx) {
  if (chance(0.2)) {
    const ref = pick(ctx.local.length ? ctx.local : [{ title: 'Internal memo' }]);
    return `[^${n}]: ${ref.title}${ref.URL ? `, ${ref.URL}` : ''}.`;
  }
  return `[^${n}]: ${makeSentence({ ...ctx, fn: 0 })}`.replace(/\[\^\d+\]$/, '');
}

/** Blocks until the body reaches `targetWords`, then the footnote definitions. */
export function makeBody(targetWords, ctx) {
  const blocks = [];
  let words = 0;
  const push = (b) => {
    blocks.push(b);
    words += countWords(b);
  };
  push(makeParagraph(ctx));
  if (chance(0.6)) {
    push('## Key points');
    push(Array.from({ length: int(3, 5) }, () => `- ${makeSentence(ctx)}`).join('\n'));
  }
  let sinceHeading = 0;
  while (words < targetWords) {
    if (sinceHeading >= int(2, 5)) {
      push(`## ${pick(HEADINGS)}`);
      sinceHeading = 0;
    }
    const r = R();
    if (r < 0.06) push(`> ${makeSentence(ctx)} ${makeSentence(ctx)}`);
    else if (r < 0.11) push(Array.from({ length: int(2, 5) }, (_, i) => `${i + 1}. ${makeSentence(ctx)}`).join('\n'));
    else if (r < 0.12) push(`- [ ] TODO: ${pick(['confirm the date with', 'get comment from', 'check the filing by'])} ${pick(COMPANIES)}`);
    else push(makeParagraph(ctx));
    sinceHeading++;
  }
  if (ctx.fn) {
    const defs = [];
    for (let i = 1; i <= ctx.fn; i++) defs.push(footnoteDef(i, ctx));
    push(defs.join('\n'));
  }
  return { text: blocks.join('\n\n') + '\n', words };
}
