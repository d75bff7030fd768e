// Runs draft tasks on worker threads, one per core asked for. Tasks go out in small batches to whichever worker
// is free, so a few large drafts cannot leave one core idle while another works through a long queue.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Settings } from '../config/settings';
import type { DraftResult, DraftTask } from './draft-task';
import type { WorkerBatch, WorkerReply } from './worker-protocol';

/** Enough to make a message worth sending, few enough that the last batches end together. */
const BATCH_SIZE = 16;

/** The bundled worker beside the bundled CLI (see scripts/build.mjs). */
const WORKER_SCRIPT = path.join(__dirname, 'cli-worker.js');

export interface PooledTask {
  readonly task: DraftTask;
  readonly settings: Settings;
}

/** Calls `onResult` for every task, in the order they finish; resolves when all have. */
export function runInWorkers(tasks: readonly PooledTask[], workerCount: number, onResult: (result: DraftResult) => void): Promise<void> {
  const settingsIds = new Map<Settings, number>();
  for (const { settings } of tasks) if (!settingsIds.has(settings)) settingsIds.set(settings, settingsIds.size);
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = 0;
    const start = (): void => {
      const worker = new Worker(WORKER_SCRIPT);
      const known = new Set<number>();
      let done = false;
      running++;
      const send = (): void => {
        if (next >= tasks.length) {
          done = true;
          void worker.terminate();
          if (--running === 0) resolve();
          return;
        }
        const batch = tasks.slice(next, next + BATCH_SIZE);
        next += batch.length;
        const fresh = new Map<number, Settings>();
        for (const { settings } of batch) {
          const id = settingsIds.get(settings)!;
          if (!known.has(id)) fresh.set(id, settings);
          known.add(id);
        }
        worker.postMessage({
          settings: [...fresh],
          tasks: batch.map(({ task, settings }) => ({ task, settingsId: settingsIds.get(settings)! })),
        } satisfies WorkerBatch);
      };
      worker.on('message', (reply: WorkerReply) => {
        reply.results.forEach(onResult);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`a worker thread stopped with exit code ${code}`));
      });
      send();
    };
    for (let i = 0; i < workerCount; i++) start();
  });
}
