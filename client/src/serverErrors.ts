// The language client's error handler: restarts a crashed server as RestartPolicy decides, and says so once. The
// client itself writes each message to the output channel; a message with handled: false also pops up.
import { window } from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient';
import { RestartPolicy, RESTART_WINDOW_MS } from './restartPolicy';

/** Read or write errors on the connection tolerated before it is shut down (and closed() decides). */
const TOLERATED_CONNECTION_ERRORS = 3;

export const RESTARTED_MESSAGE = 'The Gracious server stopped unexpectedly and was restarted; your drafts are checked again.';

export function serverErrorHandler(policy = new RestartPolicy()): ErrorHandler {
  return {
    error(_error, _message, count): ErrorHandlerResult {
      const action = count !== undefined && count <= TOLERATED_CONNECTION_ERRORS ? ErrorAction.Continue : ErrorAction.Shutdown;
      return { action, handled: true };
    },
    closed(): CloseHandlerResult {
      const decision = policy.closed();
      if (!decision.restart) {
        const minutes = RESTART_WINDOW_MS / 60_000;
        const message = `The Gracious server stopped ${decision.crashes} times in ${minutes} minutes and was not restarted. Reload the window to try again; the Gracious output has the details.`;
        return { action: CloseAction.DoNotRestart, message, handled: false };
      }
      if (decision.tell) void window.showInformationMessage(RESTARTED_MESSAGE);
      return { action: CloseAction.Restart, message: 'The Gracious server stopped unexpectedly; restarting it.', handled: true };
    },
  };
}
