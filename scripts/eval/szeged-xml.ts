/**
 * Reads the BioScope / Szeged Uncertainty Corpus XML of CoNLL-2010 (`<cue type="speculation">`) and
 * WikiWeasel (`<ccue>`). A small linear scanner for exactly these formats: no XML dependency is
 * installed, and the files have no CDATA, comments or nesting beyond `<xcope>` around cues.
 */

/** A gold uncertainty cue: UTF-16 offsets into the sentence text, end exclusive. */
export interface GoldCue {
  start: number;
  end: number;
}

/** One annotated sentence: its plain text (all tags removed) and whether it is uncertain. */
export interface GoldSentence {
  id: string;
  text: string;
  uncertain: boolean;
  cues: GoldCue[];
}

/** One document (the unit of cross-validation folds). */
export interface GoldDocument {
  id: string;
  sentences: GoldSentence[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; unknown entities stay as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Value of attribute `name` in a start tag's source, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXmlEntities(match[2] ?? match[3] ?? '') : undefined;
}

/** Whether a cue element marks uncertainty: `<cue type="speculation">`, or any `<ccue>` but negation ones. */
function isUncertaintyCue(name: string, tag: string): boolean {
  const type = (attribute(tag, 'type') ?? '').trim().toLowerCase();
  if (name === 'cue') return type === 'speculation';
  return !type.includes('negation');
}

/**
 * Parses one corpus file. A sentence is uncertain when its `certainty` attribute says so (the CoNLL-2010
 * evaluation format) or, without that attribute, when it holds an uncertainty cue.
 */
export function parseSzegedXml(xml: string, fileLabel = ''): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let doc: GoldDocument | undefined;
  let docIdText: string | undefined;
  let sentence: { id: string; certainty?: string; parts: string[]; length: number; cues: GoldCue[] } | undefined;
  const openCues: (number | undefined)[] = [];
  let pos = 0;
  const append = (raw: string): void => {
    if (!sentence || raw.length === 0) return;
    const decoded = decodeXmlEntities(raw);
    sentence.parts.push(decoded);
    sentence.length += decoded.length;
  };
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (docIdText !== undefined) docIdText += xml.slice(pos, textEnd);
    else append(xml.slice(pos, textEnd));
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error(`${fileLabel}: unterminated tag at offset ${lt}`);
    const tag = xml.slice(lt, gt + 1);
    pos = gt + 1;
    if (tag.startsWith('<?') || tag.startsWith('<!')) continue;
    const closing = tag[1] === '/';
    const name = /^<\/?\s*([A-Za-z_][\w.-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    const selfClosing = tag.endsWith('/>');
    if (name === 'document') {
      if (!closing) {
        doc = { id: `${fileLabel}#${documents.length + 1}`, sentences: [] };
        documents.push(doc);
      } else doc = undefined;
    } else if (name === 'docid') {
      if (!closing && !selfClosing) docIdText = '';
      else if (closing && docIdText !== undefined) {
        if (doc) doc.id = `${fileLabel}#${decodeXmlEntities(docIdText.trim())}`;
        docIdText = undefined;
      }
    } else if (name === 'sentence') {
      if (!closing) {
        sentence = { id: attribute(tag, 'id') ?? '', certainty: attribute(tag, 'certainty'), parts: [], length: 0, cues: [] };
        if (selfClosing) sentence = undefined;
      } else if (sentence) {
        if (!doc) {
          // Sentences outside any <Document> still count; they form a document of their own.
          doc = { id: `${fileLabel}#${documents.length + 1}`, sentences: [] };
          documents.push(doc);
        }
        const certainty = sentence.certainty?.toLowerCase();
        const uncertain = certainty !== undefined ? certainty === 'uncertain' : sentence.cues.length > 0;
        doc.sentences.push({ id: sentence.id, text: sentence.parts.join(''), uncertain, cues: sentence.cues });
        sentence = undefined;
        openCues.length = 0;
      }
    } else if ((name === 'cue' || name === 'ccue') && sentence && !selfClosing) {
      if (!closing) openCues.push(isUncertaintyCue(name, tag) ? sentence.length : undefined);
      else {
        const start = openCues.pop();
        if (start !== undefined) sentence.cues.push({ start, end: sentence.length });
      }
    }
  }
  return documents;
}
