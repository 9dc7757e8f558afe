import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  lintTask
} from "./chunk-PLHCRQW5.mjs";
import "./chunk-GM2FJWCH.mjs";
import "./chunk-NVE4LZPM.mjs";
import "./chunk-6ZH5U3WN.mjs";
import "./chunk-EMAUB6HD.mjs";

// src/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
lintTask(workerData).then(
  (result) => parentPort.postMessage({ result }),
  (e) => parentPort.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) })
);
