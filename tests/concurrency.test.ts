// --concurrency: worker threads judge shares of a run's files, and the result is the one a
// single thread gives. Workers start from the built modules (`npm test` builds first), so the
// run-level checks use dist/; the sharing itself is checked on the source.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AUTO_FILES_PER_THREAD, shareByFolder, threadsFor } from '../src/concurrency.js';
import { allRules } from '../rules/index.js';

const root = join(import.meta.dirname, '..');
const built = (file: string) => import(join(root, 'dist', 'src', file)) as Promise<Record<string, any>>;

describe('shareByFolder', () => {
  const files = (...names: string[]) => names.map((display) => ({ file: { display } }));
  const shown = (shares: { file: { display: string } }[][]) => shares.map((s) => s.map((f) => f.file.display));

  it('keeps the files of a folder in one share, in order', () => {
    const all = files('a/Dockerfile', 'a/compose.yaml', 'a/compose.override.yaml', 'b/Dockerfile', 'c/Dockerfile', 'c/x.sh', 'd/Dockerfile', 'e/Dockerfile');
    expect(shown(shareByFolder(all, 2))).toEqual([
      ['a/Dockerfile', 'a/compose.yaml', 'a/compose.override.yaml', 'b/Dockerfile'],
      ['c/Dockerfile', 'c/x.sh', 'd/Dockerfile', 'e/Dockerfile'],
    ]);
    expect(shown(shareByFolder(all, 3))).toEqual([['a/Dockerfile', 'a/compose.yaml', 'a/compose.override.yaml'], ['b/Dockerfile', 'c/Dockerfile', 'c/x.sh'], ['d/Dockerfile', 'e/Dockerfile']]);
  });

  it('gives fewer shares than asked when there are fewer folders, and one share for one', () => {
    expect(shown(shareByFolder(files('a/1', 'a/2', 'b/1'), 4))).toEqual([['a/1', 'a/2'], ['b/1']]);
    expect(shown(shareByFolder(files('a/1', 'a/2', 'a/3'), 2))).toEqual([['a/1', 'a/2', 'a/3']]);
    expect(shareByFolder([], 2)).toEqual([]);
  });
});

describe('threadsFor', () => {
  it('is one thread unless asked for more', () => {
    expect(threadsFor({}, 5000)).toBe(1);
    expect(threadsFor({ concurrency: 'off' }, 5000)).toBe(1);
    expect(threadsFor({ concurrency: 1 }, 5000)).toBe(1);
  });

  it('stays on one thread where workers could not judge the files as this thread would', () => {
    expect(threadsFor({ concurrency: 2, rules: allRules.slice(0, 3) }, 5000)).toBe(1);
    expect(threadsFor({ concurrency: 2, files: [{ path: 'Dockerfile', text: 'FROM a\n' }] }, 5000)).toBe(1);
    expect(threadsFor({ concurrency: 2, compose: { files: ['compose.yaml'] } }, 5000)).toBe(1);
    // Run from the TypeScript source there is no built worker module to start.
    expect(threadsFor({ concurrency: 2 }, 5000)).toBe(1);
  });

  it('refuses a value that is not off, auto or a whole number above 0', () => {
    expect(() => threadsFor({ concurrency: 0 }, 10)).toThrow(/whole number/);
    expect(() => threadsFor({ concurrency: 2.5 }, 10)).toThrow(/whole number/);
    expect(() => threadsFor({ concurrency: 'fast' as 'auto' }, 10)).toThrow(/got fast/);
  });

  it('with auto, adds a thread per AUTO_FILES_PER_THREAD files, up to one per core (built modules)', async () => {
    const { threadsFor: builtThreadsFor } = await built('concurrency.js');
    expect(builtThreadsFor({ concurrency: 2 }, 10)).toBe(2);
    expect(builtThreadsFor({ concurrency: 3 }, 2)).toBe(2);
    expect(builtThreadsFor({ concurrency: 'auto' }, AUTO_FILES_PER_THREAD - 1)).toBe(1);
    expect(builtThreadsFor({ concurrency: 'auto' }, 64 * AUTO_FILES_PER_THREAD)).toBe(Math.min(64, availableParallelism()));
  });
});

