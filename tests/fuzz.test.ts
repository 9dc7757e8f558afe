/**
 * Property-based fuzzing of the whole pipeline (see tests/support/fuzz.ts): no exception, no
 * internal error, every location inside its file, JSON and SARIF parse, the same output twice.
 * `npm test` runs a fixed seed and a bounded number of cases; `npm run fuzz -- --runs N` runs
 * more (ISOLINT_FUZZ_RUNS, ISOLINT_FUZZ_SEED) and saves a failing input under fixtures/fuzz/,
 * which the last test here lints again on every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInput, fuzzProperty, saveFailure, savedFailures, stats } from './support/fuzz.js';

const runs = Number(process.env.ISOLINT_FUZZ_RUNS ?? 1000);
const seed = Number(process.env.ISOLINT_FUZZ_SEED ?? 42);
const long = process.env.ISOLINT_FUZZ_RUNS !== undefined;

describe('fuzz', () => {
  it(
    `lints ${runs} generated and mutated inputs (seed ${seed}) without breaking a property`,
    async () => {
      const started = performance.now();
      const details = await fc.check(fuzzProperty, { seed, numRuns: runs });
      const seconds = (performance.now() - started) / 1000;
      if (long) console.log(`fuzz: ${details.numRuns} cases (${stats.withFindings} with findings), seed ${seed}, ${seconds.toFixed(1)} s, ${(details.numRuns / seconds).toFixed(0)} cases/s${details.failed ? ', FAILED' : ''}`);
      if (details.failed && details.counterexample) {
        const saved = saveFailure(details.counterexample[0]);
        expect.fail(`${fc.defaultReportMessage(details)}\nsaved as ${saved}`);
      }
      expect(details.failed, fc.defaultReportMessage(details) ?? '').toBe(false);
      // The inputs reach the rules: a good share of them give findings.
      expect(stats.withFindings / stats.inputs).toBeGreaterThan(0.25);
    },
    long ? 24 * 3600_000 : 60_000,
  );

  const saved = savedFailures();
  it.skipIf(saved.length === 0)(`lints the ${saved.length} inputs saved under fixtures/fuzz/ without breaking a property`, async () => {
    for (const { name, input } of saved) await expect(checkInput(input), name).resolves.toBeUndefined();
  });
});
