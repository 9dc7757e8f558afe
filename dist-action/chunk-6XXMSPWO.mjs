import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);

// src/heap-policy.ts
import { setFlagsFromString } from "node:v8";
var HEAP_GROWING_PERCENT = 40;
function capHeapGrowth(execArgv = process.execArgv, setFlags = setFlagsFromString) {
  const given = execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (!given) setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return !given;
}

export {
  capHeapGrowth
};
