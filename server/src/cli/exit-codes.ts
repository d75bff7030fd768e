// The exit-code policy, in one place: scripts and CI depend on it.
//   0  nothing at warning or error level was found (hints and information never fail a run)
//   1  at least one finding at warning or error level
//   2  the run itself went wrong: usage error, broken --config, no such file, unreadable input
import type { Severity } from '../core';

export enum ExitCode {
  Clean = 0,
  Findings = 1,
  Trouble = 2,
}

const FAILING: ReadonlySet<Severity> = new Set(['warning', 'error']);

export function exitCodeFor(severities: Iterable<Severity>, troubled: boolean): ExitCode {
  if (troubled) return ExitCode.Trouble;
  for (const severity of severities) if (FAILING.has(severity)) return ExitCode.Findings;
  return ExitCode.Clean;
}
