// The command line, parsed into one typed command. Anything unrecognised is a usage error, never guessed at.
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from './formats';

export interface CheckCommand {
  readonly kind: 'check';
  /** Files, folders, globs and `-` (stdin), as given. */
  readonly targets: readonly string[];
  readonly format: FormatName;
  /** `--config FILE`, as given. */
  readonly config?: string;
  /** `--jobs N`: at most this many worker threads; every core when not given. */
  readonly jobs?: number;
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'rules' } | CheckCommand;

export type ParsedCommandLine = Command | { readonly kind: 'usage-error'; readonly message: string };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function usageError(message: string): ParsedCommandLine {
  return { kind: 'usage-error', message };
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages name the option and say what was wrong; its first sentence is enough.
    return usageError((e as Error).message.split(/(?<=\.)\s|\n/)[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...operands] = positionals;
  if (command === undefined) return usageError('no command given: use "gracious check" or "gracious rules"');
  if (command === 'rules') {
    if (operands.length || values.format !== undefined || values.config !== undefined || values.jobs !== undefined) return usageError('"gracious rules" takes no arguments');
    return { kind: 'rules' };
  }
  if (command !== 'check') return usageError(`unknown command "${command}": use "gracious check" or "gracious rules"`);
  const format = values.format ?? 'text';
  if (!isFormatName(format)) return usageError(`unknown format "${format}" (known: ${FORMAT_NAMES.join(', ')})`);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usageError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  return { kind: 'check', targets: operands.length ? operands : ['.'], format, config: values.config, jobs };
}
