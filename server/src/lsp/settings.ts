/** Editor settings under `policyNotes.*`: editor behaviour only; rule configuration stays in the repository. */

/** The settings the server reads. */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  codeLens: { enable: boolean };
}

/** The defaults, also used by editors that send no settings. */
export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', debounceMs: 250, codeLens: { enable: true } };

/** Reads settings from whatever the client sent, keeping defaults for anything missing or mistyped. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const lens = (r.codeLens && typeof r.codeLens === 'object' ? r.codeLens : {}) as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 10_000 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
    codeLens: { enable: typeof lens.enable === 'boolean' ? lens.enable : DEFAULT_SETTINGS.codeLens.enable },
  };
}
