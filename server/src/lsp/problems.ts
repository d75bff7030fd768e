// Settings problems reach the user as a warning, once per distinct text: a broken .graciousrc.json is read again
// for every document version, and the same warning on every keystroke would only bury it.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

export class ProblemReporter {
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  report(problems: readonly string[]): void {
    for (const message of problems) {
      if (this.shown.has(message)) continue;
      this.shown.add(message);
      // A notification, not window/showMessageRequest: there is nothing for the user to choose.
      this.connection
        .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })
        .catch((error: unknown) => this.connection.console.error(`showMessage failed: ${String(error)}`));
    }
  }

  /** After a config file changes, a problem that comes back is news again. */
  forgetShown(): void {
    this.shown.clear();
  }
}
