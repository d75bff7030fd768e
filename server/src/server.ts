// gracious-ls: the language server entry. It wires the connection and hands each feature to its own module.
// `--stdio` for editors such as Neovim, `--node-ipc` for the VS Code client: createConnection reads the flag.
import './regexpTiering';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerChecklist } from './lsp/checklist';
import { readClientFeatures } from './lsp/clientFeatures';
import { registerCodeActions } from './lsp/codeActions';
import type { ServerContext } from './lsp/context';
import { registerDiagnostics } from './lsp/diagnostics';
import { DocumentChecker } from './lsp/documentChecker';
import { registerHover } from './lsp/hover';
import { ProblemReporter } from './lsp/problems';
import { SettingsStore } from './lsp/settings';
import { WorkspaceFolders } from './lsp/workspaceFolders';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize((params): InitializeResult => {
  const features = readClientFeatures(params.capabilities);
  const settings = new SettingsStore(connection, features, new WorkspaceFolders(params), new ProblemReporter(connection));
  const checker = new DocumentChecker(documents, settings, connection.console);
  const context: ServerContext = { connection, documents, features, settings, checker };
  connection.onInitialized(() => {
    settings.watch().catch((error: unknown) => connection.console.error(`registering for changes failed: ${String(error)}`));
  });
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...registerDiagnostics(context),
      ...registerHover(context),
      ...registerCodeActions(context),
      ...registerChecklist(context),
    },
    serverInfo: { name: 'gracious-ls' },
  };
});

documents.listen(connection);
connection.listen();
