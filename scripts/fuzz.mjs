#!/usr/bin/env node
// Long fuzz runs: `npm run fuzz -- --runs 200000 [--seed 7]`. Runs tests/fuzz.test.ts with
// ISOLINT_FUZZ_RUNS and ISOLINT_FUZZ_SEED (default: a new seed each time, printed so a failure
// can be reproduced); a failing input is saved under fixtures/fuzz/ and fails the run.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
function value(name, fallback) {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`fuzz: ${name} needs a whole number`);
    process.exit(2);
  }
  return v;
}
const runs = value('--runs', 10000);
const seed = value('--seed', Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} cases, seed ${seed}`);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'tests/fuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ISOLINT_FUZZ_RUNS: String(runs), ISOLINT_FUZZ_SEED: String(seed) },
});
process.exit(run.status ?? 1);
