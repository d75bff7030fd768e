// Bad input must never take the server down: every handler runs inside one of these wrappers, so an unexpected
// exception becomes a logged error and an empty result, while a deliberate ResponseError still reaches the client.
import { ResponseError, type CancellationToken, type RemoteConsole } from 'vscode-languageserver';

function errorText(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** `E` is the error data the method's handler type allows (void for most, cancellation data for diagnostics). */
export function guardRequest<P, R, E>(
  console: RemoteConsole,
  method: string,
  empty: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<E>> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<E>;
      console.error(`${method} failed: ${errorText(error)}`);
      return empty;
    }
  };
}

/** For notifications and document events, which have no response to carry an error. */
export function guardListener<P>(console: RemoteConsole, name: string, listener: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    Promise.resolve()
      .then(() => listener(params))
      .catch((error: unknown) => console.error(`${name} failed: ${errorText(error)}`));
  };
}
