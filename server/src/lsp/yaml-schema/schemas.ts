/**
 * The JSON Schemas shipped in `schemas/`, bundled into the server: one ajv validator per schema id,
 * compiled on first use, and a small reader that follows `$ref` between the files so hover and
 * completion can find the schema of any key.
 */
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import cslReference from '../../../../schemas/csl-reference.schema.json';
import cslYaml from '../../../../schemas/csl-yaml.schema.json';
import date from '../../../../schemas/date.schema.json';
import entities from '../../../../schemas/entities.schema.json';
import frontMatter from '../../../../schemas/front-matter.schema.json';
import note from '../../../../schemas/note.schema.json';
import config from '../../../../schemas/policy-notes.schema.json';

/** Which kind of YAML is checked: front matter, a YAML note, a registry, the config or a CSL-YAML bibliography. */
export type SchemaId = 'front-matter' | 'note' | 'entities' | 'config' | 'csl-yaml';

/** A JSON Schema node, read loosely: only the keywords hover and completion use are named. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  examples?: unknown[];
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
}

/** A schema node and the file its `$ref`s are relative to. */
export interface Located {
  node: SchemaNode;
  file: string;
}

const FILES: Record<string, SchemaNode> = Object.fromEntries(
  [cslReference, cslYaml, date, entities, frontMatter, note, config].map((s) => [s.$id, s as SchemaNode]),
);

const ROOTS: Record<SchemaId, string> = {
  'front-matter': frontMatter.$id,
  note: note.$id,
  entities: entities.$id,
  config: config.$id,
  'csl-yaml': cslYaml.$id,
};

/** The root schema of an id, with its file. */
export function rootSchema(id: SchemaId): Located {
  return { node: FILES[ROOTS[id]], file: ROOTS[id] };
}

let ajv: Ajv | undefined;
const validators = new Map<SchemaId, ValidateFunction>();

/** The compiled validator of a schema id; ajv and each schema are compiled once, on first use. */
export function validatorFor(id: SchemaId): ValidateFunction {
  let validate = validators.get(id);
  if (!validate) {
    // `required` under anyOf names keys declared beside it, which strict mode would reject; the
    // `uri` format is checked loosely (a scheme and something after it) without another dependency.
    ajv ??= new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      strictRequired: false,
      strictTypes: false,
      formats: { uri: /^[a-z][a-z0-9+.-]*:\S+$/i },
      schemas: Object.values(FILES),
    });
    validate = ajv.getSchema(ROOTS[id]);
    if (!validate) throw new Error(`schema ${ROOTS[id]} is not bundled`);
    validators.set(id, validate);
  }
  return validate;
}

/** Follows `$ref` (within a file or to another bundled file) until a node without one. */
export function deref(at: Located): Located {
  let cur = at;
  for (let hops = 0; hops < 20; hops++) {
    const next = follow(cur);
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** The target of one `$ref`, or undefined when the node has none (or it points nowhere). */
function follow({ node, file }: Located): Located | undefined {
  if (node.$ref === undefined) return undefined;
  const [target, pointer = ''] = node.$ref.split('#');
  const into = target || file;
  let next: unknown = FILES[into];
  for (const part of pointer.split('/').filter(Boolean)) next = (next as Record<string, unknown> | undefined)?.[part];
  return next ? { node: next as SchemaNode, file: into } : undefined;
}

/** The alternatives a value may match: the node itself, or its anyOf/oneOf/allOf branches, dereferenced. */
export function alternatives(at: Located): Located[] {
  const self = deref(at);
  const branches = [...(self.node.anyOf ?? []), ...(self.node.oneOf ?? []), ...(self.node.allOf ?? [])];
  if (branches.length === 0) return [self];
  return [self, ...branches.flatMap((b) => alternatives({ node: b, file: self.file }))];
}

/** The first description on the way through `$ref`s: a property's own wins over its target's. */
export function describe(at: Located): string | undefined {
  let cur: Located | undefined = at;
  for (let hops = 0; cur && hops < 20; hops++) {
    if (cur.node.description) return cur.node.description;
    cur = follow(cur);
  }
  return undefined;
}

/** The schemas that may apply at a path of keys and list indexes below the root. */
export function schemasAt(id: SchemaId, path: readonly (string | number)[]): Located[] {
  let current = alternatives(rootSchema(id));
  for (const step of path) {
    current = current.flatMap((at) => {
      const child = typeof step === 'number' ? at.node.items : (at.node.properties?.[step] ?? additional(at.node));
      return child ? alternatives({ node: child, file: at.file }) : [];
    });
  }
  return current;
}

/** The schema of a property a node does not list, when it gives one. */
function additional(node: SchemaNode): SchemaNode | undefined {
  return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
}

/** The schema of one key where it is declared, with its file (for its description). */
export function propertyAt(id: SchemaId, path: readonly (string | number)[], key: string): Located | undefined {
  for (const at of schemasAt(id, path)) {
    const prop = at.node.properties?.[key];
    if (prop) return { node: prop, file: at.file };
  }
  return undefined;
}
