/**
 * Limits that keep hostile YAML from hanging or aborting the process, checked in linear time before
 * the parser runs: `yaml` 2.9.1 can abort the whole process (uncatchable) on deep nesting, and its
 * own duplicate-key check is quadratic, so neither depth nor size may reach it unchecked.
 */

/** How deep and how many aliases any YAML text may have. */
export const YAML_LIMITS = { maxDepth: 100, maxAliases: 100 };

/** A length cap, and how a refusal names the text and the cap. */
export interface YamlCap {
  maxChars: number;
  subject: string;
  capName: string;
}

/** The cap for a whole YAML file (notes, bibliographies, registries, configs). */
export const YAML_FILE_CAP: YamlCap = { maxChars: 2_000_000, subject: 'The YAML', capName: 'a YAML file' };

/** The cap for a Markdown note's front matter: metadata and references, never a data dump. */
export const FRONT_MATTER_CAP: YamlCap = { maxChars: 262_144, subject: 'The front matter', capName: 'front matter' };

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === CR || Number.isNaN(c);
}

/**
 * An upper bound on nesting depth: per line, half a level per indenting space or tab plus one per
 * block indicator (`-`, `?` or `:` between blanks, as in `- ? - `, `k: - - `), plus the flow brackets
 * open at that point (counted across lines). Over-counting (indicators or brackets inside quotes)
 * only makes the guard stricter.
 */
export function nestingDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let block = 0;
  let indenting = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      block = 0;
      indenting = true;
      continue;
    }
    if (c === SPACE || c === TAB) {
      if (indenting) block += 0.5;
      continue;
    }
    indenting = false;
    if (c === 91 || c === 123) flow++;
    else if ((c === 93 || c === 125) && flow > 0) flow--;
    else if ((c === 45 || c === 63 || c === 58) && isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))) block++;
    if (flow + block > max) max = flow + block;
  }
  return max;
}

/** Why a YAML text must not be parsed (too long or too deep), or undefined when it may be. */
export function refusal(text: string, cap: YamlCap): string | undefined {
  if (text.length > cap.maxChars) return `${cap.subject} is longer than ${cap.maxChars} characters (the limit for ${cap.capName}) and was not read`;
  if (nestingDepth(text) > YAML_LIMITS.maxDepth) return `${cap.subject} is nested deeper than ${YAML_LIMITS.maxDepth} levels and was not read`;
  return undefined;
}
