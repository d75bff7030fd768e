// What Gracious adds to LSP, shared by the server and the VS Code client. No imports, so that the client can take
// these constants without bundling anything of the server.

/** Request: the checklist of an open draft. Params `{ uri }`; result `Checklist`, or null for a non-draft. */
export const CHECKLIST_REQUEST = 'gracious/checklist';
/** Notification `{ uri }`: a document's findings changed, so its checklist may have too. */
export const CHECKLIST_CHANGED_NOTIFICATION = 'gracious/checklistChanged';
/** The source action that applies every fix the server marks safe. */
export const FIX_ALL_KIND = 'source.fixAll.gracious';

export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
  readonly done: boolean;
}

export interface Checklist {
  readonly items: readonly ChecklistItem[];
  readonly done: number;
  readonly total: number;
}
