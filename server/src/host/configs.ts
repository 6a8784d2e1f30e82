/** Finds and reads `.policy-notes.yaml` files: the nearest one from a folder up to the workspace root. */
import { existsSync } from 'node:fs';
import { CONFIG_FILE_NAME, defaultConfig, parseConfig } from '../core/config';
import type { ConfigProblem, ResolvedConfig } from '../core/config';
import type { SeveritySetting } from '../core/types';
import { dirname, isInside } from '../core/paths';
import { RULES } from '../core/rules';
import { LineIndex } from '../core/text';
import { readTextFile } from './read-file';

/** A config file that could not be used, with a one-line message naming the file and the problem. */
export interface ConfigError {
  file: string;
  problems: ConfigProblem[];
  text: string;
}

/** Formats a config error as `file:line:col: message` lines. */
export function formatConfigError(error: ConfigError, display: (path: string) => string): string {
  const lines = new LineIndex(error.text);
  return error.problems
    .map((p) => {
      const pos = lines.positionAt(p.start);
      return `${display(error.file)}:${pos.line + 1}:${pos.character + 1}: ${p.message}`;
    })
    .join('\n');
}

/** Resolves the config for every folder, reading each config file once. */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  /** Problems of every config read so far. */
  readonly errors: ConfigError[] = [];

  constructor(
    private readonly root: string,
    private readonly explicit?: string,
    private readonly overrides: Record<string, SeveritySetting> = {},
  ) {}

  private withOverrides(config: ResolvedConfig): ResolvedConfig {
    return Object.keys(this.overrides).length === 0 ? config : { ...config, rules: { ...config.rules, ...this.overrides } };
  }

  /** Reads one config file (cached); problems go to `errors`. */
  load(file: string): ResolvedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const read = readTextFile(file);
    const base = dirname(file);
    let config: ResolvedConfig;
    if (!read.ok) {
      this.errors.push({ file, problems: [{ start: 0, end: 0, message: `cannot read the configuration: ${read.reason}` }], text: '' });
      config = { ...defaultConfig(base), file };
    } else {
      const parsed = parseConfig(file, base, read.text, RULES.map((r) => r.id));
      if (parsed.problems.length > 0) this.errors.push({ file, problems: parsed.problems, text: read.text });
      config = parsed.config;
    }
    config = this.withOverrides(config);
    this.byFile.set(file, config);
    return config;
  }

  /** The config governing files in folder `dir`. */
  forDir(dir: string): ResolvedConfig {
    if (this.explicit) return this.load(this.explicit);
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = `${dir === '/' ? '' : dir}/${CONFIG_FILE_NAME}`;
    let config: ResolvedConfig;
    if (existsSync(candidate)) config = this.load(candidate);
    else if (dir === this.root || !isInside(this.root, dir) || dirname(dir) === dir) config = this.withOverrides(defaultConfig(this.root));
    else config = this.forDir(dirname(dir));
    this.byDir.set(dir, config);
    return config;
  }

  /** The config governing one file. */
  forFile(path: string): ResolvedConfig {
    return this.forDir(dirname(path));
  }
}
