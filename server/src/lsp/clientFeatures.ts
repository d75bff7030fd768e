// What the client can do, read once from its initialize capabilities so that features never probe them again.
import type { ClientCapabilities } from 'vscode-languageserver';

export interface ClientFeatures {
  /** Client asks for diagnostics (textDocument/diagnostic) instead of receiving publishDiagnostics. */
  readonly pullDiagnostics: boolean;
  readonly diagnosticRefresh: boolean;
  /** Client answers workspace/configuration; otherwise settings arrive only with didChangeConfiguration. */
  readonly configuration: boolean;
  readonly configurationChangeRegistration: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly workspaceFolders: boolean;
}

export function readClientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configuration: capabilities.workspace?.configuration === true,
    configurationChangeRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
  };
}
