/** Builds the model of an entity registry (SPEC §2.3): a YAML list of entities. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { LineIndex } from '../text';
import { metaDateAt } from './meta-date';
import { sourcesAt } from './metadata';
import { yamlControlComments } from './yaml-comments';
import { getPair, nodeSpan, parseYaml, scalarAt, scalarListAt } from './yaml-source';
import type { Entity, EntityFact, RegistryDocument, SyntaxProblem } from './model';

function readFacts(item: unknown): EntityFact[] {
  const node = getPair(item, 'facts')?.value;
  if (!isSeq(node)) return [];
  const out: EntityFact[] = [];
  for (const f of node.items) {
    if (isScalar(f)) out.push({ text: String(f.value), sources: [] });
    else if (isMap(f)) out.push({ text: scalarAt(f, 'text', 0)?.value ?? '', date: metaDateAt(f, 'date', 0), sources: sourcesAt(f, 0) });
  }
  return out;
}

/** Parses an entity registry. Never throws. */
export function parseRegistry(path: string, text: string): RegistryDocument {
  const problems: SyntaxProblem[] = [];
  const parsed = parseYaml(text, 0);
  problems.push(...parsed.problems);
  const entities: Entity[] = [];
  const root = parsed.doc?.contents;
  if (root && !isSeq(root)) {
    const span = nodeSpan(root as Node, 0) ?? { start: 0, end: 0 };
    problems.push({ ...span, message: 'An entity registry must be a list of entities' });
  } else if (isSeq(root)) {
    for (const item of root.items) {
      const span = nodeSpan(item as Node, 0);
      if (!span) continue;
      const name = scalarAt(item, 'name', 0);
      const id = scalarAt(item, 'id', 0);
      if (!isMap(item) || !name) {
        problems.push({ ...span, message: 'An entity needs at least a name' });
        continue;
      }
      entities.push({
        id: id?.value ?? name.value,
        name: name.value,
        aliases: scalarListAt(item, 'aliases', 0).map((a) => a.value),
        type: scalarAt(item, 'type', 0)?.value,
        description: scalarAt(item, 'description', 0)?.value,
        links: scalarListAt(item, 'links', 0).map((l) => l.value),
        facts: readFacts(item),
        file: path,
        span,
        nameSpan: { start: name.start, end: name.end },
      });
    }
  }
  return { kind: 'registry', path, text, lines: new LineIndex(text), entities, comments: yamlControlComments(text), problems };
}
