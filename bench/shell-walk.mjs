// The shell-text walk alone, old build against new, side by side:
//   node bench/shell-walk.mjs [--rounds N] [--reps K] [--set scale-1x] [DIST_DIR...]
// DIST_DIR defaults to ./dist; give two (e.g. a copy of main's dist/ and ./dist) to compare.
// Every shell text lint() hands parseShell over a corpus set is collected once; then, in a fresh
// process per job and alternating between the builds, parseShell (cache off) is timed over all
// of them K times, and so is tree-sitter's parse alone of the same texts (the floor). Prints
// medians: parseShell ms, floor ms, the difference (the walk and what surrounds the parse),
// GC time and count, and a checksum of the output so that builds can be seen to agree.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance, PerformanceObserver } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); if (i < 0) return dflt; const v = argv[i + 1]; argv.splice(i, 2); return v; };

if (argv[0] === '--child') {
  const [, dist, set, repsArg] = argv;
  const reps = Number(repsArg);
  const { lint } = await import(pathToFileURL(join(dist, 'src', 'index.js')).href);
  const shell = await import(pathToFileURL(join(dist, 'src', 'shell.js')).href);
  const sources = [];
  shell.recordShellSources((s) => sources.push(s));
  await lint({ paths: [join(root, 'bench', '.corpus', set)], config: false });
  shell.recordShellSources(undefined);
  shell.setShellCacheLimit(0);
  // The floor: the same parser (the grammar shell.js loaded), parse and delete only.
  const { Parser, Language } = await import('web-tree-sitter');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  const texts = sources.map((s) => s.text.replace(/\r(?!\n)/g, '\n'));
  let gcMs = 0, gcs = 0, counting = false;
  const obs = new PerformanceObserver((list) => { if (counting) for (const e of list.getEntries()) { gcMs += e.duration; gcs++; } });
  obs.observe({ entryTypes: ['gc'] });
  let sum = 0;
  const run = () => {
    for (const s of sources) {
      try {
        const r = shell.parseShell(s);
        for (const c of r.commands) { sum += c.words.length + c.loc.startColumn; for (const w of c.words) sum += w.value.length + (w.offsets[0] ?? 0) + (w.hasExpansion ? 1 : 0); }
        sum += r.hasError ? 7 : 0;
      } catch { sum += 13; }
    }
  };
  const floor = () => { for (const t of texts) parser.parse(t)?.delete(); };
  run(); floor(); // warm
  const flush = () => new Promise((r) => setTimeout(r, 20));
  await flush();
  counting = true;
  let t = performance.now();
  for (let k = 0; k < reps; k++) run();
  const ms = performance.now() - t;
  await flush();
  counting = false;
  const walkGcMs = gcMs, walkGcs = gcs;
  gcMs = 0; gcs = 0; counting = true;
  t = performance.now();
  for (let k = 0; k < reps; k++) floor();
  const floorMs = performance.now() - t;
  await flush();
  counting = false;
  obs.disconnect();
  process.stdout.write(JSON.stringify({ ms, floorMs, gcMs: walkGcMs, gcs: walkGcs, floorGcMs: gcMs, sources: sources.length, checksum: sum / (reps + 1) }) + '\n');
  process.exit(0);
}

const rounds = Number(opt('--rounds', 5));
const reps = Number(opt('--reps', 3));
const set = opt('--set', 'scale-1x');
const dists = (argv.length ? argv : [join(root, 'dist')]).map((d) => resolve(d));
if (!existsSync(join(root, 'bench', '.corpus', 'manifest.json'))) (await import('./corpus.mjs')).generate(join(root, 'bench', '.corpus'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const results = dists.map(() => []);
for (let i = 0; i < rounds; i++) {
  dists.forEach((d, j) => {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', d, set, String(reps)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${d}: ${r.stderr}`);
    results[j].push(JSON.parse(r.stdout.trim().split('\n').pop()));
  });
  process.stderr.write('.');
}
process.stderr.write('\n');
const out = [`${set}, ${reps} passes per job, medians of ${rounds} alternating jobs; "vs first": this build's time above the floor over the first build's, in the same round`, '| build | parseShell ms | floor ms | above floor ms | above/floor | vs first | GC ms | GCs | sources | checksum |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
dists.forEach((d, j) => {
  const rs = results[j];
  const m = (f) => median(rs.map(f));
  out.push(`| ${d} | ${m((r) => r.ms).toFixed(0)} | ${m((r) => r.floorMs).toFixed(0)} | ${m((r) => r.ms - r.floorMs).toFixed(0)} | ${m((r) => (r.ms - r.floorMs) / r.floorMs).toFixed(2)} | ${median(rs.map((r, i) => (r.ms - r.floorMs) / (results[0][i].ms - results[0][i].floorMs))).toFixed(2)} | ${m((r) => r.gcMs).toFixed(0)} | ${m((r) => r.gcs)} | ${rs[0].sources} | ${rs[0].checksum} |`);
});
console.log(out.join('\n'));
