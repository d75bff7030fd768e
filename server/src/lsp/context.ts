// What every feature module is given: the connection, the open documents and the shared per-document state.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from './clientFeatures';
import type { DocumentChecker } from './documentChecker';
import type { SettingsStore } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly features: ClientFeatures;
  readonly settings: SettingsStore;
  readonly checker: DocumentChecker;
}
