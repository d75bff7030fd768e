// The `gracious.run` setting: check as you type (after a short pause) or only when you save. The server answers
// pulled diagnostics, so the client decides when to ask: on every change and every save, each filtered by the
// setting of the document's own folder, so that a change to it needs no restart.
import { CancellationError, workspace, type CancellationToken, type Disposable, type LogOutputChannel, type TextDocument, type Uri } from 'vscode';
import { DiagnosticPullMode, type DiagnosticPullOptions, type Middleware } from 'vscode-languageclient';

export type RunMode = 'onType' | 'onSave';

/** Typing that pauses for this long is checked; a burst of keystrokes costs one check. */
export const TYPING_PAUSE_MS = 200;

export function runModeOf(document: TextDocument): RunMode {
  return workspace.getConfiguration('gracious', document).get<RunMode>('run') === 'onSave' ? 'onSave' : 'onType';
}

/** Says in the output channel when the setting changes, so that a person (or a test) can see it took effect. */
export function logRunModeChanges(log: LogOutputChannel): Disposable {
  return workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('gracious.run')) return;
    const mode = workspace.getConfiguration('gracious').get<RunMode>('run') === 'onSave' ? 'onSave' : 'onType';
    log.info(`gracious.run: ${mode} (drafts are checked ${mode === 'onSave' ? 'when they are saved' : 'as you type'})`);
  });
}

/** An untitled buffer has no save to wait for, so it is always checked as you type. */
function checksOnType(document: TextDocument): boolean {
  return document.isUntitled || runModeOf(document) === 'onType';
}

export const diagnosticPullOptions: DiagnosticPullOptions = {
  onChange: true,
  onSave: true,
  // True filters the pull out. A document is always checked when it opens and when settings change.
  filter: (document, mode) => {
    if (mode === DiagnosticPullMode.onType) return !checksOnType(document);
    if (mode === DiagnosticPullMode.onSave) return checksOnType(document);
    return false;
  },
};

/**
 * Holds each pull until typing in its document has paused. A newer keystroke cancels the held pull (the client
 * asks again after a cancellation), so only the last version of a burst reaches the server.
 */
export class TypingPause implements Disposable {
  private readonly lastChange = new Map<string, number>();
  private readonly listeners: Disposable[];

  constructor(private readonly pauseMs = TYPING_PAUSE_MS, private readonly now: () => number = Date.now) {
    this.listeners = [
      workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length) this.lastChange.set(document.uri.toString(), this.now());
      }),
      workspace.onDidCloseTextDocument(({ uri }) => this.lastChange.delete(uri.toString())),
    ];
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
  }

  readonly middleware: Middleware = {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      await this.settled('uri' in document ? document.uri : document, token);
      return next(document, previousResultId, token);
    },
  };

  private settled(uri: Uri, token: CancellationToken): Promise<void> {
    const changed = this.lastChange.get(uri.toString());
    const wait = changed === undefined ? 0 : changed + this.pauseMs - this.now();
    if (wait <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        resolve();
      }, wait);
      const listener = token.onCancellationRequested(() => {
        clearTimeout(timer);
        listener.dispose();
        reject(new CancellationError());
      });
    });
  }
}
