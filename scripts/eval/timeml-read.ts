/** A small linear scanner for TimeML files: the DCT, the plain TEXT, and the gold TIMEX3 spans in it. */

/** One gold temporal expression, as offsets into the plain text. */
export interface GoldTimex { start: number; end: number; text: string; type: string; value: string }

/** A TimeML document reduced to what the TempEval-3 scorer needs. */
export interface TimemlDoc { dct?: string; text: string; gold: GoldTimex[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities TimeML uses (named and numeric). */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

/** Attributes of one start tag. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

/** Reads one TimeML document: tags are dropped from TEXT, gold spans keep their plain-text offsets. */
export function readTimeml(xml: string): TimemlDoc {
  const dctMatch = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dctMatch ? attributes(dctMatch[1]!)['value'] : undefined;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : undefined;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  const body = open < 0 ? '' : xml.slice(open + 6, close < 0 ? undefined : close);
  let text = '';
  const gold: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | undefined;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunk = body.slice(i, lt < 0 ? body.length : lt);
    text += decode(chunk);
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    const tag = body.slice(lt + 1, gt < 0 ? body.length : gt);
    i = gt < 0 ? body.length : gt + 1;
    if (/^TIMEX3\b/.test(tag)) {
      const a = attributes(tag);
      current = { start: text.length, type: a['type'] ?? 'DATE', value: a['value'] ?? '' };
      if (tag.endsWith('/')) current = undefined; // empty (non-consuming) TIMEX3 has no span
    } else if (/^\/TIMEX3\b/.test(tag) && current) {
      gold.push({ ...current, end: text.length, text: text.slice(current.start, text.length) });
      current = undefined;
    }
  }
  return dct ? { dct, text, gold } : { text, gold };
}

const ABBREV = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Inc|Corp|Co|Ltd|Bros|No|vs|Jr|Sr|Prof|Rev|Ft|Mt)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z]|\b[ap]\.m)\.["'’”]?\s*$/;

/** Splits plain text into sentences with offsets: paragraphs, then Intl.Segmenter, re-joined after abbreviations. */
export function splitSentences(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const para of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    let pending: { start: number; text: string } | undefined;
    for (const seg of segmenter.segment(para[0])) {
      const start = para.index! + seg.index;
      if (pending && ABBREV.test(pending.text)) {
        pending.text += seg.segment;
        continue;
      }
      if (pending) out.push(pending);
      pending = { start, text: seg.segment };
    }
    if (pending) out.push(pending);
  }
  return out;
}
