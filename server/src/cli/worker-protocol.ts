// The messages between `gracious check` and its worker threads.
import type { Settings } from '../config/settings';
import type { DraftResult, DraftTask } from './draft-task';

export interface WorkerBatch {
  /** Settings this worker has not been sent yet, by id. */
  readonly settings: readonly (readonly [number, Settings])[];
  readonly tasks: readonly { readonly task: DraftTask; readonly settingsId: number }[];
}

export interface WorkerReply {
  readonly results: readonly DraftResult[];
}
