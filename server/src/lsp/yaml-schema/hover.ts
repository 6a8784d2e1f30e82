/** Hover on a YAML key: what the schema says about it. */
import { keyMarkdown } from './key-docs';
import { propertyAt } from './schemas';
import type { SchemaId } from './schemas';
import { locate, readSlice } from './yaml-tree';

/** Markdown describing the key under `offset` (description, kind, allowed values), or undefined off a known key. */
export function schemaHover(text: string, yamlStart: number, yamlEnd: number, schema: SchemaId, offset: number): string | undefined {
  if (offset < yamlStart || offset > yamlEnd) return undefined;
  const at = locate(readSlice(text, yamlStart, yamlEnd, schema), offset);
  if (!at?.onKey) return undefined;
  const key = String(at.path[at.path.length - 1]);
  const prop = propertyAt(schema, at.path.slice(0, -1), key);
  return prop ? keyMarkdown(key, prop) : undefined;
}
