#!/usr/bin/env node
import { main, EXIT_USAGE } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Not a user error but a bug in isolint: keep the trace so it can be reported.
    process.stderr.write(`isolint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
