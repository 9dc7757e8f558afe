// Builds the committed single-file programs in dist-action/: index.mjs, the GitHub Action
// (action.yml), and isolint.mjs, the CLI the pre-commit hook runs (.pre-commit-hooks.yaml).
// The two entry points share one chunk of code (esbuild splitting), so the engine is committed
// once. The two WebAssembly files they load are copied beside them (src/shell.ts looks next
// to its module first), so neither needs an install step.
// Usage: node scripts/bundle.mjs [out-dir]   (default dist-action; a test builds into a
// temporary folder and compares, so a stale committed bundle fails CI).
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'dist-action'));
mkdirSync(outDir, { recursive: true });
// Chunk names carry a content hash: a chunk of an earlier build must not linger.
for (const f of readdirSync(outDir)) if (f.endsWith('.mjs')) rmSync(join(outDir, f));

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action-main.ts', isolint: 'src/bin.ts' },
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  // action.yml runs on node24; node20 syntax keeps both runnable on the Node.js isolint supports.
  target: 'node20',
  // CommonJS dependencies call require(), which an ES module does not have unless it is made.
  banner: { js: "import { createRequire as __isolintCreateRequire } from 'node:module';\nconst require = __isolintCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
chmodSync(join(outDir, 'isolint.mjs'), 0o755);

const require = createRequire(join(root, 'package.json'));
for (const wasm of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  const to = join(outDir, wasm.split('/').pop());
  copyFileSync(require.resolve(wasm), to);
  chmodSync(to, 0o644);
}
