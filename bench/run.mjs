// `npm run bench`: isolint against floors and peers measured in ONE run on the same machine and
// the same files. Absolute times on a shared machine are noise: read the ratios.
//   node bench/run.mjs [--rounds N] [--quick]   (run `npm run build` first; npm run bench does)
//   node bench/run.mjs --startup-only [--runs N] [--against DIR]   the start-up section alone
//              (printed, results.json untouched); --against adds the bin of another build
//              (a copy of an earlier dist/bundle) to the same alternation, for A/B ratios.
// Corpus: bench/corpus.mjs writes a deterministic generated corpus to bench/.corpus (gitignored).
// Measured (every timed job in a fresh child process; medians of N alternating rounds):
//   scale      1x/4x/16x: parse-only floor vs lint() — time and peak RSS of each child (and
//              1x split into its Dockerfiles and its Compose files);
//              the CLI as users run it (the npm bin, dist/bundle/isolint.mjs), time and peak RSS,
//              on one thread and with --concurrency 2;
//   big        a 5 MB Dockerfile and a Compose file with 5,000 services (floor vs lint());
//   linearity  2k → 16k instructions and 500 → 4,000 services (lint(); 1.00 = linear);
//   start-up   one small Dockerfile through the npm bin and dist-action/isolint.mjs, a Compose
//              file with no shell text, against `node -e 0` and the start-up floor (a script
//              that only loads the WASM shell parser and parses one line);
//   peers      dockerfilelint (Dockerfiles) and dclint (Compose files), devDependencies, each
//              run once over its files as its users run it, vs the npm bin on the same files
//              (files a peer crashes on are excluded from both and counted); on two sets: the
//              generated 1x corpus (long files, up to 60 services) and the repository's own
//              fixtures (small files in real-world shapes, the broken ones in errors/ left out).
// Prints a table and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, SCALES } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const scales = argv.includes('--scales') ? argv[argv.indexOf('--scales') + 1].split(',').map(Number) : SCALES;
const rounds = Number(argv[argv.indexOf('--rounds') + 1] || 0) || (quick ? 1 : 3);
const startupOnly = argv.includes('--startup-only');
const startupRuns = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : quick ? 5 : 15;
const against = argv.includes('--against') ? resolve(argv[argv.indexOf('--against') + 1], 'isolint.mjs') : undefined;
const corpusDir = join(root, 'bench', '.corpus');
const bin = join(root, 'dist', 'bundle', 'isolint.mjs');
const actionBin = join(root, 'dist-action', 'isolint.mjs');
for (const f of [bin, join(root, 'dist', 'src', 'index.js')]) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build first`);

const t0 = Date.now();
const manifest = startupOnly ? { sha256: '(not generated)' } : generate(corpusDir);
const env = { ...process.env, NO_COLOR: '1' }; // the same environment (NODE_EXTRA_CA_CERTS included) on every side
const filesUnder = (p) => (statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((n) => filesUnder(join(p, n))) : [p]);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

/** Runs a command, returns wall ms, peak RSS (KB, from /usr/bin/time when present) and output. */
const haveTime = existsSync('/usr/bin/time');
function timed(cmd, args, opts = {}) {
  const full = haveTime ? ['/usr/bin/time', ['-f', '\n%M', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd: root, env, maxBuffer: 1 << 28, encoding: 'utf8', ...opts });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssKb;
  let stderr = r.stderr ?? '';
  if (haveTime) {
    const m = /\n(\d+)\s*$/.exec(stderr);
    if (m) { rssKb = Number(m[1]); stderr = stderr.slice(0, m.index); }
  }
  return { ms, rssKb, status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr };
}
function child(mode, paths) {
  const r = timed(process.execPath, [join(root, 'bench', 'child.mjs'), mode, ...paths]);
  if (r.status !== 0) {
    // Recorded, not fatal: at 16x lint() has run out of V8's default heap (a result to report).
    const why = /heap out of memory/.test(r.stderr) ? 'JavaScript heap out of memory' : `exit ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`;
    log(`  ${mode} ${paths.map((p) => p.slice(corpusDir.length + 1)).join(' ')} failed after ${(r.ms / 1000).toFixed(0)} s: ${why}`);
    return { failed: why, ms: NaN, afterMs: r.ms, maxRssKb: r.rssKb ?? NaN };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
/** Alternates the jobs for `n` rounds; returns each job's samples. */
function alternate(jobs, n) {
  const samples = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (let i = 0; i < n; i++) for (const [k, job] of Object.entries(jobs)) samples[k].push(job());
  return samples;
}
const med = (samples, key) => (samples.some((s) => s.failed) ? NaN : median(samples.map((s) => s[key])));
const failure = (samples) => samples.find((s) => s.failed);

const results = { machine: { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: `${process.platform}-${process.arch}`, date: new Date().toISOString(), nodeExtraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS), shared: true }, rounds, corpus: { sha256: manifest.sha256, seed: manifest.seed, scales: manifest.scales }, scale: {}, big: {}, linearity: {}, startup: {}, peers: {} };

// --- scale: floor vs lint() vs the CLI (time, peak RSS) ----------------------------------------
for (const scale of startupOnly ? [] : scales) {
  const dir = join(corpusDir, `scale-${scale}x`);
  const n = scale === 16 ? Math.max(1, Math.floor(rounds / 3)) : rounds;
  log(`scale ${scale}x: ${n} round(s)`);
  const jobs = { floor: () => child('floor', [dir]), lint: () => child('lint', [dir]) };
  // The CLI at every scale: its peak RSS is what users see (the bin sets a heap policy that lint() leaves to its host).
  const cli = (...extra) => () => { const r = timed(process.execPath, [bin, dir, '--fail-level', 'none', '--no-config', '-f', 'json', ...extra]); if (r.status !== 0) throw new Error(r.stderr); return { ms: r.ms, maxRssKb: r.rssKb }; };
  jobs.cli = cli();
  // Two threads (--concurrency 2): where worker threads pay, and what they cost in memory.
  jobs.cli2 = cli('--concurrency', '2');
  const s = alternate(jobs, n);
  const row = { rounds: n, files: s.floor[0].files, floorMs: med(s.floor, 'ms'), lintMs: med(s.lint, 'ms'), floorRssMb: med(s.floor, 'maxRssKb') / 1024, lintRssMb: med(s.lint, 'maxRssKb') / 1024 };
  const lf = failure(s.lint);
  if (lf) Object.assign(row, { lintFailed: lf.failed, lintFailedAfterMs: lf.afterMs, lintRssMb: lf.maxRssKb / 1024 });
  if (s.cli) { row.cliMs = med(s.cli, 'ms'); row.cliRssMb = s.cli[0].maxRssKb ? med(s.cli, 'maxRssKb') / 1024 : undefined; }
  if (s.cli2) { row.cli2Ms = med(s.cli2, 'ms'); row.cli2RssMb = s.cli2[0].maxRssKb ? med(s.cli2, 'maxRssKb') / 1024 : undefined; }
  results.scale[`${scale}x`] = row;
}

// The 1x corpus split by kind: Compose files lint their services' `build:` Dockerfiles too.
if (!startupOnly && scales.includes(1)) {
  const dir = join(corpusDir, 'scale-1x');
  const all = readdirSync(dir).sort().flatMap((p) => readdirSync(join(dir, p)).map((f) => join(dir, p, f)));
  for (const [name, files] of [['1x Dockerfiles only', all.filter((f) => f.endsWith('Dockerfile'))], ['1x Compose files only', all.filter((f) => f.endsWith('compose.yaml'))]]) {
    log(`scale ${name}`);
    const s = alternate({ floor: () => child('floor', files), lint: () => child('lint', files) }, rounds);
    results.scale[name] = { rounds, files: s.floor[0].files, floorMs: med(s.floor, 'ms'), lintMs: med(s.lint, 'ms'), floorRssMb: med(s.floor, 'maxRssKb') / 1024, lintRssMb: med(s.lint, 'maxRssKb') / 1024 };
  }
}

// --- big files and linearity -----------------------------------------------------------------
if (!startupOnly) for (const [name, file] of [['5 MB Dockerfile', 'big/5mb.Dockerfile'], ['5,000 services', 'big/5000.compose.yaml']]) {
  log(`big: ${name}`);
  const p = join(corpusDir, file);
  const s = alternate({ floor: () => child('floor', [p]), lint: () => child('lint', [p]) }, Math.max(1, Math.floor(rounds / 3)));
  results.big[name] = { floorMs: med(s.floor, 'ms'), lintMs: med(s.lint, 'ms'), floorRssMb: med(s.floor, 'maxRssKb') / 1024, lintRssMb: med(s.lint, 'maxRssKb') / 1024 };
}
if (!startupOnly) for (const [name, small, large, factor] of [['instructions 2k → 16k', 'linear/2k.Dockerfile', 'linear/16k.Dockerfile', 8], ['services 500 → 4,000', 'linear/500.compose.yaml', 'linear/4000.compose.yaml', 8]]) {
  log(`linearity: ${name}`);
  const s = alternate({
    smallLint: () => child('lint', [join(corpusDir, small)]), largeLint: () => child('lint', [join(corpusDir, large)]),
    smallFloor: () => child('floor', [join(corpusDir, small)]), largeFloor: () => child('floor', [join(corpusDir, large)]),
  }, rounds);
  const lintGrowth = med(s.largeLint, 'ms') / med(s.smallLint, 'ms');
  const floorGrowth = med(s.largeFloor, 'ms') / med(s.smallFloor, 'ms');
  results.linearity[name] = { factor, smallMs: med(s.smallLint, 'ms'), largeMs: med(s.largeLint, 'ms'), growth: lintGrowth, perUnitGrowth: lintGrowth / factor, floorGrowth, floorPerUnitGrowth: floorGrowth / factor };
}

// --- start-up ----------------------------------------------------------------------------------
{
  log('start-up');
  const tmp = mkdtempSync(join(tmpdir(), 'isolint-bench-'));
  const small = join(tmp, 'Dockerfile');
  writeFileSync(small, 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER 1000\n');
  const noShell = join(tmp, 'compose.yaml');
  writeFileSync(noShell, 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n    read_only: true\n');
  const floorScript = join(tmp, 'startup-floor.mjs');
  const req = (p) => JSON.stringify(join(root, 'node_modules', p));
  writeFileSync(floorScript, `import { setFlagsFromString } from 'node:v8';\nimport { Parser, Language } from ${JSON.stringify(join(root, 'node_modules', 'web-tree-sitter', 'tree-sitter.js'))};\nsetFlagsFromString('--liftoff-only');\nawait Parser.init({ locateFile: () => ${req('web-tree-sitter/tree-sitter.wasm')} });\nconst p = new Parser();\np.setLanguage(await Language.load(${req('tree-sitter-bash/tree-sitter-bash.wasm')}));\np.parse('apk add --no-cache curl').delete();\n`);
  const lintArgs = (f) => [f, '--fail-level', 'none', '--no-config'];
  const cmds = {
    'node -e 0': [process.execPath, ['-e', '0']],
    'start-up floor (WASM shell parser, one line)': [process.execPath, [floorScript]],
    'npm bin, small Dockerfile': [process.execPath, [bin, ...lintArgs(small)]],
    'dist-action bundle, small Dockerfile': [process.execPath, [actionBin, ...lintArgs(small)]],
    'npm bin, Compose file without shell text': [process.execPath, [bin, ...lintArgs(noShell)]],
    ...(against ? {
      [`${against}, small Dockerfile`]: [process.execPath, [against, ...lintArgs(small)]],
      [`${against}, Compose file without shell text`]: [process.execPath, [against, ...lintArgs(noShell)]],
    } : {}),
  };
  if (startupOnly && !existsSync(actionBin)) delete cmds['dist-action bundle, small Dockerfile'];
  const runs = startupRuns;
  const s = alternate(Object.fromEntries(Object.entries(cmds).map(([k, [c, a]]) => [k, () => { const r = timed(c, a); if (r.status !== 0) throw new Error(`${k}: ${r.status} ${r.stderr}`); return r; }])), runs + 1);
  const base = median(s['node -e 0'].slice(1).map((r) => r.ms));
  const floorMs = median(s['start-up floor (WASM shell parser, one line)'].slice(1).map((r) => r.ms));
  for (const [k, xs] of Object.entries(s)) {
    const ms = median(xs.slice(1).map((r) => r.ms)); // the first round warms the file cache
    results.startup[k] = { ms, vsNode: ms / base, vsStartupFloor: ms / floorMs };
  }
  results.startup.runs = runs;
}

// --- peers -------------------------------------------------------------------------------------
if (startupOnly) {
  const f0 = (x) => x.toFixed(0), f2 = (x) => x.toFixed(2);
  console.log(`isolint start-up — ${results.machine.date.slice(0, 10)}, ${results.machine.nproc} cores, Node ${results.machine.node}, NODE_EXTRA_CA_CERTS ${results.machine.nodeExtraCaCerts ? 'set' : 'unset'} on every side; medians of ${results.startup.runs} alternating runs\n`);
  console.log(`| start-up (median of ${results.startup.runs}) | ms | vs node -e 0 | vs start-up floor |\n|---|---:|---:|---:|`);
  for (const [k, r] of Object.entries(results.startup)) if (typeof r === 'object') console.log(`| ${k} | ${f0(r.ms)} | ${f2(r.vsNode)}x | ${f2(r.vsStartupFloor)}x |`);
  process.exit(0);
}
function peer(name, script, files, args, crashed) {
  // "As its users run it": one process over the files. A crash is an uncaught exception (a Node
  // stack trace on stderr, or a signal; exit codes count findings); such files are found one by one.
  const run = (fs) => timed(process.execPath, [script, ...args, ...fs]);
  const isCrash = (r) => Boolean(r.signal) || crashed(r);
  let r = run(files);
  let excluded = [];
  if (isCrash(r)) {
    excluded = files.filter((f) => isCrash(run([f])));
    files = files.filter((f) => !excluded.includes(f));
    r = run(files);
  }
  return { r, files, excluded };
}
{
  const dir = join(corpusDir, 'scale-1x');
  const generated = readdirSync(dir).sort().flatMap((p) => readdirSync(join(dir, p)).map((f) => join(dir, p, f)));
  const fixtures = filesUnder(join(root, 'fixtures')).filter((f) => !f.includes('/errors/'));
  const isDockerfile = (f) => /(^|[./])(dockerfile|containerfile)([.][^/]*)?$/i.test(f.slice(f.lastIndexOf('/') + 1));
  const isCompose = (f) => /compose[^/]*\.ya?ml$/i.test(f.slice(f.lastIndexOf('/') + 1));
  const crashed = (r) => /^\s+at /m.test(r.stderr);
  const peers = [
    ['dockerfilelint', join(root, 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint'), isDockerfile, ['-j']],
    ['dclint', join(root, 'node_modules', 'dclint', 'bin', 'dclint.cjs'), isCompose, ['--no-color', '-f', 'json']],
  ];
  for (const [name, script, wanted, args] of peers) {
    if (!existsSync(script)) { log(`peer ${name}: not installed (npm ci installs it), skipped`); continue; }
    const version = JSON.parse(readFileSync(join(dirname(script), '..', 'package.json'), 'utf8')).version;
    for (const [set, all] of [['generated 1x', generated], ['fixtures', fixtures]]) {
      log(`peer ${name}, ${set}`);
      const p = peer(name, script, all.filter(wanted), args, crashed);
      // isolint on the same files (only them: --no-config, every rule, json like the peers), alternated with a second peer run.
      const ours = [], theirs = [p.r.ms];
      for (let i = 0; i < Math.max(1, Math.floor(rounds / 2)); i++) {
        const o = timed(process.execPath, [bin, ...p.files, '--fail-level', 'none', '--no-config', '-f', 'json']);
        if (o.status !== 0) throw new Error(`isolint on ${name}'s files: ${o.stderr}`);
        ours.push(o.ms);
        if (i > 0) theirs.push(timed(process.execPath, [script, ...args, ...p.files]).ms);
      }
      results.peers[set === 'generated 1x' ? name : `${name}, ${set}`] = { name, version, set, files: p.files.length, crashedOn: p.excluded.length, peerMs: median(theirs), isolintMs: median(ours), isolintThroughputVsPeer: median(theirs) / median(ours), peerRssMb: p.r.rssKb / 1024 };
    }
  }
}
results.wallSeconds = (Date.now() - t0) / 1000;

