// Builds what the npm package runs, in dist/bundle/: isolint.mjs, the command (src/bin.ts),
// and index.mjs, the library (src/index.ts), with every dependency they import bundled in and
// their shared code in one chunk (esbuild splitting). The bundled command starts faster than
// the tsc output it is made from (bench/startup.mjs measures both), and the package then has
// no dependencies to install. The two WebAssembly files isolint loads are copied beside them
// (src/shell.ts looks next to its own module first), so the package needs neither the
// tree-sitter-bash package (a devDependency, only read here) nor an install step. The tsc
// output in dist/src/ gives the package its type declarations.
// Also writes dist/bundle/meta.json (esbuild's metafile, not packed): the packages the bundle
// holds, which a test compares with THIRD-PARTY-NOTICES.
//
// Usage: node scripts/build-cli.mjs
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'bundle');
mkdirSync(outDir, { recursive: true });
// Chunk names carry a content hash: a chunk of an earlier build must not linger.
for (const f of readdirSync(outDir)) if (f.endsWith('.mjs')) rmSync(join(outDir, f));

const result = await build({
  absWorkingDir: root,
  entryPoints: { isolint: 'src/bin.ts', index: 'src/index.ts' },
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies call require(), which an ES module does not have unless it is made.
  banner: { js: "import { createRequire as __isolintCreateRequire } from 'node:module';\nconst require = __isolintCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});
chmodSync(join(outDir, 'isolint.mjs'), 0o755);
writeFileSync(join(outDir, 'meta.json'), JSON.stringify(result.metafile));

const require = createRequire(join(root, 'package.json'));
for (const wasm of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  const to = join(outDir, wasm.split('/').pop());
  copyFileSync(require.resolve(wasm), to);
  chmodSync(to, 0o644);
}
