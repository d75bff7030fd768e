// Delivers diagnostics: answered on request when the client pulls (textDocument/diagnostic), otherwise pushed
// (publishDiagnostics) shortly after the typing pauses. Either way each result is for the current version only.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import type { CheckOutcome } from './documentChecker';
import { guardListener, guardRequest } from './guard';
import { documentUriOf } from './params';
import { toDiagnostic } from './toDiagnostic';
import { tooLargeDiagnostic } from './tooLarge';

/**
 * Pushes wait this long after the last change, so a burst of keystrokes costs one check. Pulls are answered at
 * once, and so is a document's first version: opening a file is no burst of typing.
 */
export const PUSH_DELAY_MS = 150;

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

function diagnosticsOf(document: TextDocument, outcome: CheckOutcome): Diagnostic[] {
  if (outcome.tooLarge) return [tooLargeDiagnostic(outcome.tooLarge)];
  return outcome.findings.map((finding) => toDiagnostic(document, finding));
}

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
    const outcome = await checker.outcome(document);
    if (!outcome) throw new ResponseError(LSPErrorCodes.ServerCancelled, `${uri} changed while it was checked`, { retriggerRequest: true });
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(document, outcome) };
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
    const outcome = await checker.outcome(document);
    // Undefined means a newer version arrived meanwhile; its own push is already scheduled.
    if (!outcome) return;
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(document, outcome) });
  });
  /** Documents whose first version has been scheduled; later versions wait for the typing to pause. */
  const opened = new Set<string>();
  const schedule = (uri: string, delay = PUSH_DELAY_MS): void => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(publish, delay, uri));
  };
  documents.onDidChangeContent(({ document }) => {
    schedule(document.uri, opened.has(document.uri) ? PUSH_DELAY_MS : 0);
    opened.add(document.uri);
  });
  documents.onDidClose(guardListener(connection.console, 'clearDiagnostics', async ({ document }) => {
    opened.delete(document.uri);
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }));
  settings.onDidChange(() => {
    for (const document of documents.all()) schedule(document.uri);
  });
}
