/**
 * `.policy-notes.yaml`: parsed and validated into a resolved configuration. Problems name the key and
 * are returned as data, never thrown; a config with problems is never silently replaced by defaults.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Span } from './text';
import type { SeveritySetting } from './types';
import { nodeSpan, parseYaml } from './note/yaml-source';

/** How numeric dates like 03/04/2026 are read. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/** Literal phrases added to or removed from a built-in list (never regular expressions). */
export interface PhraseChanges {
  add: string[];
  remove: string[];
}

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  /** Folder of the config file (globs are relative to it); the workspace root for defaults. */
  base: string;
  /** The config file, when one was read. */
  file?: string;
  notes: string[];
  ignore: string[];
  bibliography: string[];
  entities: string[];
  dateOrder?: DateOrder;
  rules: Record<string, SeveritySetting>;
  hedges: PhraseChanges;
  anonymous: PhraseChanges;
  claims: { citationScope: 'sentence' | 'paragraph' };
}

/** A problem in a config file. */
export interface ConfigProblem extends Span {
  message: string;
}

/** The config file name looked for in every folder from a file's folder up to the workspace root. */
export const CONFIG_FILE_NAME = '.policy-notes.yaml';

/** The defaults of SPEC §2 and §6. */
export function defaultConfig(base: string): ResolvedConfig {
  return {
    base,
    notes: ['**/*.md', '**/*.note.yaml', '**/*.note.yml'],
    ignore: [],
    bibliography: [],
    entities: ['**/entities.yaml', '**/*.entities.yaml'],
    rules: {},
    hedges: { add: [], remove: [] },
    anonymous: { add: [], remove: [] },
    claims: { citationScope: 'sentence' },
  };
}

const SEVERITY_VALUES = ['error', 'warning', 'info', 'hint', 'off'];
const KEYS = ['notes', 'ignore', 'bibliography', 'entities', 'date-order', 'rules', 'hedges', 'anonymous', 'claims'];

type Problems = ConfigProblem[];

function spanOf(node: unknown, fallback: Span): Span {
  return nodeSpan(node as Node, 0) ?? fallback;
}

function stringList(pair: Pair<Node, Node>, key: string, problems: Problems, whole: Span): string[] | undefined {
  const node = pair.value;
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
    problems.push({ ...spanOf(node ?? pair.key, whole), message: `"${key}" must be a string or a list of strings` });
    return undefined;
  }
  return node.items.map((i) => String((i as { value: unknown }).value));
}

function phraseChanges(pair: Pair<Node, Node>, key: string, problems: Problems, whole: Span): PhraseChanges | undefined {
  const node = pair.value;
  if (!isMap(node)) {
    problems.push({ ...spanOf(node ?? pair.key, whole), message: `"${key}" must be a mapping with "add" and/or "remove" lists` });
    return undefined;
  }
  const out: PhraseChanges = { add: [], remove: [] };
  for (const item of node.items as Array<Pair<Node, Node>>) {
    const sub = isScalar(item.key) ? String(item.key.value) : '';
    if (sub !== 'add' && sub !== 'remove') {
      problems.push({ ...spanOf(item.key, whole), message: `"${key}.${sub}" is not a setting; use "add" or "remove"` });
      continue;
    }
    out[sub] = stringList(item, `${key}.${sub}`, problems, whole) ?? [];
  }
  return out;
}

/** Parses and validates a config file's text. `knownRules` lists the rule ids that may be configured. */
export function parseConfig(
  file: string,
  base: string,
  text: string,
  knownRules: readonly string[],
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config: ResolvedConfig = { ...defaultConfig(base), file };
  const whole = { start: 0, end: Math.min(text.length, 1) };
  const parsed = parseYaml(text, 0);
  const problems: Problems = parsed.problems.map((p) => ({ ...p }));
  const root = parsed.doc?.contents;
  if (root === null || root === undefined || problems.length > 0) return { config, problems };
  if (!isMap(root)) {
    problems.push({ ...spanOf(root, whole), message: 'The configuration must be a mapping of settings' });
    return { config, problems };
  }
  for (const pair of root.items as Array<Pair<Node, Node>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keySpan = spanOf(pair.key, whole);
    switch (key) {
      case 'notes': case 'ignore': case 'bibliography': case 'entities': {
        const list = stringList(pair, key, problems, whole);
        if (list) config[key] = list;
        break;
      }
      case 'date-order': {
        const v = isScalar(pair.value) ? String(pair.value.value) : '';
        if (v === 'DMY' || v === 'MDY' || v === 'YMD') config.dateOrder = v;
        else problems.push({ ...spanOf(pair.value ?? pair.key, whole), message: `"date-order" must be DMY, MDY or YMD, not "${v}"` });
        break;
      }
      case 'rules': readRules(pair, knownRules, config, problems, whole); break;
      case 'hedges': case 'anonymous': {
        const changes = phraseChanges(pair, key, problems, whole);
        if (changes) config[key] = changes;
        break;
      }
      case 'claims': readClaims(pair, config, problems, whole); break;
      default:
        problems.push({ ...keySpan, message: `"${key}" is not a setting; the settings are ${KEYS.join(', ')}` });
    }
  }
  return { config, problems };
}

function readRules(pair: Pair<Node, Node>, knownRules: readonly string[], config: ResolvedConfig, problems: Problems, whole: Span): void {
  if (!isMap(pair.value)) {
    problems.push({ ...spanOf(pair.value ?? pair.key, whole), message: '"rules" must map rule ids to error, warning, info, hint or off' });
    return;
  }
  for (const item of pair.value.items as Array<Pair<Node, Node>>) {
    const id = isScalar(item.key) ? String(item.key.value) : '';
    if (!knownRules.includes(id)) {
      problems.push({ ...spanOf(item.key, whole), message: `"rules.${id}": there is no rule "${id}" (run "policy-notes rules" for the list)` });
      continue;
    }
    // YAML 1.2 reads a bare `off` as the string "off"; accept `false` too, as markdownlint users write it.
    const raw = isScalar(item.value) ? item.value.value : undefined;
    const value = raw === false ? 'off' : String(raw);
    if (!SEVERITY_VALUES.includes(value)) {
      problems.push({ ...spanOf(item.value ?? item.key, whole), message: `"rules.${id}" must be error, warning, info, hint or off, not "${String(raw)}"` });
      continue;
    }
    config.rules[id] = value as SeveritySetting;
  }
}

function readClaims(pair: Pair<Node, Node>, config: ResolvedConfig, problems: Problems, whole: Span): void {
  if (!isMap(pair.value)) {
    problems.push({ ...spanOf(pair.value ?? pair.key, whole), message: '"claims" must be a mapping (citation-scope)' });
    return;
  }
  for (const item of pair.value.items as Array<Pair<Node, Node>>) {
    const sub = isScalar(item.key) ? String(item.key.value) : '';
    const v = isScalar(item.value) ? String(item.value.value) : '';
    if (sub !== 'citation-scope') problems.push({ ...spanOf(item.key, whole), message: `"claims.${sub}" is not a setting; use "citation-scope"` });
    else if (v !== 'sentence' && v !== 'paragraph') problems.push({ ...spanOf(item.value ?? item.key, whole), message: `"claims.citation-scope" must be sentence or paragraph, not "${v}"` });
    else config.claims.citationScope = v;
  }
}
