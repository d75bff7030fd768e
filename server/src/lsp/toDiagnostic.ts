// One finding as one LSP diagnostic. Its `data` carries the fixes, already as text edits, so that a quick fix
// reads them back instead of running the rules again.
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding, Severity } from '../core';
import { docsUrl } from '../rules';
import { spanToRange } from './positions';

export const DIAGNOSTIC_SOURCE = 'gracious';

export interface FixData {
  readonly title: string;
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
}

export interface DiagnosticData {
  readonly ruleId: string;
  readonly fixes: readonly FixData[];
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export function toTextEdit(document: TextDocument, edit: Edit): TextEdit {
  return { range: spanToRange(document, edit.span), newText: edit.text };
}

/** What a diagnostic carries for its quick fixes: the rule and its fixes as text edits. */
export function toDiagnosticData(document: TextDocument, finding: Finding): DiagnosticData {
  return {
    ruleId: finding.ruleId,
    fixes: finding.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((edit) => toTextEdit(document, edit)) })),
  };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data = toDiagnosticData(document, finding);
  return {
    range: spanToRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
}
