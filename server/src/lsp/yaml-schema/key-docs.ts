/** What the schema says about one key, in words: its kinds of value, allowed values and description. */
import { alternatives, describe } from './schemas';
import type { Located, SchemaNode } from './schemas';

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'whole number',
  number: 'number',
  boolean: 'true or false',
  array: 'list',
  object: 'mapping',
  null: 'empty',
};

/** The kinds of value a key takes, in words ("text or list of text"), or undefined when the schema leaves it open. */
export function kindSummary(at: Located): string | undefined {
  const words = new Set<string>();
  for (const alt of alternatives(at)) {
    for (const type of typesOf(alt.node)) {
      if (type !== 'array' || !alt.node.items) words.add(KIND_WORDS[type] ?? type);
      else {
        const inner = [...new Set(alternatives({ node: alt.node.items, file: alt.file }).flatMap((i) => typesOf(i.node)))];
        words.add(inner.length === 1 ? `list of ${KIND_WORDS[inner[0]] === 'mapping' ? 'mappings' : KIND_WORDS[inner[0]]}` : 'list');
      }
    }
  }
  return words.size > 0 ? [...words].join(' or ') : undefined;
}

/** The values a key allows (enum) or suggests (examples), in schema order, without repeats. */
export function valuesOf(at: Located): { values: unknown[]; suggested: boolean } {
  const alts = alternatives(at);
  const allowed = alts.flatMap((a) => a.node.enum ?? []);
  if (allowed.length > 0) return { values: [...new Set(allowed)], suggested: false };
  const bools = alts.some((a) => typesOf(a.node).includes('boolean')) ? [true, false] : [];
  return { values: [...new Set([...alts.flatMap((a) => a.node.examples ?? []), ...bools])], suggested: true };
}

/** The default value the schema declares for a key, if any. */
export function defaultOf(at: Located): unknown {
  return alternatives(at).find((a) => a.node.default !== undefined)?.node.default;
}

/** Markdown for a hover on a key: name, description, kind, allowed or example values, default. */
export function keyMarkdown(key: string, at: Located): string {
  const parts = [`**${key}**`];
  const description = describe(at);
  if (description) parts.push(description);
  const facts: string[] = [];
  const kind = kindSummary(at);
  if (kind) facts.push(`Value: ${kind}`);
  const { values, suggested } = valuesOf(at);
  if (values.length > 0 && !(suggested && values.every((v) => typeof v === 'boolean'))) {
    facts.push(`${suggested ? 'For example' : 'Allowed values'}: ${values.map((v) => `\`${String(v)}\``).join(', ')}`);
  }
  const fallback = defaultOf(at);
  if (fallback !== undefined) facts.push(`Default: \`${JSON.stringify(fallback)}\``);
  if (facts.length > 0) parts.push(facts.join('  \n'));
  return parts.join('\n\n');
}

function typesOf(node: SchemaNode): string[] {
  if (node.type !== undefined) return Array.isArray(node.type) ? node.type : [node.type];
  if (node.enum) return [];
  return node.properties ? ['object'] : [];
}