// --- table -------------------------------------------------------------------------------------
const f0 = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(0));
const f2 = (x) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(2));
const fx = (x) => (x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(2)}x`);
const out = [];
const m = results.machine;
out.push(`isolint bench — ${m.date.slice(0, 10)}, ${m.nproc} cores (${m.cpu}), Node ${m.node}, NODE_EXTRA_CA_CERTS ${m.nodeExtraCaCerts ? 'set' : 'unset'} on every side; corpus sha256 ${manifest.sha256.slice(0, 12)}; medians of ${rounds} alternating round(s) (16x, big: ${Math.max(1, Math.floor(rounds / 3))})`);
out.push('');
out.push('| scale | files | floor ms | lint() ms | lint()/floor | CLI ms | CLI/floor | floor RSS MB | lint() RSS MB | RSS vs 1x | CLI RSS MB | CLI RSS vs 1x |');
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const rss1 = results.scale['1x'].lintRssMb;
const cliRss1 = results.scale['1x'].cliRssMb;
for (const [k, r] of Object.entries(results.scale)) out.push(`| ${k} | ${r.files} | ${f0(r.floorMs)} | ${r.lintFailed ? `failed after ${f0(r.lintFailedAfterMs)}: ${r.lintFailed}` : f0(r.lintMs)} | ${fx(r.lintMs / r.floorMs)} | ${f0(r.cliMs)} | ${r.cliMs ? f2(r.cliMs / r.floorMs) + 'x' : '—'} | ${f0(r.floorRssMb)} | ${f0(r.lintRssMb)} | ${f2(r.lintRssMb / rss1)}x | ${f0(r.cliRssMb)} | ${r.cliRssMb ? fx(r.cliRssMb / cliRss1) : '—'} |`);
for (const [k, r] of Object.entries(results.big)) out.push(`| ${k} | 1 | ${f0(r.floorMs)} | ${f0(r.lintMs)} | ${fx(r.lintMs / r.floorMs)} | — | — | ${f0(r.floorRssMb)} | ${f0(r.lintRssMb)} | — | — | — |`);
out.push('');
out.push('| the command on 2 threads (--concurrency 2) | files | 1 thread ms | 2 threads ms | 2 threads / 1 | 1 thread RSS MB | 2 threads RSS MB |');
out.push('|---|---:|---:|---:|---:|---:|---:|');
for (const [k, r] of Object.entries(results.scale)) if (r.cli2Ms) out.push(`| ${k} | ${r.files} | ${f0(r.cliMs)} | ${f0(r.cli2Ms)} | ${fx(r.cli2Ms / r.cliMs)} | ${f0(r.cliRssMb)} | ${f0(r.cli2RssMb)} |`);
out.push('');
out.push('| linearity (lint()) | small ms | large ms | growth | per unit (1.00 = linear) | floor per unit |');
out.push('|---|---:|---:|---:|---:|---:|');
for (const [k, r] of Object.entries(results.linearity)) out.push(`| ${k} | ${f0(r.smallMs)} | ${f0(r.largeMs)} | ${f2(r.growth)}x | ${f2(r.perUnitGrowth)} | ${f2(r.floorPerUnitGrowth)} |`);
out.push('');
out.push(`| start-up (median of ${results.startup.runs}) | ms | vs node -e 0 | vs start-up floor |`);
out.push('|---|---:|---:|---:|');
for (const [k, r] of Object.entries(results.startup)) if (typeof r === 'object') out.push(`| ${k} | ${f0(r.ms)} | ${f2(r.vsNode)}x | ${f2(r.vsStartupFloor)}x |`);
out.push('');
out.push('| peer (whole processes) | files | count | crashed on | peer ms | isolint ms | isolint throughput vs peer |');
out.push('|---|---|---:|---:|---:|---:|---:|');
for (const r of Object.values(results.peers)) out.push(`| ${r.name} ${r.version} | ${r.set} | ${r.files} | ${r.crashedOn} | ${f0(r.peerMs)} | ${f0(r.isolintMs)} | ${f2(r.isolintThroughputVsPeer)}x |`);
const table = out.join('\n');
results.table = table;
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(table);
console.log(`\n(${results.wallSeconds.toFixed(0)} s; written to bench/results.json)`);
