// Opens a file as a document the server knows, without showing it: the open notification has gone out before
// open() resolves, so a request sent afterwards finds the document on the server.
import { workspace, type TextDocument, type Uri } from 'vscode';
import type { Middleware } from 'vscode-languageclient';

/** Documents outside the selector are never sent; give up waiting for them after this long. */
const SYNC_TIMEOUT_MS = 5_000;

export class SyncedDocuments {
  private readonly sent = new Set<string>();
  private readonly waiting = new Map<string, (() => void)[]>();

  readonly middleware: Middleware = {
    didOpen: async (document, next) => {
      await next(document);
      const key = document.uri.toString();
      this.sent.add(key);
      for (const resolve of this.waiting.get(key) ?? []) resolve();
      this.waiting.delete(key);
    },
    didClose: async (document, next) => {
      this.sent.delete(document.uri.toString());
      await next(document);
    },
  };

  /** The document, once the server has it; undefined if it never arrived there. */
  async open(uri: Uri): Promise<TextDocument | undefined> {
    const document = await workspace.openTextDocument(uri);
    const key = document.uri.toString();
    if (this.sent.has(key)) return document;
    const arrived = await new Promise<boolean>((resolve) => {
      const waiters = this.waiting.get(key) ?? [];
      const arrive = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const left = (this.waiting.get(key) ?? []).filter((waiter) => waiter !== arrive);
        if (left.length) this.waiting.set(key, left);
        else this.waiting.delete(key);
        resolve(false);
      }, SYNC_TIMEOUT_MS);
      waiters.push(arrive);
      this.waiting.set(key, waiters);
    });
    return arrived ? document : undefined;
  }
}
