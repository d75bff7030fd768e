// The worker thread of `gracious check`: runs the draft tasks the main thread sends, batch by batch, and sends
// back each batch's results. Settings arrive once per worker, by id, since thousands of drafts share a few.
import '../regexpTiering';
import { parentPort } from 'node:worker_threads';
import type { Settings } from '../config/settings';
import { runDraftTask } from './draft-task';
import type { WorkerBatch, WorkerReply } from './worker-protocol';

const settingsById = new Map<number, Settings>();

parentPort?.on('message', async (batch: WorkerBatch) => {
  for (const [id, settings] of batch.settings) settingsById.set(id, settings);
  const results = [];
  for (const { task, settingsId } of batch.tasks) results.push(await runDraftTask(task, settingsById.get(settingsId)!));
  parentPort!.postMessage({ results } satisfies WorkerReply);
});
