// Which documents the server is given: Markdown files and untitled Markdown buffers. The server then decides
// which of them are drafts.
import { languages, type DocumentSelector, type TextDocument } from 'vscode';

export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
] as const satisfies DocumentSelector;

export function isCheckable(document: TextDocument): boolean {
  return languages.match([...DOCUMENT_SELECTOR], document) > 0;
}
