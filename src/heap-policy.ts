import { setFlagsFromString } from 'node:v8';

/**
 * How far the heap may grow past what is live before V8's next full collection, in percent.
 * Left to itself V8 lets a heap grow to four or five times its live size while collecting is
 * cheap, and a run over thousands of files keeps every finding: on the bench's 16x corpus 42 MB
 * are live at the end but the process peaked at 310 MB. Capped at 40% it peaks at about 200 MB
 * (1x: 185 → 150 MB) with no time difference the bench can tell from noise.
 */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Applies the cap for a command-line run (and says whether it did). Only the bin and the Action call this: `lint()` runs in
 * other people's processes, whose heap is theirs to tune. A value the user gives on node's
 * command line (`node --heap-growing-percent=N isolint …`) wins; Node refuses V8 flags of this
 * kind in NODE_OPTIONS.
 */
export function capHeapGrowth(execArgv = process.execArgv, setFlags = setFlagsFromString): boolean {
  const given = execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (!given) setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return !given;
}
