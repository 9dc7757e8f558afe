// Builds the committed single-file programs in dist-action/: index.mjs, the GitHub Action
// (action.yml), and isolint.mjs, the CLI the pre-commit hook runs (.pre-commit-hooks.yaml),
// and lint-worker.mjs, which worker threads start from (--concurrency). The entry points share
// chunks of code (esbuild splitting), so the engine is committed once. The two WebAssembly files they load are copied beside them (src/shell.ts looks next
// to its module first), so neither needs an install step.
// Usage: node scripts/bundle.mjs [out-dir]   (default dist-action; a test builds into a
// temporary folder and compares, so a stale committed bundle fails CI).
import { join, resolve } from 'node:path';
import { buildPrograms, root } from './esbuild-programs.mjs';

const outDir = resolve(process.argv[2] ?? join(root, 'dist-action'));
await buildPrograms({ entryPoints: { index: 'src/action-main.ts', isolint: 'src/bin.ts', 'lint-worker': 'src/lint-worker.ts' }, outDir, executable: 'isolint.mjs' });
