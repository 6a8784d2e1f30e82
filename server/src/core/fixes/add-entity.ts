/**
 * Adds a name to an entity registry: a new `- id/name` entry appended to the registry file as text,
 * so the rest of the file keeps its formatting and comments.
 */
import type { RegistryDocument } from '../documents';
import type { Fix } from '../types';
import { endsWithLineBreak, eol } from './text-style';

/** A registry id from a name: lower case, words joined by hyphens. */
export function entityId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

/** Quotes a scalar for YAML when a plain scalar would not read back as the same string. */
function yamlString(s: string): string {
  return /^[A-Za-z0-9][^:#\n\r]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}

/** Builds the fix that appends `name` to the registry, with an id unique in it. */
export function addEntityFix(registry: RegistryDocument, name: string): Fix {
  const nl = eol(registry.text);
  const taken = new Set(registry.entities.map((e) => e.id));
  const base = entityId(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const end = registry.text.length;
  const lead = end === 0 ? '' : registry.text.endsWith(`${nl}${nl}`) || registry.text.endsWith('\n\n') ? '' : endsWithLineBreak(registry.text) ? nl : `${nl}${nl}`;
  return {
    title: `Add "${name}" to ${registry.path.slice(registry.path.lastIndexOf('/') + 1)}`,
    edits: [{ file: registry.path, start: end, end, newText: `${lead}- id: ${id}${nl}  name: ${yamlString(name)}${nl}` }],
  };
}
