// What a click on the checklist in the status bar does: shows the Problems view. VS Code has no command that sets
// the view's filter text, and its "active file only" filter is a toggle whose state an extension cannot read; but
// with `problems.autoReveal` (on by default) the view reveals the active draft's problems when it opens.
import { commands } from 'vscode';

export async function showDraftProblems(): Promise<void> {
  await commands.executeCommand('workbench.actions.view.problems');
}
