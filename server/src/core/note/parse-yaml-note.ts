/** Builds the note model of a YAML note (`*.note.yaml`): metadata, references, claims and events. */
import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { blank, LineIndex } from '../text';
import { metaDateAt } from './meta-date';
import { readMetadata, sourcesAt } from './metadata';
import { yamlControlComments } from './yaml-comments';
import { getPair, nodeSpan, parseYaml, scalarAt } from './yaml-source';
import type { NoteDocument, SyntaxProblem, YamlClaim } from './model';

function readClaims(root: unknown, problems: SyntaxProblem[]): YamlClaim[] {
  const node = getPair(root, 'claims')?.value;
  if (!node) return [];
  if (!isSeq(node)) {
    const span = nodeSpan(node as Node, 0);
    if (span) problems.push({ ...span, message: 'claims must be a list of {id, text, status, sources, date}' });
    return [];
  }
  const out: YamlClaim[] = [];
  for (const item of node.items) {
    const span = nodeSpan(item as Node, 0);
    if (!span || !isMap(item)) continue;
    const pick = (key: string) => {
      const s = scalarAt(item, key, 0);
      return s ? { value: s.value, start: s.start, end: s.end } : undefined;
    };
    out.push({ span, id: pick('id'), text: pick('text'), status: pick('status'), date: metaDateAt(item, 'date', 0), sources: sourcesAt(item, 0) });
  }
  return out;
}

/** Parses a YAML note. Never throws: problems become `note-syntax` findings. */
export function parseYamlNote(path: string, text: string): NoteDocument {
  const problems: SyntaxProblem[] = [];
  const parsed = parseYaml(text, 0);
  problems.push(...parsed.problems);
  const metadata = readMetadata(parsed.doc, 0, path, problems);
  const claims = readClaims(parsed.doc?.contents, problems);
  const citations = [...claims.flatMap((c) => c.sources), ...metadata.events.flatMap((e) => e.sources)];
  return {
    kind: 'note',
    format: 'yaml',
    path,
    text,
    lines: new LineIndex(text),
    prose: blank(text),
    yaml: parsed.doc,
    yamlBase: 0,
    meta: metadata.meta,
    references: metadata.references,
    citations,
    footnoteRefs: [],
    footnoteDefs: [],
    links: [],
    proseSpans: [],
    sentences: [],
    comments: yamlControlComments(text),
    claims,
    events: metadata.events,
    problems,
  };
}
