// Delivers diagnostics: answered on request when the client pulls (textDocument/diagnostic), otherwise pushed
// (publishDiagnostics) shortly after the typing pauses. Either way each result is for the current version only.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type DocumentDiagnosticReport,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { ServerContext } from './context';
import { guardListener, guardRequest } from './guard';
import { documentUriOf } from './params';
import { toDiagnostic } from './toDiagnostic';

/** Pushes wait this long after the last change, so a burst of keystrokes costs one check. Pulls are answered at once. */
export const PUSH_DELAY_MS = 150;

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

export function registerDiagnostics(context: ServerContext): ServerCapabilities {
  if (context.features.pullDiagnostics) {
    registerPull(context);
    return { diagnosticProvider: { identifier: 'gracious', interFileDependencies: false, workspaceDiagnostics: false } };
  }
  registerPush(context);
  return {};
}

function registerPull({ connection, documents, checker, settings, features }: ServerContext): void {
  connection.languages.diagnostics.on(guardRequest(connection.console, 'textDocument/diagnostic', EMPTY_REPORT, async (params) => {
    const uri = documentUriOf(params);
    const document = documents.get(uri);
    // ServerCancelled with retriggerRequest tells the client whether asking again could help.
    if (!document) throw new ResponseError(LSPErrorCodes.ServerCancelled, `${uri} is not open`, { retriggerRequest: false });
    const findings = await checker.findings(document);
    if (!findings) throw new ResponseError(LSPErrorCodes.ServerCancelled, `${uri} changed while it was checked`, { retriggerRequest: true });
    return { kind: DocumentDiagnosticReportKind.Full, items: findings.map((finding) => toDiagnostic(document, finding)) };
  }));
  settings.onDidChange(() => {
    if (!features.diagnosticRefresh) return;
    connection.languages.diagnostics.refresh().catch((error: unknown) => connection.console.error(`diagnostic refresh failed: ${String(error)}`));
  });
}

function registerPush({ connection, documents, checker, settings }: ServerContext): void {
  const pending = new Map<string, NodeJS.Timeout>();
  const publish = guardListener(connection.console, 'publishDiagnostics', async (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const findings = await checker.findings(document);
    // Undefined means a newer version arrived meanwhile; its own push is already scheduled.
    if (!findings) return;
    const diagnostics = findings.map((finding) => toDiagnostic(document, finding));
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  });
  const schedule = (uri: string): void => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(publish, PUSH_DELAY_MS, uri));
  };
  documents.onDidChangeContent(({ document }) => schedule(document.uri));
  documents.onDidClose(guardListener(connection.console, 'clearDiagnostics', async ({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }));
  settings.onDidChange(() => {
    for (const document of documents.all()) schedule(document.uri);
  });
}
