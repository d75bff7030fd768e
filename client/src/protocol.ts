// What Gracious adds to LSP, as the server answers it: the draft's checklist and the notice that it changed. The
// shapes are the server's own, imported as types only, so nothing of the server is bundled into the client.
import { NotificationType, RequestType } from 'vscode-languageclient';
import type { Checklist } from '../../server/src/lsp/checklist';

export type { Checklist, ChecklistItem } from '../../server/src/lsp/checklist';

export interface DocumentParams {
  readonly uri: string;
}

/** The checklist of an open document; null when the document is not a draft (a README, notes). */
export const ChecklistRequest = new RequestType<DocumentParams, Checklist | null, void>('gracious/checklist');

/** Sent when a document's findings changed, so that its checklist may have too. */
export const ChecklistChangedNotification = new NotificationType<DocumentParams>('gracious/checklistChanged');

/** The source action that applies every fix the server marks safe. */
export const FIX_ALL_KIND = 'source.fixAll.gracious';
