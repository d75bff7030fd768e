// The status bar item of the active draft: "Gracious: 4/6 ✓", the checklist as its tooltip, and a click that
// shows the draft's problems. Hidden when the active editor is not a draft. Asked again when the server says the
// draft's findings changed and when another editor becomes active; an answer for an older question is dropped.
import { Disposable, MarkdownString, StatusBarAlignment, window, type StatusBarItem, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { statusText, tooltipMarkdown } from './checklistText';
import { ChecklistChangedNotification, ChecklistRequest } from './protocol';
import { isCheckable } from './selector';

export const SHOW_DRAFT_PROBLEMS = 'gracious.showDraftProblems';

export class ChecklistStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly disposables: Disposable[] = [];
  /** Bumped by each question, so that only the newest answer is shown. */
  private asked = 0;
  private failureLogged = false;

  constructor(private readonly client: LanguageClient) {
    this.item = window.createStatusBarItem('gracious.checklist', StatusBarAlignment.Right, 100);
    this.item.name = 'Gracious checklist';
    this.item.command = SHOW_DRAFT_PROBLEMS;
    this.disposables.push(
      this.item,
      window.onDidChangeActiveTextEditor((editor) => void this.refresh(editor)),
      client.onNotification(ChecklistChangedNotification, ({ uri }) => {
        if (window.activeTextEditor?.document.uri.toString() === uri) void this.refresh(window.activeTextEditor);
      }),
    );
  }

  async refresh(editor: TextEditor | undefined = window.activeTextEditor): Promise<void> {
    const question = ++this.asked;
    if (!editor || !isCheckable(editor.document) || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    let checklist;
    try {
      checklist = await this.client.sendRequest(ChecklistRequest, { uri: editor.document.uri.toString() });
    } catch (error) {
      if (!this.failureLogged) this.client.warn(`gracious/checklist failed: ${String(error)}`);
      this.failureLogged = true;
      checklist = null;
    }
    if (question !== this.asked) return;
    if (!checklist) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(checklist);
    this.item.tooltip = new MarkdownString(tooltipMarkdown(checklist));
    this.item.show();
  }

  dispose(): void {
    Disposable.from(...this.disposables).dispose();
  }
}
