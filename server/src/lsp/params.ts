// Checks request parameters that handlers rely on, so malformed requests get InvalidParams instead of a crash.
import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver';

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isLineOrCharacter(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

export function documentUriOf(params: unknown): string {
  const textDocument = isObject(params) ? params.textDocument : undefined;
  if (!isObject(textDocument) || typeof textDocument.uri !== 'string') throw invalid('params.textDocument.uri must be a string');
  return textDocument.uri;
}

export function positionOf(params: unknown): Position {
  const position = isObject(params) ? params.position : undefined;
  if (!isObject(position) || !isLineOrCharacter(position.line) || !isLineOrCharacter(position.character)) {
    throw invalid('params.position must be { line, character } with non-negative integers');
  }
  return { line: position.line, character: position.character };
}
