/**
 * Runs sources over their files and hands their output on a part at a time (a file, a Compose
 * project). Two things a run needs whatever the sources are:
 *   - a source that throws costs only the file that fails alone its report;
 *   - parts of different sources come in the order of the files they read, so a Compose project
 *     is judged beside the Dockerfile it builds and a parse one source made is still among the
 *     run's recent parses when the other asks for it (src/image/parses.ts).
 */
import { ImageParses } from '../image/parses.js';
import { UnreadableFileError } from '../read-file.js';
import { initShellParser } from '../shell.js';
import { emptyOutput, type Source, type SourceFile, type SourceOptions, type SourceOutput } from './source.js';

/**
 * Every source that was given files (or reads files of its own), ready to be read: the shell
 * parser is set up if one of them needs it, and the Dockerfile parses are shared.
 */
export async function readSources(sources: readonly Source[], filesOf: ReadonlyMap<string, SourceFile[]>, options: SourceOptions): Promise<Iterable<SourceOutput>> {
  const shared: SourceOptions = { ...options, images: new ImageParses() };
  const streams: Iterable<SourceOutput>[] = [];
  for (const source of sources) {
    const files = filesOf.get(source.kind) ?? [];
    if (!files.length && !source.readsFilesOfItsOwn?.(options)) continue;
    if (needsShellParser(source, files, options)) await initShellParser();
    await source.prepare?.();
    streams.push(partsOf(source, files, shared));
  }
  return inFileOrder(streams);
}

/**
 * The parts of one source's output. When loading throws, each file not yet reported on is
 * read again on its own, and the one that fails alone gets the error.
 */
export function* partsOf(source: Source, files: SourceFile[], options: SourceOptions, alone = false): Generator<SourceOutput> {
  const reported = new Set<string>();
  try {
    const out = source.load(files, options);
    for (const part of isOutput(out) ? [out] : out) {
      for (const f of part.files) reported.add(f.file);
      yield part;
    }
  } catch (e) {
    // A reader's bug or a limit of the engine (a stack overflow) must not cost the other files
    // their report.
    const left = files.filter((f) => !reported.has(f.display));
    if (!alone && left.length > 1) {
      for (const f of left) yield* partsOf(source, [f], options, true);
      return;
    }
    const message = e instanceof UnreadableFileError ? e.message : `could not be read: ${(e as Error)?.message ?? String(e)}`;
    const failed = emptyOutput();
    if (!left.length) failed.errors.push({ file: source.kind, message });
    for (const f of left) {
      failed.errors.push({ file: f.display, message });
      failed.files.push({ file: f.display, kind: source.kind, status: 'error' });
    }
    yield failed;
  }
}

/**
 * Merges the sources' parts by the first file each part read (ties in registry order). It
 * holds one part per source ahead: what memory keeps is a handful of parts, not a source's
 * whole output.
 */
export function* inFileOrder(streams: Iterable<SourceOutput>[]): Generator<SourceOutput> {
  const heads = streams.map((s) => ({ parts: s[Symbol.iterator](), next: undefined as SourceOutput | undefined, key: '', done: false }));
  const advance = (h: (typeof heads)[number]) => {
    const r = h.parts.next();
    h.done = !!r.done;
    h.next = r.done ? undefined : r.value;
    h.key = r.done ? '' : firstFileOf(r.value);
  };
  for (const h of heads) advance(h);
  for (;;) {
    let first: (typeof heads)[number] | undefined;
    let firstKey = '';
    for (const h of heads) {
      if (h.done) continue;
      const key = h.key;
      if (!first || key < firstKey) {
        first = h;
        firstKey = key;
      }
    }
    if (!first) return;
    const part = first.next!;
    first.next = undefined; // let it go once judged
    yield part;
    advance(first);
  }
}

/** The first file a part reports on or reads, in code-unit order ('' for a part with none). */
function firstFileOf(part: SourceOutput): string {
  let first: string | undefined;
  for (const f of part.files) if (first === undefined || f.file < first) first = f.file;
  for (const f of part.texts.keys()) if (first === undefined || f < first) first = f;
  return first ?? '';
}

function needsShellParser(source: Source, files: readonly SourceFile[], options: SourceOptions): boolean {
  if (typeof source.usesShellParser !== 'function') return source.usesShellParser;
  try {
    return source.usesShellParser(files, options);
  } catch {
    return true; // a file it could not read: its source says so when it reads it
  }
}

function isOutput(out: SourceOutput | Iterable<SourceOutput>): out is SourceOutput {
  return !(Symbol.iterator in out);
}
