/**
 * Worker threads for large runs (`--concurrency`). The files a run hands to its sources are cut
 * into shares of whole folders, in the run's file order (a Compose project and the files beside
 * it stay together); this thread judges the first share and each worker thread one more
 * (src/lint-worker.ts runs `lintShard` there). Everything that needs the whole run (dropping
 * duplicate findings, suppressions, the checks of suppression comments, the baseline, the
 * order) is done afterwards on this thread, on the shares' plain results, in a total order: the
 * result is the same as on one thread.
 *
 * A worker loads isolint and the shell grammar again (about half a second here), so workers pay
 * only on large runs. On the 2-core bench machine (bench/workers.mjs, results equal every time),
 * two threads took 1.53x the time of one on 153 files, 0.89x on 648 and 0.67x on 2,574 (17.7 →
 * 11.8 s); three threads on two cores were slower than two. `auto` therefore adds a thread per
 * `AUTO_FILES_PER_THREAD` files, up to one per core.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import type { LintOptions } from './lint.js';
import { fileOnDisk, lintShard, runSettingsOf, sourceOptionsOf, type HandedFile, type ShardOptions, type ShardResult, type ShardSetup } from './lint-shard.js';
import { allSources } from './sources/index.js';

/** `off`, `auto`, or how many threads read and judge files (this one included). */
export type Concurrency = number | 'auto' | 'off';

/** `--concurrency`'s value as written (the command line, the Action's input): `off`, `auto` or a whole number of threads. */
export function parseConcurrency(text: string): Concurrency {
  if (text === 'off' || text === 'auto') return text;
  if (/^[1-9]\d*$/.test(text)) return Number(text);
  throw new Error(`must be ${VALUES}`);
}

const VALUES = 'off, auto or a whole number of threads, 1 or more';

/** With `auto`, a thread is added for every this many files, up to one per core. */
export const AUTO_FILES_PER_THREAD = 400;

/** What a worker is sent: the run's options that are plain data, and its share of the files. */
export interface WorkerTask {
  options: ShardOptions;
  cwd: string;
  files: { kind: string; path: string; display: string; root: string; named: boolean }[];
}

/**
 * How many threads judge this run's `files` files. One whenever workers could not judge them
 * as this thread would: rules or sources given as code, files given as text, `-c` files (read
 * by the Compose source itself), or a single executable (which has no worker file to start).
 */
export function threadsFor(options: LintOptions, files: number): number {
  const asked = options.concurrency ?? 'off';
  if (asked === 'off' || asked === 1) return 1;
  if (asked !== 'auto' && !(typeof asked === 'number' && Number.isInteger(asked) && asked > 1)) throw new Error(`concurrency must be ${VALUES} (got ${String(asked)})`);
  const shareable =
    (options.rules === undefined || options.rules === allRules) &&
    (options.sources === undefined || options.sources === allSources) &&
    !options.files?.length &&
    !options.compose?.files?.length &&
    workerFile() !== undefined;
  if (!shareable) return 1;
  const threads = asked === 'auto' ? Math.min(builtin<typeof import('node:os')>('node:os').availableParallelism(), Math.floor(files / AUTO_FILES_PER_THREAD)) : asked;
  return Math.max(1, Math.min(threads, files));
}

/** The options a worker needs, as plain data. */
export function shardOptionsOf(options: LintOptions): ShardOptions {
  const { profile, target, compose, config, ruleLevels, ignore, maxFileSize, includeDocs, inlineIgnores } = options;
  return JSON.parse(JSON.stringify({ profile, target, compose, config, ruleLevels, ignore, maxFileSize, includeDocs, inlineIgnores })) as ShardOptions;
}

/**
 * Judges `handed` in `threads` shares at once: the first on this thread, the others in worker
 * threads. A worker that fails has its share judged here instead, so a worker problem costs
 * time, never findings.
 */
export async function lintInShards(handed: readonly HandedFile[], threads: number, setup: ShardSetup, task: Omit<WorkerTask, 'files'>): Promise<ShardResult[]> {
  const shares = shareByFolder(handed, threads);
  const inWorkers = shares.slice(1).map((share) =>
    inWorker({ ...task, files: share.map(({ kind, file }) => ({ kind, path: file.path, display: file.display, root: file.root, named: file.named })) }).catch(() => lintShard(share, setup)),
  );
  const here = await lintShard(shares[0] ?? [], setup);
  return [here, ...(await Promise.all(inWorkers))];
}

/**
 * Cuts the files, in order, into at most `n` runs of whole folders with about as many files
 * each: every file of a folder goes to the same share.
 */
export function shareByFolder<T extends { file: { display: string } }>(files: readonly T[], n: number): T[][] {
  const folders: T[][] = [];
  for (const f of files) {
    const last = folders[folders.length - 1];
    if (last && dirname(last[0]!.file.display) === dirname(f.file.display)) last.push(f);
    else folders.push([f]);
  }
  const shares: T[][] = [];
  let share: T[] = [];
  let done = 0;
  for (const folder of folders) {
    share.push(...folder);
    done += folder.length;
    // Cut when this share has reached its part of the files.
    if (shares.length < n - 1 && done >= ((shares.length + 1) * files.length) / n) {
      shares.push(share);
      share = [];
    }
  }
  if (share.length) shares.push(share);
  return shares;
}

/** Judges a share of the files on this thread, as a worker does with the task it is sent. */
export async function lintTask(task: WorkerTask): Promise<ShardResult> {
  const settings = runSettingsOf(task.options, task.cwd, allRules);
  const places = new Map(task.files.map((f) => [f.display, { abs: f.path, linted: f.root }]));
  await settings.prepare([...places.values()]);
  const placeOf = (file: string) => places.get(file) ?? { abs: resolve(task.cwd, file), linted: task.cwd };
  const setup: ShardSetup = { sources: allSources, sourceOptions: sourceOptionsOf(task.options, task.cwd), settings, rules: allRules, inlineIgnores: task.options.inlineIgnores !== false, placeOf };
  return lintShard(
    task.files.map((f) => ({ kind: f.kind, file: fileOnDisk(f, task.options.maxFileSize) })),
    setup,
  );
}

function inWorker(task: WorkerTask): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const { Worker } = builtin<typeof import('node:worker_threads')>('node:worker_threads');
    const worker = new Worker(workerFile()!, { workerData: task });
    worker.once('message', (m: { result?: ShardResult; error?: string }) => (m.result ? resolve(m.result) : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
  });
}

/** node:os and node:worker_threads are loaded by the runs that use them, not at every start (a one-file run is most runs). */
function builtin<T>(id: string): T {
  return (process as unknown as { getBuiltinModule(id: string): T }).getBuiltinModule(id);
}

/** The worker's module beside this one: `.mjs` in the bundles, `.js` in the tsc build; none in a single executable. */
function workerFile(): string | undefined {
  const sea = process.getBuiltinModule?.('node:sea') as { isSea(): boolean } | undefined;
  if (sea?.isSea()) return undefined;
  for (const name of ['./lint-worker.mjs', './lint-worker.js']) {
    const file = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}
