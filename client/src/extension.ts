// The VS Code extension: starts the bundled language server and adds what only an editor has: the checklist in
// the status bar, the commands, and the workspace-wide check. Everything about checking lives in the server.
import { commands, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './commands/checkWorkspace';
import { copyAsText } from './commands/copyAsText';
import { fixAll } from './commands/fixAll';
import { newEmail } from './commands/newEmail';
import { showDraftProblems } from './commands/showDraftProblems';
import { showGuidance } from './commands/showGuidance';
import { createLanguageClient } from './languageClient';
import { logRunModeChanges, TypingPause } from './runMode';
import { ChecklistStatus, SHOW_DRAFT_PROBLEMS } from './statusBar';
import { SyncedDocuments } from './syncedDocuments';
import { WorkspaceFindings } from './workspaceFindings';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const started = performance.now();
  const outputChannel = window.createOutputChannel('Gracious', { log: true });
  const typing = new TypingPause();
  const synced = new SyncedDocuments();
  const findings = new WorkspaceFindings();
  client = createLanguageClient(context, outputChannel, typing, synced);
  const status = new ChecklistStatus(client);
  const running = client;
  context.subscriptions.push(
    outputChannel,
    findings,
    status,
    typing,
    logRunModeChanges(outputChannel),
    commands.registerCommand('gracious.newEmail', () => newEmail(context)),
    commands.registerCommand('gracious.fixAll', fixAll),
    commands.registerCommand('gracious.checkWorkspace', () => checkWorkspace(running, synced, findings)),
    commands.registerCommand('gracious.copyAsText', copyAsText),
    commands.registerCommand('gracious.showGuidance', () => showGuidance(context)),
    commands.registerCommand(SHOW_DRAFT_PROBLEMS, showDraftProblems),
  );
  await client.start();
  const ready = performance.now();
  outputChannel.info(`Gracious activated in ${(ready - started).toFixed(0)} ms (server started and initialised).`);
  await status.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
