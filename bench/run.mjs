// Benchmark: measures isolint against floors measured in the same run on the same machine,
// and prints ratios (absolute times on shared machines are noise; ratios are comparable).
//   node bench/run.mjs [copies] [--peer]   (run `npm run build` first)
// 1. lint() of a corpus vs parsing the same Dockerfiles with dockerfile-ast alone (the
//    floor any parser-based linter pays);
// 2. lint() of Compose files vs the yaml package's plain parse of the same files (the YAML
//    library isolint uses; bench/yaml-parity.mjs compares it with js-yaml 5);
// 3. a whole CLI process on one file vs `node -e ""` (process start-up floor);
// 4. with --peer: isolint vs dclint (installed into a cache folder) on the demo Compose file.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DockerfileParser } from 'dockerfile-ast';
import { parse as parseYamlPlain } from 'yaml';
import { existsSync } from 'node:fs';
import { lint } from '../dist/src/index.js';

const copies = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20);
const withPeer = process.argv.includes('--peer');
const root = new URL('..', import.meta.url).pathname;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
const dockerfiles = filesUnder(join(root, 'fixtures')).filter((f) => /dockerfile|containerfile/i.test(f));
const corpus = [];
for (let i = 0; i < copies; i++) for (const f of dockerfiles) corpus.push({ path: `copy${i}/${f.slice(root.length)}`, text: readFileSync(f, 'utf8'), kind: 'dockerfile' });
const chars = corpus.reduce((n, f) => n + f.text.length, 0);

function best(fn, rounds = 5) {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
async function bestAsync(fn, rounds = 5) {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

await lint({ files: corpus.slice(0, 5) }); // warm-up: grammar load, JIT
const parseOnly = best(() => corpus.forEach((f) => DockerfileParser.parse(f.text)));
const full = await bestAsync(() => lint({ files: corpus }));

const composeFiles = filesUnder(join(root, 'fixtures', 'rules')).filter((f) => /\.compose\.ya?ml$/.test(f));
const composeCorpus = [];
for (let i = 0; i < copies; i++) for (const f of composeFiles) composeCorpus.push({ path: `copy${i}/${f.slice(root.length)}`, text: readFileSync(f, 'utf8'), kind: 'compose' });
const yamlOnly = best(() => composeCorpus.forEach((f) => parseYamlPlain(f.text)));
const composeFull = await bestAsync(() => lint({ files: composeCorpus }));

const proc = (args) => best(() => spawnSync(process.execPath, args, { cwd: root }), 5);
const nodeStart = proc(['-e', '']);
const cli = proc([join(root, 'dist/src/bin.js'), 'fixtures/cli/clean.Dockerfile']);

console.log(`corpus: ${corpus.length} Dockerfiles, ${chars} characters`);
console.log(`dockerfile-ast parse only: ${parseOnly.toFixed(1)} ms; full lint(): ${full.toFixed(1)} ms; ratio ${(full / parseOnly).toFixed(1)}x`);
console.log(`per file: ${((full / corpus.length) * 1000).toFixed(0)} µs`);
console.log(`compose: ${composeCorpus.length} files; yaml parse only ${yamlOnly.toFixed(1)} ms; full lint() ${composeFull.toFixed(1)} ms; ratio ${(composeFull / yamlOnly).toFixed(1)}x; ${((composeFull / composeCorpus.length) * 1000).toFixed(0)} µs per file`);
console.log(`process: node -e "" ${nodeStart.toFixed(0)} ms; isolint on one file ${cli.toFixed(0)} ms; ratio ${(cli / nodeStart).toFixed(1)}x`);

if (withPeer) {
  const peerDir = join(root, 'node_modules', '.cache', 'bench-peers');
  const dclint = join(peerDir, 'node_modules', 'dclint', 'bin', 'dclint.cjs');
  if (!existsSync(dclint)) spawnSync('npm', ['install', '--prefix', peerDir, '--no-save', 'dclint@3'], { stdio: 'ignore' });
  const demo = 'fixtures/demo/compose.yaml';
  const peer = proc([dclint, demo]);
  const ours = proc([join(root, 'dist/src/bin.js'), demo]);
  console.log(`peer: dclint ${peer.toFixed(0)} ms vs isolint ${ours.toFixed(0)} ms on ${demo} (whole processes); dclint/isolint ${(peer / ours).toFixed(1)}x`);
}
