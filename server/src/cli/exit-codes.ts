// The exit-code policy, in one place: scripts and CI depend on it, and --help prints EXIT_CODE_MEANINGS.
import type { Severity } from '../core';

export enum ExitCode {
  Clean = 0,
  Findings = 1,
  Trouble = 2,
}

export const EXIT_CODE_MEANINGS: Readonly<Record<ExitCode, string>> = {
  [ExitCode.Clean]: 'no finding at warning or error level (hints and information never fail a run)',
  [ExitCode.Findings]: 'at least one finding at warning or error level',
  [ExitCode.Trouble]: 'usage error, broken --config file, no such file, or unreadable input',
};

const FAILING: ReadonlySet<Severity> = new Set(['warning', 'error']);

/** Trouble with the run outranks findings: a partial check must not pass for a complete one. */
export function exitCodeFor(severities: Iterable<Severity>, troubled: boolean): ExitCode {
  if (troubled) return ExitCode.Trouble;
  for (const severity of severities) if (FAILING.has(severity)) return ExitCode.Findings;
  return ExitCode.Clean;
}
