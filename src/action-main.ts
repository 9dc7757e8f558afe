/** Entry point of the bundled GitHub Action (dist-action/index.mjs): run, then set the exit code. */
import { runAction } from './action.js';
import { capHeapGrowth } from './heap-policy.js';

capHeapGrowth();

runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug in isolint, not in the user's files: keep the trace so it can be reported.
    process.stdout.write(`::error title=isolint::internal error: ${String(e instanceof Error ? (e.stack ?? e.message) : e).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  },
);
