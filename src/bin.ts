#!/usr/bin/env node
import module from 'node:module';
import { capHeapGrowth } from './heap-policy.js';

// Node 22.1+ keeps the compiled code of the modules loaded after this line on disk, so the next
// start (a pre-commit hook runs isolint on every commit) skips most of the compiling. Absent on
// Node 20: then nothing changes. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
capHeapGrowth();
// A promise, not top-level await: the single executable is bundled as CommonJS.
void import('./cli.js').then(({ main, EXIT_USAGE }) => {

  // A reader that stops early (`isolint . | head -1`) closes the pipe: the rest of the report has
  // nowhere to go, which is not an error of the run. Drop it quietly and keep the exit code the
  // lint decides. Any other write error is reported as one line.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    process.stderr.write(`isolint: cannot write the report: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = Math.max(code, process.exitCode === undefined ? 0 : Number(process.exitCode));
    },
    (e: unknown) => {
      // Not a user error but a bug in isolint: keep the trace so it can be reported.
      process.stderr.write(`isolint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
});
