import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  lintTask
} from "./chunk-4PIJEDLV.mjs";
import "./chunk-3J2VJ32E.mjs";
import "./chunk-GWWLBJR4.mjs";
import "./chunk-QKXNSQ3U.mjs";
import "./chunk-EMAUB6HD.mjs";

// src/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
lintTask(workerData).then(
  (result) => parentPort.postMessage({ result }),
  (e) => parentPort.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) })
);
