// Builds the npm package's command: dist/src/isolint.mjs, the CLI (src/bin.ts) and every
// dependency it imports in one file, which starts faster than the tsc output it is made from
// (bench/startup.mjs measures both). The two WebAssembly files isolint loads are copied into
// dist/src/ beside it: src/shell.ts looks next to its own module first, so both the bundle
// and the library's dist/src/shell.js find them there, and the package needs neither the
// tree-sitter-bash package (a devDependency, only read here) nor an install step.
// Also writes dist/src/isolint.meta.json (esbuild's metafile, not packed): the packages the
// bundle holds, which tests compare with THIRD-PARTY-NOTICES.
//
// Usage: node scripts/build-cli.mjs [--define-version]
//   --define-version  write the version into the bundle instead of reading package.json at
//                     run time (the single executable has no package.json beside it).
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const defineVersion = args.includes('--define-version');
const outFile = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'dist', 'src', 'isolint.mjs'));
const outDir = dirname(outFile);
mkdirSync(outDir, { recursive: true });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/bin.ts'],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies call require(), which an ES module does not have unless it is made.
  banner: { js: "import { createRequire as __isolintCreateRequire } from 'node:module';\nconst require = __isolintCreateRequire(import.meta.url);" },
  define: defineVersion ? { 'globalThis.__ISOLINT_VERSION__': JSON.stringify(pkg.version) } : {},
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});
chmodSync(outFile, 0o755);
writeFileSync(join(outDir, 'isolint.meta.json'), JSON.stringify(result.metafile));

const require = createRequire(join(root, 'package.json'));
for (const wasm of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  const to = join(outDir, wasm.split('/').pop());
  copyFileSync(require.resolve(wasm), to);
  chmodSync(to, 0o644);
}
