/**
 * Schema services for the YAML an editor shows: front matter (a slice of a Markdown note), YAML notes,
 * entity registries, the config file and CSL-YAML bibliographies. Pure functions over the text;
 * offsets are UTF-16 offsets in the whole file.
 */
export type { SchemaId } from './schemas';
export type { SchemaProblem } from './messages';
export type { SchemaCompletion } from './completion';
export { schemaProblems } from './problems';
export { schemaHover } from './hover';
export { schemaCompletions } from './completion';
