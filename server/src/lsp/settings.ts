/** Editor settings under `policyNotes.*`: editor behaviour only; rule configuration stays in the repository. */

/** The settings the server reads. */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  codeLens: { enable: boolean };
  /** At most this many problems are published per file, errors first; 0 publishes them all. */
  maxNumberOfProblems: number;
}

/**
 * The defaults, also used by editors that send no settings. Such an editor gets every problem; the
 * VS Code extension's default (package.json) is VS Code's own limit per file.
 */
export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', debounceMs: 250, codeLens: { enable: true }, maxNumberOfProblems: 0 };

/** Reads settings from whatever the client sent, keeping defaults for anything missing or mistyped. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const lens = (r.codeLens && typeof r.codeLens === 'object' ? r.codeLens : {}) as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 10_000 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
    codeLens: { enable: typeof lens.enable === 'boolean' ? lens.enable : DEFAULT_SETTINGS.codeLens.enable },
    maxNumberOfProblems: Number.isInteger(r.maxNumberOfProblems) && (r.maxNumberOfProblems as number) >= 0 ? (r.maxNumberOfProblems as number) : DEFAULT_SETTINGS.maxNumberOfProblems,
  };
}
