// Gracious: Check All Drafts in Workspace. Opens every Markdown file as a document (not an editor), asks the
// server whether it is a draft, pulls a draft's diagnostics into the Problems view and ends with a summary.
import { commands, DiagnosticSeverity, ProgressLocation, window, workspace, type CancellationToken, type Diagnostic, type Uri } from 'vscode';
import {
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  ResponseError,
  type LanguageClient,
} from 'vscode-languageclient/node';
import { ChecklistRequest } from '../protocol';
import type { SyncedDocuments } from '../syncedDocuments';
import type { WorkspaceFindings } from '../workspaceFindings';

const MARKDOWN_FILES = '**/*.md';
const NEVER_DRAFTS = '{**/node_modules/**,**/.git/**}';
/** A workspace with more Markdown than this is checked up to here, and the summary says so. */
export const MAX_FILES = 2_000;

type Outcome =
  | { readonly kind: 'draft'; readonly complete: boolean; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'other' | 'failed' };

interface Tally {
  files: number;
  drafts: number;
  complete: number;
  errors: number;
  warnings: number;
  others: number;
  failed: number;
}

export async function checkWorkspace(client: LanguageClient, synced: SyncedDocuments, findings: WorkspaceFindings): Promise<void> {
  if (!workspace.workspaceFolders?.length) {
    void window.showInformationMessage('Gracious: open a folder first; there is no workspace to check.');
    return;
  }
  const tally: Tally = { files: 0, drafts: 0, complete: 0, errors: 0, warnings: 0, others: 0, failed: 0 };
  let limited = false;
  let cancelled = false;
  await window.withProgress({ location: ProgressLocation.Notification, title: 'Gracious: checking drafts', cancellable: true }, async (progress, token) => {
    const files = await workspace.findFiles(MARKDOWN_FILES, NEVER_DRAFTS, MAX_FILES + 1, token);
    limited = files.length > MAX_FILES;
    findings.clear();
    for (const uri of files.slice(0, MAX_FILES)) {
      if (token.isCancellationRequested) break;
      progress.report({ message: workspace.asRelativePath(uri), increment: 100 / Math.min(files.length, MAX_FILES) });
      const outcome = await checkFile(client, synced, uri, token).catch((error: unknown): Outcome => {
        if (!token.isCancellationRequested) client.warn(`checking ${uri.toString()} failed: ${String(error)}`);
        return { kind: 'failed' };
      });
      if (token.isCancellationRequested) break;
      tally.files++;
      if (outcome.kind === 'failed') tally.failed++;
      if (outcome.kind !== 'draft') continue;
      findings.set(uri, outcome.diagnostics);
      count(tally, outcome);
    }
    cancelled = token.isCancellationRequested;
  });
  const choice = await window.showInformationMessage(summary(tally, limited, cancelled), ...(tally.errors + tally.warnings + tally.others ? ['Show Problems'] : []));
  if (choice) await commands.executeCommand('workbench.actions.view.problems');
}

async function checkFile(client: LanguageClient, synced: SyncedDocuments, uri: Uri, token: CancellationToken): Promise<Outcome> {
  const document = await synced.open(uri);
  if (!document) return { kind: 'other' };
  const params = { uri: document.uri.toString() };
  const checklist = await client.sendRequest(ChecklistRequest, params, token);
  if (!checklist) return { kind: 'other' };
  // The server cancels a pull when the document changed while it was checked; the second ask gets the new version.
  const pull = () => client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: params }, token);
  const report = await pull().catch((error: unknown) => {
    if (error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled) return pull();
    throw error;
  });
  const items = report.kind === DocumentDiagnosticReportKind.Full ? report.items : [];
  const diagnostics = await client.protocol2CodeConverter.asDiagnostics(items, token);
  return { kind: 'draft', complete: checklist.done === checklist.total, diagnostics };
}

function count(tally: Tally, outcome: Extract<Outcome, { kind: 'draft' }>): void {
  tally.drafts++;
  if (outcome.complete) tally.complete++;
  for (const { severity } of outcome.diagnostics) {
    if (severity === DiagnosticSeverity.Error) tally.errors++;
    else if (severity === DiagnosticSeverity.Warning) tally.warnings++;
    else tally.others++;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summary(tally: Tally, limited: boolean, cancelled: boolean): string {
  const problems = tally.errors + tally.warnings + tally.others;
  const parts = [
    `Gracious checked ${plural(tally.drafts, 'draft')} among ${plural(tally.files, 'Markdown file')}`,
    `: ${tally.complete} complete, ${plural(problems, 'problem')}`,
    // Worded as the command line words its summary.
    problems ? ` (${plural(tally.errors, 'error')}, ${plural(tally.warnings, 'warning')}, ${tally.others} info)` : '',
    '.',
    limited ? ` Only the first ${MAX_FILES} Markdown files were checked.` : '',
    tally.failed ? ` ${plural(tally.failed, 'file')} could not be checked; the Gracious output says why.` : '',
    cancelled ? ' Stopped before the end.' : '',
  ];
  return parts.join('');
}
