// The CLI's one conversion from offsets to positions: 1-based lines and columns counted in UTF-16 code units,
// as ESLint, editors and SARIF's default columnKind count them. End columns are exclusive.
import type { Finding, Severity } from '../core';
import { lineOf } from '../core/lines';

/** A finding as every report format shows it. */
export interface LocatedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  readonly endOffset: number;
}

/** A checked draft: `file` is the path shown to the user (relative to the cwd) or `<stdin>`. */
export interface CheckedDraft {
  readonly file: string;
  readonly findings: readonly LocatedFinding[];
}

export function locate(finding: Finding, lineStarts: readonly number[]): LocatedFinding {
  const { start, end } = finding.span;
  const line = lineOf(lineStarts, start);
  const endLine = lineOf(lineStarts, end);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: line + 1,
    column: start - lineStarts[line] + 1,
    endLine: endLine + 1,
    endColumn: end - lineStarts[endLine] + 1,
    offset: start,
    endOffset: end,
  };
}
