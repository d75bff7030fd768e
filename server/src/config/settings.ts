// Settings from any source (VS Code's gracious.* settings, a .graciousrc.json, CLI flags) normalised once into
// a typed, fully defaulted object. Problems are collected as messages, never thrown: defaults apply instead.
import { RULE_IDS } from '../rules';
import { SEVERITIES, type CheckOptions, type RuleSetting, type UserPhrase } from '../core/types';

export interface Settings {
  readonly options: CheckOptions;
  /** Globs of files to check besides *.email.md and drafts that look like email. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export interface RawSettings {
  rules?: unknown;
  include?: unknown;
  exclude?: unknown;
  negativePhrases?: unknown;
  allowedPhrases?: unknown;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  options: Object.freeze({ rules: Object.freeze({}), negativePhrases: Object.freeze([]), allowedPhrases: Object.freeze([]) }),
  include: Object.freeze([]),
  exclude: Object.freeze([]),
});

const KNOWN_KEYS = new Set(['$schema', 'rules', 'include', 'exclude', 'negativePhrases', 'allowedPhrases']);
const RULE_SETTINGS: readonly RuleSetting[] = ['off', ...SEVERITIES];

function stringList(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problems.push(`"${key}" must be a list of strings`);
    return [];
  }
  return value as string[];
}

function ruleSettings(value: unknown, problems: string[]): Record<string, RuleSetting> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('"rules" must be an object mapping rule ids to off|hint|information|warning|error');
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id)) {
      problems.push(`unknown rule id "${id}" (known: ${RULE_IDS.join(', ')})`);
    } else if (typeof setting === 'boolean') {
      if (!setting) rules[id] = 'off';
    } else if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting as RuleSetting)) {
      problems.push(`rule "${id}" has setting ${JSON.stringify(setting)}; use one of ${RULE_SETTINGS.join('|')}`);
    } else {
      rules[id] = setting as RuleSetting;
    }
  }
  return rules;
}

function negativePhrases(value: unknown, problems: string[]): UserPhrase[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('"negativePhrases" must be a list of strings or { "phrase", "suggestion" } objects');
    return [];
  }
  const phrases: UserPhrase[] = [];
  for (const entry of value) {
    if (typeof entry === 'string' && entry.trim()) phrases.push({ phrase: entry });
    else if (entry && typeof entry === 'object' && typeof (entry as UserPhrase).phrase === 'string' && (entry as UserPhrase).phrase.trim()
      && ((entry as UserPhrase).suggestion === undefined || typeof (entry as UserPhrase).suggestion === 'string')) {
      phrases.push({ phrase: (entry as UserPhrase).phrase, suggestion: (entry as UserPhrase).suggestion });
    } else problems.push(`"negativePhrases" entry ${JSON.stringify(entry)} is not a phrase`);
  }
  return phrases;
}

/** Normalises raw settings; `problems` lists everything ignored, for the caller to show with its source. */
export function normaliseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: ['settings must be a JSON object'] };
  }
  const r = raw as RawSettings & Record<string, unknown>;
  for (const key of Object.keys(r)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown setting "${key}"`);
  const settings: Settings = {
    options: {
      rules: ruleSettings(r.rules, problems),
      negativePhrases: negativePhrases(r.negativePhrases, problems),
      allowedPhrases: stringList(r.allowedPhrases, 'allowedPhrases', problems),
    },
    include: stringList(r.include, 'include', problems),
    exclude: stringList(r.exclude, 'exclude', problems),
  };
  return { settings, problems };
}

/** Layers settings: `over` wins key by key; rules merge per id, lists from `over` replace those below when set. */
export function mergeSettings(base: Settings, over: Partial<RawSettings> | undefined, overSettings: Settings): Settings {
  if (!over) return base;
  return {
    options: {
      rules: { ...base.options.rules, ...overSettings.options.rules },
      negativePhrases: over.negativePhrases !== undefined ? overSettings.options.negativePhrases : base.options.negativePhrases,
      allowedPhrases: over.allowedPhrases !== undefined ? overSettings.options.allowedPhrases : base.options.allowedPhrases,
    },
    include: over.include !== undefined ? overSettings.include : base.include,
    exclude: over.exclude !== undefined ? overSettings.exclude : base.exclude,
  };
}
