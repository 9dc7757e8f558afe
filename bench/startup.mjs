// Start-up of each way isolint is shipped, measured in one run and printed as ratios to the
// npm package's bin (absolute times on a shared machine are noise): `--version` (start-up
// alone) and a lint of fixtures/demo (start-up, grammar load and a real run).
//   tsc build    node dist/src/bin.js        (what `npm start` runs)
//   npm bin      node dist/bundle/isolint.mjs   (the package's bin: the bundled command)
//   SEA          dist/sea/isolint-<platform>-<arch>   (npm run build:sea), if built
// Usage: npm run build && node bench/startup.mjs [runs]   (default 15 runs of each, interleaved)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const sea = join(root, 'dist', 'sea', `isolint-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`);
const entries = [
  ['npm bin', [process.execPath, join(root, 'dist', 'bundle', 'isolint.mjs')]],
  ['tsc build', [process.execPath, join(root, 'dist', 'src', 'bin.js')]],
  ...(existsSync(sea) ? [['SEA', [sea]]] : []),
];
const tasks = [
  ['--version', ['--version']],
  ['lint demo', ['fixtures/demo', '--fail-level', 'none']],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = new Map();
for (let i = 0; i < runs + 1; i++) {
  for (const [name, cmd] of entries) {
    for (const [task, args] of tasks) {
      const start = process.hrtime.bigint();
      const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { NO_COLOR: '1' } });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`${name} ${task}: exit ${r.status}: ${r.stderr}`);
      if (i === 0) continue; // the first round warms the file cache
      const key = `${name}\0${task}`;
      times.set(key, [...(times.get(key) ?? []), ms]);
    }
  }
}
console.log(`median of ${runs} runs each, interleaved; ratio to the npm bin (lower is faster)`);
for (const [task] of tasks) {
  const base = median(times.get(`npm bin\0${task}`));
  for (const [name] of entries) {
    const m = median(times.get(`${name}\0${task}`));
    console.log(`${task.padEnd(10)} ${name.padEnd(10)} ${(m / base).toFixed(2)}x  (${m.toFixed(0)} ms here)`);
  }
}
if (existsSync(sea)) console.log(`SEA size ${(statSync(sea).size / 1e6).toFixed(1)} MB`);
