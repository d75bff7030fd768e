// Quick fixes and Fix All. A quick fix is read from its diagnostic's `data` (the fixes the rule attached); rules
// are not run again. Every Gracious diagnostic also offers "Disable <rule> for this line" and "… for this file",
// made here and only here. `source.fixAll.gracious` applies every safe fix of the document in one edit.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type ServerCapabilities,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding } from '../core';
import { findFrontMatter } from '../core/frontMatter';
import { FIX_ALL_KIND } from '../protocol';
import type { ServerContext } from './context';
import { guardRequest } from './guard';
import { documentUriOf } from './params';
import { spanToRange } from './positions';
import { DIAGNOSTIC_SOURCE, toDiagnosticData, toTextEdit, type DiagnosticData, type FixData } from './toDiagnostic';

export const FIX_ALL_TITLE = 'Fix all safe Gracious problems';

/** Whether a client asking for `only` these kinds wants actions of `kind` (kinds are dot-separated hierarchies). */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function isFixData(value: unknown): value is FixData {
  const fix = value as FixData;
  return typeof fix === 'object' && fix !== null && typeof fix.title === 'string' && typeof fix.safe === 'boolean' && Array.isArray(fix.edits);
}

/** The diagnostic's data, when it is what toDiagnostic wrote; clients are asked to keep it, not all do. */
function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (typeof data !== 'object' || data === null || typeof data.ruleId !== 'string' || !Array.isArray(data.fixes)) return undefined;
  return data.fixes.every(isFixData) ? data : undefined;
}

const keyOf = (ruleId: string, range: Range): string =>
  `${ruleId} ${range.start.line}:${range.start.character} ${range.end.line}:${range.end.character}`;

function eolOf(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/**
 * Adds `ruleId` to a `gracious-<kind>` directive that is alone on `line`: [] when it already covers the rule,
 * undefined when the line holds no such directive.
 */
function joinDirective(document: TextDocument, line: number, kind: string, ruleId: string): TextEdit[] | undefined {
  if (line < 0 || line >= document.lineCount) return undefined;
  const m = new RegExp(`^(\\s*<!--\\s*gracious-${kind}(?![\\w-])([^>]*?))\\s*-->\\s*$`).exec(lineText(document, line));
  if (!m) return undefined;
  const named = m[2].split(/[\s,]+/).filter(Boolean);
  if (named.length === 0 || named.includes(ruleId)) return [];
  const at = { line, character: m[1].length };
  return [{ range: { start: at, end: at }, newText: ` ${ruleId}` }];
}

/** `<!-- gracious-disable-next-line RULE -->` on a line of its own above the diagnostic's first line. */
function disableLine(document: TextDocument, diagnostic: Diagnostic, ruleId: string): TextEdit[] {
  const line = diagnostic.range.start.line;
  const joined = joinDirective(document, line - 1, 'disable-next-line', ruleId);
  if (joined) return joined;
  // The comment keeps the line's indentation, short of the four spaces that would make it a code block.
  const indent = /^[ \t]*/.exec(lineText(document, line))![0];
  const at = { line, character: 0 };
  return [{ range: { start: at, end: at }, newText: `${indent.length < 4 ? indent : ''}<!-- gracious-disable-next-line ${ruleId} -->${eolOf(document)}` }];
}

/** `<!-- gracious-disable RULE -->` at the top of the draft, on the line after its front matter if it has one. */
function disableFile(document: TextDocument, ruleId: string): TextEdit[] {
  const text = document.getText();
  const frontMatter = findFrontMatter(text);
  const at = document.positionAt(frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const joined = joinDirective(document, frontMatter ? at.line + 1 : at.line, 'disable', ruleId);
  if (joined) return joined;
  const comment = `<!-- gracious-disable ${ruleId} -->`;
  return [{ range: { start: at, end: at }, newText: frontMatter ? `${eolOf(document)}${comment}` : `${comment}${eolOf(document)}` }];
}

function quickFix(uri: string, diagnostic: Diagnostic, title: string, edits: readonly TextEdit[], isPreferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(isPreferred ? { isPreferred } : {}),
    edit: { changes: { [uri]: [...edits] } },
  };
}

function quickFixes(uri: string, document: TextDocument, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const preferred = data.fixes.find((fix) => fix.safe);
  const actions = data.fixes.map((fix) => quickFix(uri, diagnostic, fix.title, fix.edits, fix === preferred));
  const line = disableLine(document, diagnostic, data.ruleId);
  if (line.length) actions.push(quickFix(uri, diagnostic, `Disable ${data.ruleId} for this line`, line));
  const file = disableFile(document, data.ruleId);
  if (file.length) actions.push(quickFix(uri, diagnostic, `Disable ${data.ruleId} for this file`, file));
  return actions;
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at one offset, or one at the start of a replacement, would apply in an order no one chose.
  return a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
}

/**
 * The edits of every finding's first safe fix, in document order, leaving out a fix that would touch an edit
 * already chosen: a WorkspaceEdit's edits all refer to the original text, so LSP forbids overlapping ones.
 */
export function safeEdits(findings: readonly Finding[]): Edit[] {
  const chosen: Edit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (fix && fix.edits.every((edit) => !chosen.some((c) => overlaps(c, edit)))) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.span.start - b.span.start);
}

export function registerCodeActions({ connection, documents, checker }: ServerContext): ServerCapabilities {
  connection.onCodeAction(guardRequest(connection.console, 'textDocument/codeAction', [], async (params: CodeActionParams) => {
    const uri = documentUriOf(params);
    const document = documents.get(uri);
    if (!document) return [];
    // This version's findings, cached for its diagnostics: a client diagnostic that none of them matches comes
    // from an older version, and its edits would land in the wrong place.
    const findings = await checker.findings(document);
    if (!findings) return [];
    const only = params.context?.only;
    const actions: CodeAction[] = [];
    if (wanted(only, CodeActionKind.QuickFix)) {
      const current = new Map(findings.map((f) => [keyOf(f.ruleId, spanToRange(document, f.span)), f]));
      const seen = new Set<string>();
      for (const diagnostic of params.context?.diagnostics ?? []) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const data = dataOf(diagnostic);
        const ruleId = data?.ruleId ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
        const finding = ruleId === undefined ? undefined : current.get(keyOf(ruleId, diagnostic.range));
        if (!finding) continue;
        for (const action of quickFixes(uri, document, diagnostic, data ?? toDiagnosticData(document, finding))) {
          // Two findings of one rule on a line offer one "Disable … for this line", not two.
          const key = `${action.title} ${JSON.stringify(action.edit)}`;
          if (!seen.has(key)) actions.push(action);
          seen.add(key);
        }
      }
    }
    if (wanted(only, FIX_ALL_KIND)) {
      const edits = safeEdits(findings);
      if (edits.length) {
        actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits.map((e) => toTextEdit(document, e)) } } });
      }
    }
    return actions;
  }));
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } };
}
