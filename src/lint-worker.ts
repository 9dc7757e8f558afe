/** A worker thread of a run with `--concurrency` (src/concurrency.ts): judges the share of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintTask, type WorkerTask } from './concurrency.js';

lintTask(workerData as WorkerTask).then(
  (result) => parentPort!.postMessage({ result }),
  (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);
