/** A worker thread of a run with `--concurrency` (src/concurrency.ts): judges the share of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintTask, type WorkerTask } from './concurrency.js';
// What the library entry loads: with the same modules as index.ts behind it, this entry adds no
// split to the bundles' shared chunks (it added three, each one more module for every start to load).
import './index.js';

lintTask(workerData as WorkerTask).then(
  (result) => parentPort!.postMessage({ result }),
  (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
);
