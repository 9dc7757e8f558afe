// Builds isolint as a single executable application (Node.js SEA): one file that runs with no
// Node.js installed. The CLI and its dependencies are bundled into one CommonJS script (what
// SEA runs on Node.js 20), the two .wasm files are embedded as SEA assets (src/shell.ts reads
// them with node:sea), and postject injects the blob into a copy of a Node.js binary.
//
// Usage: node scripts/build-sea.mjs [--node <node binary>] [--name <platform-arch>] [--out <dir>]
//   --node  the Node.js binary to inject into (default: the one running this script). For
//           another platform, use that platform's official binary of the same Node.js version
//           as the one running this script: the blob is made without a code cache, so one blob
//           fits every platform of that version (see README, Standalone executable).
//   --name  the suffix of the output name, isolint-<name> (default: this platform and arch);
//           a name starting with win- gets .exe, one starting with darwin- is ad-hoc signed.
//   --out   output folder (default dist/sea).
// `npm run build:sea` runs it with the defaults and writes dist/sea/isolint-linux-x64 here.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ESM_BUILDS, STARTUP_PLUGINS } from './esbuild-programs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const nodeBinary = resolve(opt('node') ?? process.execPath);
const platformArch = opt('name') ?? `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const outDir = resolve(opt('out') ?? join(root, 'dist', 'sea'));
const work = join(outDir, 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const main = join(work, 'isolint.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['src/bin.ts'],
  outfile: main,
  bundle: true,
  platform: 'node',
  // A SEA main script is CommonJS on Node.js 20. import.meta does not exist there: its one use
  // that runs (web-tree-sitter's own folder) is given the executable's path; isolint's own uses
  // are not reached (the version is written in, and the .wasm files are assets).
  format: 'cjs',
  target: 'node20',
  define: { 'globalThis.__ISOLINT_VERSION__': JSON.stringify(pkg.version), 'import.meta.url': '__isolintExecutableUrl' },
  banner: { js: 'var __isolintExecutableUrl = require("node:url").pathToFileURL(process.execPath).href;' },
  legalComments: 'eof',
  alias: ESM_BUILDS,
  plugins: STARTUP_PLUGINS,
  logLevel: 'error',
});
// The SEA loader does not strip a #! line.
writeFileSync(main, readFileSync(main, 'utf8').replace(/^#![^\n]*\n/, ''));

const require = createRequire(join(root, 'package.json'));
const blob = join(work, 'sea-prep.blob');
const config = {
  main,
  output: blob,
  disableExperimentalSEAWarning: true,
  // No snapshot and no code cache: the blob is then the same for every platform of this
  // Node.js version, so it can be injected into another platform's binary. (A code cache
  // also breaks the dynamic import() web-tree-sitter makes of node:module, and the
  // executable starts faster than the npm bin without one: bench/startup.mjs.)
  useSnapshot: false,
  useCodeCache: false,
  assets: {
    'tree-sitter.wasm': require.resolve('web-tree-sitter/tree-sitter.wasm'),
    'tree-sitter-bash.wasm': require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'),
  },
};
const configFile = join(work, 'sea-config.json');
writeFileSync(configFile, JSON.stringify(config, null, 2));
execFileSync(process.execPath, ['--experimental-sea-config', configFile], { stdio: 'inherit' });

const exe = join(outDir, `isolint-${platformArch}${platformArch.startsWith('win-') ? '.exe' : ''}`);
rmSync(exe, { force: true });
copyFileSync(nodeBinary, exe);
chmodSync(exe, 0o755);
// An official macOS binary is signed; its signature must go before the binary is changed.
if (platformArch.startsWith('darwin-') && process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', exe], { stdio: 'inherit' });
const postject = join(dirname(require.resolve('postject/package.json')), 'dist', 'cli.js');
const darwin = platformArch.startsWith('darwin-');
execFileSync(
  process.execPath,
  [postject, exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2', ...(darwin ? ['--macho-segment-name', 'NODE_SEA'] : [])],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
// macOS refuses to run a modified binary whose signature no longer matches: sign it ad hoc
// (codesign exists only on macOS; elsewhere the binary must be signed there before use).
if (darwin && process.platform === 'darwin') execFileSync('codesign', ['--sign', '-', exe], { stdio: 'inherit' });
rmSync(work, { recursive: true, force: true });
console.log(`${exe} (${(statSync(exe).size / 1e6).toFixed(1)} MB)`);
