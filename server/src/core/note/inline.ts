/**
 * The inline layer of one prose block. markdown-it finds the blocks; this scanner finds, in one
 * linear pass, what inside a block is not prose (code spans, raw HTML, autolinks, link destinations,
 * bare URLs, e-mail addresses) and what is a source (links, citations, footnote markers).
 * Offsets here are into the block's content string; the caller maps them to the file.
 */
import type { Span } from '../text';
import { isWordChar, parseCitationGroup, readKey } from './citation-grammar';

/** What the scanner found in one block's content. */
export interface InlineScan {
  /** Spans that are not prose (to be blanked). */
  masks: Span[];
  links: Array<{ url: string; span: Span }>;
  footnoteRefs: Array<{ label: string; span: Span }>;
  citations: Array<{ key: string; span: Span; keySpan: Span; narrative: boolean; groupSpan?: Span; locator?: string }>;
  comments: Array<{ span: Span; body: string }>;
}

/** How far a single construct may reach, so hostile input stays linear. */
const MAX_CONSTRUCT = 2000;

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>/y;
const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"’”)\]*_]/y;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const PUNCT = /[!-/:-@[-`{-~]/;

/** Pairs backtick runs into code spans (CommonMark: a run closes at the next run of equal length). */
function codeSpans(text: string): Span[] {
  const runs: Array<{ start: number; len: number }> = [];
  for (let i = text.indexOf('`'); i !== -1; ) {
    if (i > 0 && text[i - 1] === '\\') {
      i = text.indexOf('`', i + 1);
      continue;
    }
    let j = i;
    while (text[j] === '`') j++;
    runs.push({ start: i, len: j - i });
    i = text.indexOf('`', j);
  }
  const next = new Array<number>(runs.length).fill(-1);
  const last = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = last.get(runs[k].len) ?? -1;
    last.set(runs[k].len, k);
  }
  const spans: Span[] = [];
  for (let k = 0; k < runs.length; k++) {
    const close = next[k];
    if (close === -1) continue;
    spans.push({ start: runs[k].start, end: runs[close].start + runs[close].len });
    k = close;
  }
  return spans;
}

/** For every `[`, the index of its matching `]` (escapes and code spans respected); -1 when none. */
function matchBrackets(text: string, code: Uint8Array): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (code[i]) continue;
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') stack.push(i);
    else if (c === ']' && stack.length > 0) match[stack.pop() as number] = i;
  }
  return match;
}

/** Finds the `)` closing an inline link destination that starts at `open` (the `(`). */
function closeParen(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_CONSTRUCT);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Normalises a link label the way CommonMark (and markdown-it's `env.references`) does. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text.length - at > MAX_CONSTRUCT ? text.slice(0, at + MAX_CONSTRUCT) : text);
  return m ? m[0] : undefined;
}

const NOTHING = new Uint8Array(0);
const NO_BRACKETS = new Int32Array(0);
// Where something other than prose may start: an escape, "<", a bracket or image, "@", a bare URL.
// The scan jumps from one to the next; the characters between are prose and need no look.
const CANDIDATE = /[\\<[\]!@]|https?:\/\/|www\./g;

/** The offset of the next candidate at or after `from` (the text's length if none). */
function nextCandidate(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/** Scans one block's content. `references` holds the labels of link reference definitions. */
export function scanInline(text: string, references: ReadonlySet<string>): InlineScan {
  const out: InlineScan = { masks: [], links: [], footnoteRefs: [], citations: [], comments: [] };
  // Without backticks or brackets (most prose) the per-character tables are not built: reading past
  // the end of an empty typed array gives undefined, which reads as "not code".
  const code = text.includes('`') ? new Uint8Array(text.length) : NOTHING;
  for (const span of codeSpans(text)) {
    code.fill(1, span.start, span.end);
    out.masks.push(span);
  }
  const brackets = text.includes('[') ? matchBrackets(text, code) : NO_BRACKETS;
  let noCommentCloseAfter = Infinity;
  // Link destinations to jump over once the link text before them has been scanned as prose.
  const jumps = new Map<number, number>();
  const candidates = new RegExp(CANDIDATE);
  for (let i = nextCandidate(candidates, text, 0); i < text.length; i = nextCandidate(candidates, text, i + 1)) {
    if (code[i]) continue;
    if (jumps.size > 0 && jumps.has(i)) {
      i = jumps.get(i) as number;
      continue;
    }
    const c = text[i];
    if (c === '\\') {
      if (PUNCT.test(text[i + 1] ?? '')) i++;
      continue;
    }
    if (c === '<') {
      i = scanAngle(text, i, out, () => noCommentCloseAfter, (v) => (noCommentCloseAfter = v));
      continue;
    }
    if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = brackets[open];
      if (close === -1) continue;
      const next = scanBracket({ text, image: c === '!', start: i, open, close }, { references, out, jumps });
      if (next !== undefined) i = next;
      continue;
    }
    if (c === '@') {
      if (isWordChar(text[i - 1])) {
        const email = emailAround(text, i);
        if (email) {
          out.masks.push(email);
          i = email.end - 1;
        }
        continue;
      }
      const key = readKey(text, i + 1);
      if (key) {
        out.citations.push({ key: key.key, span: { start: i, end: key.end }, keySpan: { start: key.keyStart, end: key.keyEnd }, narrative: true });
        i = key.end - 1;
      }
      continue;
    }
    if ((c === 'h' || c === 'w') && !isWordChar(text[i - 1])) {
      const url = sticky(BARE_URL, text, i);
      if (url) {
        const span = { start: i, end: i + url.length };
        out.links.push({ url, span });
        out.masks.push(span);
        i = span.end - 1;
      }
    }
  }
  return out;
}

