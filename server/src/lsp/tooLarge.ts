// A draft too long to check gets one information diagnostic at its very start, so the refusal is never silent.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CheckOutcome } from './documentChecker';
import { DIAGNOSTIC_SOURCE } from './toDiagnostic';

export function tooLargeDiagnostic({ length, limit }: NonNullable<CheckOutcome['tooLarge']>): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `Gracious did not check this file: it is too large to check as you type (${length.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}). Run "gracious check" on it from a terminal instead.`,
  };
}
