// Gracious: Fix All. Runs the server's `source.fixAll.gracious` action on the active draft: every fix the server
// marks safe, in one edit that a single undo takes back.
import { CodeActionKind, commands, Range, window, workspace, type CodeAction } from 'vscode';
import { FIX_ALL_KIND } from '../protocol';

/** Code actions are resolved (their edit filled in) up to this many; fix-all is one. */
const RESOLVE_COUNT = 4;

export async function fixAll(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showInformationMessage('Gracious: open a Markdown draft to fix it.');
    return;
  }
  const { document } = editor;
  const whole = new Range(document.positionAt(0), document.positionAt(document.getText().length));
  const kind = CodeActionKind.Empty.append(FIX_ALL_KIND);
  const actions = await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, kind.value, RESOLVE_COUNT);
  const action = actions?.find((candidate) => candidate.kind !== undefined && kind.contains(candidate.kind));
  if (!action || (!action.edit && !action.command)) {
    void window.showInformationMessage('Gracious: nothing in this draft can be fixed safely.');
    return;
  }
  if (action.edit && !(await workspace.applyEdit(action.edit))) {
    void window.showWarningMessage('Gracious: the fixes could not be applied; the draft changed meanwhile. Try again.');
    return;
  }
  if (action.command) await commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
