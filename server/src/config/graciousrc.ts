// The project file `.graciousrc.json`: the nearest one in the draft's folder or its parents.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normaliseSettings, type RawSettings, type Settings } from './settings';

export const CONFIG_FILE_NAME = '.graciousrc.json';

export interface LoadedConfig {
  readonly file: string;
  readonly raw: Partial<RawSettings> | undefined;
  readonly settings: Settings;
  /** Each problem names the file: shown by the server as a message and by the CLI on stderr. */
  readonly problems: readonly string[];
}

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Reads and normalises a config file. A file that cannot be read or parsed yields defaults and a problem. */
export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, raw: undefined, ...normaliseSettings(undefined), problems: [`${file}: cannot read: ${(e as Error).message}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { file, raw: undefined, ...normaliseSettings(undefined), problems: [`${file}: invalid JSON: ${(e as Error).message}`] };
  }
  const { settings, problems } = normaliseSettings(raw);
  const valid = problems.length === 0 || (typeof raw === 'object' && raw !== null && !Array.isArray(raw));
  return {
    file,
    raw: valid ? (raw as Partial<RawSettings>) : undefined,
    settings,
    problems: problems.map((p) => `${file}: ${p}`),
  };
}

/** Caches parsed config files by path and modification time, so a keystroke never re-reads one. */
export class ConfigCache {
  private readonly cache = new Map<string, { mtimeMs: number; config: LoadedConfig }>();

  forDirectory(dir: string): LoadedConfig | undefined {
    const file = findConfigFile(dir);
    return file ? this.load(file) : undefined;
  }

  load(file: string): LoadedConfig {
    let mtimeMs = -1;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      // Vanished between lookup and stat: loadConfig reports it.
    }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.config;
    const config = loadConfig(file);
    this.cache.set(file, { mtimeMs, config });
    return config;
  }

  clear(): void {
    this.cache.clear();
  }
}
