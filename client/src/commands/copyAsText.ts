// Gracious: Copy as Plain-Text Email. The active draft, rendered for a mail client, on the clipboard.
import { env, window } from 'vscode';
import { toPlainText } from '../plainText';

export async function copyAsText(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showInformationMessage('Gracious: open a Markdown draft to copy it.');
    return;
  }
  const text = toPlainText(editor.document.getText());
  await env.clipboard.writeText(text);
  void window.setStatusBarMessage(`Gracious: copied the draft as plain text (${text.length} characters).`, 5_000);
}
