/**
 * ajv's errors, said as a writer reads them: one problem per real mistake, on the key or value it
 * concerns. Under `anyOf` ajv reports every alternative that failed; the alternatives whose type
 * does not even match the value are dropped when a closer one explains the mistake.
 */
import type { ErrorObject } from 'ajv';
import type { Span } from '../../core/text';
import type { SchemaNode } from './schemas';
import type { Placed } from './yaml-tree';

/** A schema problem with its span in the whole file. */
export interface SchemaProblem extends Span {
  message: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'empty',
};

/** Turns one validation's errors into problems; `whole` names the root ("The front matter"). */
export function problemsFrom(errors: readonly ErrorObject[], places: ReadonlyMap<string, Placed>, whole: string): SchemaProblem[] {
  const kept = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'propertyNames' && !(e.keyword === 'enum' && e.propertyName !== undefined && hasAdditional(errors, e)));
  const out: SchemaProblem[] = [];
  const paths = [...new Set(kept.map((e) => e.instancePath))];
  for (const path of paths) {
    const here = kept.filter((e) => e.instancePath === path);
    const branched = errors.some((e) => e.instancePath === path && (e.keyword === 'anyOf' || e.keyword === 'oneOf'));
    const closer = here.some((e) => e.keyword !== 'type') || kept.some((e) => e.instancePath.startsWith(path + '/'));
    const types = here.filter((e) => e.keyword === 'type');
    if (types.length > 0 && !(branched && closer)) out.push(typeProblem(types, path, places, whole));
    const alternatives = here.filter((e) => e.keyword === 'required' && /\/(anyOf|oneOf)\/\d+\/required$/.test(e.schemaPath));
    if (alternatives.length > 0) {
      const keys = alternatives.map((e) => `\`${e.params.missingProperty}\``).join(', ');
      out.push({ ...place(places, path).head, message: `${subject(path, whole)} needs one of the keys ${keys}` });
    }
    for (const e of here) if (e.keyword !== 'type' && !alternatives.includes(e)) out.push(problem(e, places, whole));
  }
  return dedupe(out);
}

/** An enum on property names is reported once, as the unknown key, when additionalProperties says so too. */
function hasAdditional(errors: readonly ErrorObject[], e: ErrorObject): boolean {
  return errors.some((o) => o.keyword === 'additionalProperties' && o.instancePath === e.instancePath && o.params.additionalProperty === e.propertyName);
}

function typeProblem(types: ErrorObject[], path: string, places: ReadonlyMap<string, Placed>, whole: string): SchemaProblem {
  const words = [...new Set(types.flatMap((e) => String(e.params.type).split(',')).map((t) => TYPE_WORDS[t] ?? t))];
  return { ...place(places, path).head, message: `${subject(path, whole)} must be ${orList(words)}` };
}

function problem(e: ErrorObject, places: ReadonlyMap<string, Placed>, whole: string): SchemaProblem {
  const name = subject(e.instancePath, whole);
  const at = place(places, e.instancePath).head;
  const parent = e.parentSchema as SchemaNode | undefined;
  switch (e.keyword) {
    case 'enum': {
      const allowed = orList((e.params.allowedValues as unknown[]).map(String));
      if (e.propertyName !== undefined) return { ...keyOf(places, e.instancePath, e.propertyName, at), message: `Unknown key \`${e.propertyName}\` in ${lowerFirst(name)}; expected ${allowed}` };
      return { ...at, message: `${name} must be one of: ${(e.params.allowedValues as unknown[]).map(String).join(', ')}` };
    }
    case 'const':
      return { ...at, message: `${name} must be ${String(e.params.allowedValue)}` };
    case 'required':
      return { ...at, message: `${name} is missing the key \`${e.params.missingProperty}\`${because(parent?.properties?.[e.params.missingProperty])}` };
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {}).map((k) => `\`${k}\``);
      const where = e.instancePath === '' ? '' : ` in ${lowerFirst(name)}`;
      return { ...keyOf(places, e.instancePath, key, at), message: `Unknown key \`${key}\`${where}; expected ${orList(known)}` };
    }
    case 'pattern':
      return { ...at, message: `${name} is not written as expected${because(parent)}` };
    case 'format':
      return { ...at, message: `${name} must be a ${e.params.format === 'uri' ? 'full URL (https://…)' : String(e.params.format)}` };
    case 'minLength':
      return { ...at, message: e.params.limit === 1 ? `${name} must not be empty` : `${name} must have at least ${e.params.limit} characters` };
    case 'minItems':
      return { ...at, message: `${name} must have at least ${e.params.limit} item${e.params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { ...at, message: `${name} must have at most ${e.params.limit} item${e.params.limit === 1 ? '' : 's'}` };
    case 'minimum':
    case 'maximum':
      return { ...at, message: `${name} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${e.params.limit}` };
    default:
      return { ...at, message: `${name} ${e.message ?? 'is not valid'}` };
  }
}

/** " (first sentence of the description)" when the schema explains itself. */
function because(node: SchemaNode | undefined): string {
  const sentence = node?.description?.match(/^.*?\.(?=\s|$)/)?.[0] ?? node?.description;
  return sentence ? ` (${lowerFirst(sentence.replace(/\.$/, ''))})` : '';
}

/** Lower-cases a leading capital unless it starts an acronym (ISO, URL). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** How a pointer is named in a message: `key`, item 2 of `list`, or the whole document. */
function subject(pointer: string, whole: string): string {
  const steps = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (steps.length === 0) return whole;
  const last = steps[steps.length - 1];
  if (!/^\d+$/.test(last)) return `\`${last}\``;
  const list = steps.length > 1 ? `\`${steps[steps.length - 2]}\`` : whole.replace(/^The /, 'the ');
  return `Item ${Number(last) + 1} of ${list}`;
}

function place(places: ReadonlyMap<string, Placed>, pointer: string): Placed {
  // Every pointer ajv reports was placed while converting; the root is the fallback for safety.
  return places.get(pointer) ?? places.get('')!;
}

function keyOf(places: ReadonlyMap<string, Placed>, pointer: string, key: string, fallback: Span): Span {
  return places.get(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)?.key ?? fallback;
}

function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.start}:${p.end}:${p.message}`;
    return !seen.has(id) && (seen.add(id), true);
  });
}
