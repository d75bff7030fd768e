// The language client: the bundled server over Node IPC, the documents it is given, when diagnostics are pulled,
// and what happens when the server dies.
import * as path from 'node:path';
import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { diagnosticPullOptions, type TypingPause } from './runMode';
import { DOCUMENT_SELECTOR } from './selector';
import { serverErrorHandler } from './serverErrors';
import type { SyncedDocuments } from './syncedDocuments';

export function createLanguageClient(
  context: ExtensionContext,
  outputChannel: LogOutputChannel,
  typing: TypingPause,
  synced: SyncedDocuments,
): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const middleware: Middleware = { ...typing.middleware, ...synced.middleware };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    synchronize: {
      configurationSection: 'gracious',
      fileEvents: workspace.createFileSystemWatcher('**/.graciousrc.json'),
    },
    outputChannel,
    errorHandler: serverErrorHandler(),
    diagnosticPullOptions,
    middleware,
  };
  return new LanguageClient('gracious', 'Gracious', serverOptions, clientOptions);
}
