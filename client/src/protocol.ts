// What Gracious adds to LSP, typed for the language client. The names and shapes come from the one module the
// server uses too (server/src/protocol.ts), which imports nothing, so nothing of the server is bundled here.
import { NotificationType, RequestType } from 'vscode-languageclient';
import { CHECKLIST_CHANGED_NOTIFICATION, CHECKLIST_REQUEST, type Checklist } from '../../server/src/protocol';

export type { Checklist, ChecklistItem } from '../../server/src/protocol';
export { FIX_ALL_KIND } from '../../server/src/protocol';

export interface DocumentParams {
  readonly uri: string;
}

/** The checklist of an open document; null when the document is not a draft (a README, notes). */
export const ChecklistRequest = new RequestType<DocumentParams, Checklist | null, void>(CHECKLIST_REQUEST);

/** Sent when a document's findings changed, so that its checklist may have too. */
export const ChecklistChangedNotification = new NotificationType<DocumentParams>(CHECKLIST_CHANGED_NOTIFICATION);
