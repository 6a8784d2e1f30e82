// Types of hostile-inputs.mjs for the TypeScript tests that import it.

/** Markdown bodies that make naive parsers quadratic or recursive, by name. */
export declare const markdownCases: Record<string, () => string>;
/** Large but ordinary notes, slower than the pathological set only because they are big. */
export declare const largeMarkdownCases: Record<string, () => string>;
/** Openers that each add one level of YAML nesting when repeated. */
export declare const yamlNestingOpeners: readonly string[];
/** `opener` repeated `n` times, closed by a scalar. */
export declare function nestedYaml(opener: string, n: number): string;
/** A mapping with `n` distinct keys. */
export declare function manyKeys(n: number): string;
/** The "billion laughs" alias bomb. */
export declare function billionLaughs(): string;
/** One anchored list referenced `n` times. */
export declare function aliasFlood(n: number): string;
/** Wraps YAML as the front matter of a Markdown note. */
export declare function asFrontMatter(yaml: string): string;
