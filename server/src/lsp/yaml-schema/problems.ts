/** Schema problems of a YAML slice: what the shipped JSON Schema rejects, on the key or value concerned. */
import { problemsFrom } from './messages';
import type { SchemaProblem } from './messages';
import { validatorFor } from './schemas';
import type { SchemaId } from './schemas';
import { plainValue, readSlice } from './yaml-tree';

const WHOLE: Record<SchemaId, string> = {
  'front-matter': 'The front matter',
  note: 'The note',
  entities: 'The registry',
  config: 'The configuration',
  'csl-yaml': 'The bibliography',
};

/**
 * Validates `text.slice(yamlStart, yamlEnd)` against a schema; problems in file order. YAML that does not parse yields no
 * problems here: note-syntax reports it, and a half-read document would invent schema mistakes.
 */
export function schemaProblems(text: string, yamlStart: number, yamlEnd: number, schema: SchemaId): SchemaProblem[] {
  const slice = readSlice(text, yamlStart, yamlEnd, schema);
  if (!slice.clean) return [];
  const plain = plainValue(slice);
  if (!plain) return [];
  const validate = validatorFor(schema);
  if (validate(plain.value)) return [];
  return problemsFrom(validate.errors ?? [], plain.places, WHOLE[schema]).sort((a, b) => a.start - b.start || a.end - b.end);
}
