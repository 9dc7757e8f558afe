// What the two bundles isolint ships have in common (scripts/bundle.mjs for the Action and
// pre-commit hook, scripts/build-cli.mjs for the npm package): esbuild's settings for
// single-file Node programs that share one chunk of code, and the two WebAssembly files
// copied beside them (src/shell.ts looks next to its own module first).
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Packages whose `main` is a UMD build that loads its own modules through a `require` handed
 * to a factory, which esbuild cannot follow (jsonc-parser's `./impl/*` would be left out and
 * fail at run time): the bundles take their ES module build instead. Node.js, running the tsc
 * build, keeps loading `main`.
 */
export const ESM_BUILDS = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };

/**
 * Start-up only: three modules a dependency loads when it loads, which isolint's runs do not
 * need, are swapped for the stubs in scripts/bundle-stubs/ (each says why). Node.js, running
 * the tsc build, loads the real ones.
 */
export const STARTUP_PLUGINS = [
  {
    name: 'isolint-startup-stubs',
    setup(b) {
      const stub = (name) => ({ path: join(root, 'scripts', 'bundle-stubs', name) });
      const from = (args, pkg) => args.importer.includes(`${sep}node_modules${sep}${pkg}${sep}`);
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (from(args, 'commander') ? stub('child-process.cjs') : undefined));
      b.onResolve({ filter: /^#supports-color$/ }, (args) => (from(args, 'chalk') ? stub('supports-color.mjs') : undefined));
      b.onResolve({ filter: /^vscode-languageserver-types$/ }, (args) => (from(args, 'dockerfile-ast') ? stub('vscode-languageserver-types.cjs') : undefined));
    },
  },
];

/** Bundles `entryPoints` into `outDir` (old chunks removed), makes `executable` runnable, copies the WASM. */
export async function buildPrograms({ entryPoints, outDir, executable, metafile = false }) {
  mkdirSync(outDir, { recursive: true });
  // Chunk names carry a content hash: a chunk of an earlier build must not linger.
  for (const f of readdirSync(outDir)) if (f.endsWith('.mjs')) rmSync(join(outDir, f));
  const result = await build({
    absWorkingDir: root,
    entryPoints,
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
    alias: ESM_BUILDS,
    plugins: STARTUP_PLUGINS,
    metafile,
    logLevel: 'warning',
  });
  chmodSync(join(outDir, executable), 0o755);
  const require = createRequire(join(root, 'package.json'));
  for (const wasm of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
    const to = join(outDir, wasm.split('/').pop());
    copyFileSync(require.resolve(wasm), to);
    chmodSync(to, 0o644);
  }
  return result;
}
