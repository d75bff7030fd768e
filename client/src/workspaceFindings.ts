// Findings from "Check All Drafts in Workspace" for drafts that are not on screen. A draft shown in an editor is
// checked live by the language client, so its entry here is dropped as soon as it is shown or edited: the
// Problems view never lists a draft twice, nor an old result for a changed one.
import { Disposable, languages, window, workspace, type Diagnostic, type Uri } from 'vscode';

export class WorkspaceFindings implements Disposable {
  private readonly collection = languages.createDiagnosticCollection('gracious-workspace');
  private readonly disposables: Disposable[] = [this.collection];

  constructor() {
    this.disposables.push(
      window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) this.collection.delete(editor.document.uri);
      }),
      workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length) this.collection.delete(event.document.uri);
      }),
      workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.collection.delete(uri))),
      workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => this.collection.delete(oldUri))),
    );
  }

  /** Records a checked draft's findings, unless an editor shows it (the live results stand for it then). */
  set(uri: Uri, diagnostics: readonly Diagnostic[]): void {
    const key = uri.toString();
    if (window.visibleTextEditors.some((editor) => editor.document.uri.toString() === key)) return;
    this.collection.set(uri, [...diagnostics]);
  }

  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    Disposable.from(...this.disposables).dispose();
  }
}
