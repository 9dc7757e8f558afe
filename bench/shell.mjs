// The shell parser alone: lint() with the parse cache on against lint() with it off, on the
// same files, medians of alternating rounds, every job in a fresh process (bench/child.mjs).
//   node bench/shell.mjs [--rounds N]   (after npm run build, and npm run bench once for the corpus)
// Prints, per file set, both times, their ratio, peak RSS and the shell parser's work: tree-sitter
// parse calls, characters handed to tree-sitter and cache hits.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const rounds = Number(argv[argv.indexOf('--rounds') + 1] || 0) || 5;
const corpus = join(root, 'bench', '.corpus');
if (!existsSync(join(corpus, 'manifest.json'))) generate(corpus);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
function child(mode, paths) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'child.mjs'), mode, ...paths], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
const oneX = join(corpus, 'scale-1x');
const all = readdirSync(oneX).sort().flatMap((p) => readdirSync(join(oneX, p)).map((f) => join(oneX, p, f)));
const sets = [
  ['1x corpus', [oneX]],
  ['1x Dockerfiles only', all.filter((f) => f.endsWith('Dockerfile'))],
  ['4x corpus', [join(corpus, 'scale-4x')]],
  ['instructions 16k', [join(corpus, 'linear', '16k.Dockerfile')]],
];
const out = ['| files | cache off ms | cache on ms | on/off | RSS off MB | RSS on MB | parses off | parses on | chars to tree-sitter off | on | cache hits |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
for (const [name, paths] of sets) {
  process.stderr.write(`${name}: ${rounds} rounds\n`);
  const off = [], on = [];
  for (let i = 0; i < rounds; i++) { off.push(child('lint-nocache', paths)); on.push(child('lint', paths)); }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const offMs = m(off, 'ms'), onMs = m(on, 'ms');
  out.push(`| ${name} | ${offMs.toFixed(0)} | ${onMs.toFixed(0)} | ${(onMs / offMs).toFixed(2)}x | ${(m(off, 'maxRssKb') / 1024).toFixed(0)} | ${(m(on, 'maxRssKb') / 1024).toFixed(0)} | ${off[0].shell?.parses} | ${on[0].shell?.parses} | ${off[0].shell?.chars} | ${on[0].shell?.chars} | ${on[0].shell?.cacheHits} |`);
}
console.log(out.join('\n'));
