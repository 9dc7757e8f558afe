// Writes THIRD-PARTY-NOTICES: the licence of every package whose code or WebAssembly the
// npm package's bundle (dist/bundle/, built by scripts/build-cli.mjs), the single executable
// and the container image carry, read from node_modules. Run after `npm run build`; a test fails when
// the bundle holds a package this file does not name.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages in the bundle (from esbuild's metafile) and the two whose .wasm files are shipped. */
export function bundledPackages(metaFile = join(root, 'dist', 'bundle', 'meta.json')) {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  const names = new Set(['tree-sitter-bash', 'web-tree-sitter']);
  for (const input of Object.keys(meta.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) names.add(m[1]);
  }
  return [...names].sort();
}

function notice(name) {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  if (!file) throw new Error(`${name}: no licence file in node_modules/${name}`);
  const text = readFileSync(join(dir, file), 'utf8').trim();
  return `${"-".repeat(72)}\n${name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const parts = bundledPackages().map(notice);
  const head =
    'Third-party software shipped with isolint\n\n' +
    'The bundled command and library (dist/bundle/ in the npm package, the single executable\n' +
    'and the container image) contain code from the packages below, and ship tree-sitter.wasm\n' +
    '(from web-tree-sitter) and tree-sitter-bash.wasm (from tree-sitter-bash). Their licences follow.\n';
  writeFileSync(join(root, 'THIRD-PARTY-NOTICES'), [head, ...parts].join('\n'));
}
