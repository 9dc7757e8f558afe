#!/usr/bin/env node
import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);
import {
  capHeapGrowth
} from "./chunk-6XXMSPWO.mjs";
import "./chunk-EMAUB6HD.mjs";

// src/bin.ts
import module from "node:module";
module.enableCompileCache?.();
capHeapGrowth();
void import("./chunk-45HEU4O7.mjs").then(({ main, EXIT_USAGE }) => {
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return;
    process.stderr.write(`isolint: cannot write the report: ${e.message}
`);
    process.exitCode = EXIT_USAGE;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = Math.max(code, process.exitCode === void 0 ? 0 : Number(process.exitCode));
    },
    (e) => {
      process.stderr.write(`isolint: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`);
      process.exitCode = EXIT_USAGE;
    }
  );
});
