// The one place where core offsets meet LSP positions. Core spans count UTF-16 code units, as LSP positions do by
// default; TextDocument does the line arithmetic, including CRLF and surrogate pairs.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core';

export function spanToRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function positionToOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}
