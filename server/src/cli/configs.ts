// Which settings apply to a draft, and which folder its include/exclude globs are relative to.
// Discovered .graciousrc.json files are looked up exactly as the server looks them up (ConfigCache), so the
// editor and the CLI agree about every draft.
import * as path from 'node:path';
import { ConfigCache, loadConfig, type LoadedConfig } from '../config/graciousrc';
import { DEFAULT_SETTINGS, type Settings } from '../config/settings';
import type { Notices } from './notices';

export interface AppliedConfig {
  readonly settings: Settings;
  /** The folder include/exclude globs are relative to: the config file's, or the cwd without one. */
  readonly root: string;
}

export type ConfigLookup = (folder: string) => AppliedConfig;

function applied(config: LoadedConfig): AppliedConfig {
  return { settings: config.settings, root: path.dirname(config.file) };
}

/**
 * `--config FILE`: one file for every draft. The user asked for this file by name, so any problem in it is an
 * error that stops the run (undefined), rather than a warning under which defaults quietly apply.
 */
export function explicitConfig(file: string, cwd: string, notices: Notices): ConfigLookup | undefined {
  const config = loadConfig(path.resolve(cwd, file));
  config.problems.forEach(notices.fail);
  if (config.problems.length) return undefined;
  const always = applied(config);
  return () => always;
}

/** The nearest config file at or above each folder. Its problems are warned about once; defaults fill in. */
export function discoveredConfigs(cwd: string, notices: Notices): ConfigLookup {
  const cache = new ConfigCache();
  const warned = new Set<string>();
  const none: AppliedConfig = { settings: DEFAULT_SETTINGS, root: cwd };
  return (folder) => {
    const config = cache.forDirectory(folder);
    if (!config) return none;
    if (!warned.has(config.file)) {
      warned.add(config.file);
      for (const problem of config.problems) notices.warn(`${problem} (ignored; defaults apply)`);
    }
    return applied(config);
  };
}
