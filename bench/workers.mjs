// Do worker threads pay on this machine? Lints a generated corpus with lint() on one thread and
// with `concurrency: 2` and `3` (this thread and worker threads judging shares of whole folders,
// src/concurrency.ts), alternating in one process, and prints the medians and whether every
// result equals the one-thread result. RSS is the process's: the workers' heaps are in it.
//   node bench/workers.mjs [rounds] [scale]   (after npm run build and node bench/corpus.mjs; scale 1, 4 or 16)
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';

const corpus = join(import.meta.dirname, '.corpus', `scale-${process.argv[3] ?? 1}x`);
const rounds = Number(process.argv[2] ?? 5);
const { lint } = await import('../dist/src/index.js');
await lint({ files: [{ path: 'warm/Dockerfile', text: 'FROM a\nRUN true\n', kind: 'dockerfile' }], config: false });

const jobs = { 'one thread': 'off', '2 threads': 2, '3 threads': 3 };
const times = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
const results = {};
let same = true;
for (let i = 0; i < rounds; i++) {
  for (const [name, concurrency] of Object.entries(jobs)) {
    const t = performance.now();
    const r = await lint({ paths: [corpus], config: false, concurrency });
    times[name].push(performance.now() - t);
    if (results['one thread'] && !isDeepStrictEqual(r, results['one thread'])) same = false;
    results[name] = r;
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['one thread']);
console.log(`${cpus().length} cores, ${rounds} rounds, ${results['one thread'].files.length} files; results equal to one thread's: ${same}; peak RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(12)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / base).toFixed(2)}x`);
