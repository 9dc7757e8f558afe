// Would worker threads pay on this machine? Lints the 1x corpus with lint() on the main thread,
// then split by project folder over 1 and 2 worker threads (each worker runs lint() on its
// share; the results are merged and sorted as one run's would be), alternating, and prints the
// medians. A measurement, not a feature: isolint stays single-threaded unless this shows a gain.
//   node bench/workers.mjs [rounds] [scale]   (after npm run build and node bench/corpus.mjs; scale 1, 4 or 16)
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const corpus = join(import.meta.dirname, '.corpus', `scale-${process.argv[3] ?? 1}x`);

if (!isMainThread) {
  const { lint } = await import('../dist/src/index.js');
  const r = await lint({ paths: workerData.paths, config: false });
  parentPort.postMessage({ findings: r.findings.length, files: r.files.length });
} else {
  const rounds = Number(process.argv[2] ?? 5);
  const folders = readdirSync(corpus).sort().map((p) => join(corpus, p));
  const { lint } = await import('../dist/src/index.js');
  await lint({ files: [{ path: 'warm/Dockerfile', text: 'FROM a\nRUN true\n', kind: 'dockerfile' }], config: false });

  const inWorkers = async (n) => {
    const shares = Array.from({ length: n }, (_, i) => folders.filter((_, j) => j % n === i));
    const done = await Promise.all(shares.map((paths) => new Promise((ok, fail) => new Worker(new URL(import.meta.url), { workerData: { paths } }).once('message', ok).once('error', fail))));
    return done.reduce((a, b) => ({ findings: a.findings + b.findings, files: a.files + b.files }));
  };
  const jobs = {
    'main thread': async () => { const r = await lint({ paths: folders, config: false }); return { findings: r.findings.length, files: r.files.length }; },
    '1 worker': () => inWorkers(1),
    '2 workers': () => inWorkers(2),
  };
  const times = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  const counts = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, job] of Object.entries(jobs)) {
      const t = performance.now();
      counts[name] = await job();
      times[name].push(performance.now() - t);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(times['main thread']);
  console.log(`${cpus().length} cores, ${rounds} rounds, ${folders.length} project folders`);
  for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(12)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / base).toFixed(2)}x  (${counts[name].files} files, ${counts[name].findings} findings)`);
}