describe('a run on several threads', () => {
  it('gives the result one thread gives, in the same order (fixtures, with their configuration files)', { timeout: 120_000 }, async () => {
    const { lint } = await built('index.js');
    const one = await lint({ paths: ['fixtures'], cwd: root });
    expect(one.findings.length).toBeGreaterThan(200);
    for (const concurrency of [2, 3]) expect(isDeepStrictEqual(await lint({ paths: ['fixtures'], cwd: root, concurrency }), one)).toBe(true);
    const audit = { paths: ['fixtures/rules', 'fixtures/compose'], cwd: root, inlineIgnores: false, profile: 'strict' };
    expect(isDeepStrictEqual(await lint({ ...audit, concurrency: 2 }), await lint(audit))).toBe(true);
  });

  it('applies a baseline and drops duplicate findings across shares as one thread does', { timeout: 120_000 }, async () => {
    // One file included by projects in two folders that land in different shares: both judge its service.
    const dir = mkdtempSync(join(tmpdir(), 'isolint-concurrency-'));
    cpSync(join(root, 'fixtures', 'rules', 'host-pid'), join(dir, 'a'), { recursive: true });
    cpSync(join(root, 'fixtures', 'rules', 'privileged-container'), join(dir, 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'compose.yaml'), 'include:\n  - ../common.yaml\nservices:\n  web:\n    image: web:1.0\n');
    writeFileSync(join(dir, 'b', 'compose.yaml'), 'include:\n  - ../common.yaml\nservices:\n  api:\n    image: api:1.0\n');
    writeFileSync(join(dir, 'common.yaml'), 'services:\n  base:\n    image: app:1.0\n    privileged: true\n');
    const { lint } = await built('index.js');
    const one = await lint({ paths: ['.'], cwd: dir, config: false });
    expect(one.findings.filter((f: { ruleId: string; location: { file: string } }) => f.ruleId === 'privileged-container' && f.location.file === 'common.yaml')).toHaveLength(1);
    expect(isDeepStrictEqual(await lint({ paths: ['.'], cwd: dir, config: false, concurrency: 2 }), one)).toBe(true);
    // A baseline of the host-pid fixtures: their findings are kept apart, the rest reported.
    const written = spawnSync(process.execPath, [join(root, 'dist', 'bundle', 'isolint.mjs'), 'a', '--no-config', '--write-baseline', 'baseline.json', '--fail-level', 'none'], { cwd: dir, encoding: 'utf8' });
    expect(written.status).toBe(0);
    const withBaseline = await lint({ paths: ['.'], cwd: dir, config: false, baseline: 'baseline.json' });
    expect(withBaseline.baselined.length).toBeGreaterThan(3);
    expect(withBaseline.findings.length).toBeGreaterThan(3);
    expect(isDeepStrictEqual(await lint({ paths: ['.'], cwd: dir, config: false, baseline: 'baseline.json', concurrency: 2 }), withBaseline)).toBe(true);
  });

  it('a worker judges its share as this thread does', { timeout: 60_000 }, async () => {
    const { lintTask } = await built('concurrency.js');
    const { discover } = await built('discover.js');
    const { claimerFor, allSources } = await built('sources/index.js');
    const found = discover(['fixtures/rules'], root, claimerFor({ cwd: root }, allSources)).files;
    const task = { options: { config: false }, cwd: root, files: found.map((f: any) => ({ kind: f.kind, path: f.path, display: f.display, root: f.root, named: !!f.named })) };
    const inWorker = await new Promise((resolve, reject) => {
      const w = new Worker(join(root, 'dist', 'src', 'lint-worker.js'), { workerData: task });
      w.once('message', resolve);
      w.once('error', reject);
    });
    const here = await lintTask(task);
    expect(here.findings.length).toBeGreaterThan(100);
    expect(inWorker).toEqual({ result: here });
  });
});

describe('--concurrency', () => {
  const bin = join(root, 'dist', 'bundle', 'isolint.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('gives the same report with worker threads', { timeout: 60_000 }, () => {
    const one = run('fixtures/rules', 'fixtures/compose/extends', '-f', 'json', '--fail-level', 'none');
    const two = run('fixtures/rules', 'fixtures/compose/extends', '-f', 'json', '--fail-level', 'none', '--concurrency', '2');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).findings.length).toBeGreaterThan(100);
  });

  it('refuses a value that is not off, auto or a number of threads', () => {
    for (const value of ['0', 'two', '-1']) {
      const r = run('fixtures/demo', '--concurrency', value);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--concurrency.*must be off, auto or a whole number of threads/);
    }
  });
});