/** Finds an e-mail address whose `@` is at `at`, scanning back to the start of its local part. */
function emailAround(text: string, at: number): Span | undefined {
  let start = at;
  while (start > 0 && /[A-Za-z0-9._%+-]/.test(text[start - 1]) && at - start < 64) start--;
  const m = sticky(EMAIL, text, start);
  return m ? { start, end: start + m.length } : undefined;
}

function scanAngle(text: string, i: number, out: InlineScan, getNoClose: () => number, setNoClose: (v: number) => void): number {
  if (text.startsWith('<!--', i)) {
    if (i > getNoClose()) return i;
    const end = text.indexOf('-->', i + 4);
    if (end === -1) {
      setNoClose(i);
      return i;
    }
    const span = { start: i, end: end + 3 };
    out.comments.push({ span, body: text.slice(i + 4, end) });
    out.masks.push(span);
    return span.end - 1;
  }
  const auto = sticky(AUTOLINK, text, i);
  if (auto) {
    const span = { start: i, end: i + auto.length };
    out.links.push({ url: auto.slice(1, -1), span });
    out.masks.push(span);
    return span.end - 1;
  }
  const tag = sticky(EMAIL_AUTOLINK, text, i) ?? sticky(HTML_TAG, text, i);
  if (tag) {
    out.masks.push({ start: i, end: i + tag.length });
    return i + tag.length - 1;
  }
  return i;
}

/** A bracket pair being scanned: `[` at `open`, `]` at `close`; `start` is the `!` of an image. */
interface Bracket {
  text: string;
  image: boolean;
  start: number;
  open: number;
  close: number;
}

/** What the scan carries from bracket to bracket. */
interface ScanState {
  references: ReadonlySet<string>;
  out: InlineScan;
  jumps: Map<number, number>;
}

/** Records a link ending at `end`: an image is masked whole; a link's text stays prose and its target is jumped. */
function linkFound(b: Bracket, url: string, end: number, state: ScanState): number {
  state.out.links.push({ url, span: { start: b.start, end: end + 1 } });
  if (b.image) {
    state.out.masks.push({ start: b.start, end: end + 1 });
    return end;
  }
  state.out.masks.push({ start: b.start, end: b.open + 1 }, { start: b.close, end: end + 1 });
  if (end > b.close) state.jumps.set(b.close, end);
  return b.open; // scan the link text as prose, then jump over the destination
}

/** Handles `[…]` and `![…]`: links, images, footnote markers, citation groups, reference links. */
function scanBracket(b: Bracket, state: ScanState): number | undefined {
  const { text, image, start, open, close } = b;
  const { out } = state;
  if (text[close + 1] === '(') {
    const end = closeParen(text, close + 1);
    if (end !== -1) return linkFound(b, text.slice(close + 2, end).trim().replace(/^<(.*)>$/, '$1').split(/\s+/)[0] ?? '', end, state);
  }
  const inner = text.slice(open + 1, close);
  if (!image && inner.startsWith('^') && inner.length > 1 && !/[\s\]^[]/.test(inner.slice(1))) {
    const span = { start, end: close + 1 };
    out.footnoteRefs.push({ label: inner.slice(1), span });
    out.masks.push(span);
    return close;
  }
  if (!image && inner.includes('@')) {
    const items = parseCitationGroup(text, open + 1, close);
    if (items) {
      const groupSpan = { start: open, end: close + 1 };
      for (const item of items) {
        out.citations.push({
          key: item.key,
          span: { start: item.itemStart, end: item.itemEnd },
          keySpan: { start: item.keyStart, end: item.keyEnd },
          narrative: false,
          groupSpan,
          locator: item.locator,
        });
      }
      out.masks.push(groupSpan);
      return close;
    }
  }
  return referenceLink(b, state);
}

/** `[text][label]`, `[label][]` and `[label]` when the label has a link reference definition. */
function referenceLink(b: Bracket, state: ScanState): number | undefined {
  const { text, open, close } = b;
  if (state.references.size === 0) return undefined;
  let label = text.slice(open + 1, close);
  let end = close;
  if (text[close + 1] === '[') {
    const labelEnd = text.indexOf(']', close + 2);
    if (labelEnd !== -1 && labelEnd - close < MAX_CONSTRUCT) {
      const explicit = text.slice(close + 2, labelEnd);
      if (explicit.trim()) label = explicit;
      end = labelEnd;
    }
  }
  if (!state.references.has(normalizeLabel(label))) return undefined;
  return linkFound(b, `[${label}]`, end, state);
}
