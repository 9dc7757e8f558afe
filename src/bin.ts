#!/usr/bin/env node
import { main, EXIT_USAGE } from './cli.js';

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
