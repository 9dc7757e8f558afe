/**
 * A source is one kind of file isolint reads (Dockerfiles, Compose files, shell scripts, …).
 * It says which files it claims and turns them into the models rules read, with per-file
 * errors and notes. `lint()` loops over sources as the engine loops over rules: it knows
 * none of them by name, and a new source is one more entry in `sources/index.ts`.
 */
import type { ImageModel } from '../image/model.js';
import type { ImageParses } from '../image/parses.js';
import type { LineIndex } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { CommentSyntax } from '../engine/suppress.js';
import type { ComposeOptions } from '../compose/index.js';
import type { FileError, FileNote } from './problems.js';

export type { FileError, FileNote } from './problems.js';
export type { CommentSyntax } from '../engine/suppress.js';
export type { ComposeOptions } from '../compose/index.js';

/** A file handed to a source: where it is, how it is shown, and its text. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path shown in reports: relative to cwd, forward slashes. */
  display: string;
  /** Where its project ends when it is not in a git repository (the folder that was named). */
  root: string;
  /** Named by the user (command line, stdin, the library's `files`), not found by a walk. */
  named: boolean;
  text: string;
}

/** How the run was asked to read files; each source takes what concerns it. */
export interface SourceOptions {
  cwd: string;
  /** `--target`: the stage built from a Dockerfile named directly. */
  target?: string;
  /** Referenced files larger than this are not read (per-file error). */
  maxFileSize?: number;
  /** `--include-docs`: read shell code blocks in Markdown. */
  includeDocs?: boolean;
  /** The run's recent Dockerfile parses, shared by every source that parses Dockerfiles. */
  images?: ImageParses;
  /** Compose's own options (`--env-file`, `--use-env`, `-c`, `--allow-outside-context`). */
  compose?: ComposeOptions;
}

/** Whether and how a file was judged. */
export interface LintedFile {
  file: string;
  /** The source that read it (`dockerfile`, `compose`, …). */
  kind: string;
  status: 'linted' | 'error';
}

export interface SourceOutput {
  images: ImageModel[];
  containers: RuntimeModel[];
  errors: FileError[];
  notes: FileNote[];
  files: LintedFile[];
  /** Text of every file a finding may point into, by display path (for suppressions and locations). */
  texts: Map<string, LineIndex>;
}

export interface Source {
  /** Stable name: `LintedFile.kind`, the JSON report and `--list-sources` show it. */
  kind: string;
  /** Which files it reads, in words (for `--list-sources` and the README). */
  reads: string;
  /**
   * Claims a file by its absolute path (forward slashes). `named` is true for a file the user
   * named: a source may then take what a walk would pass over (`--include-docs` off, any
   * `.yml` as Compose). Sources are asked in registry order, first for a walk's claim, then,
   * for a named file nobody claimed, with `named` true.
   */
  claims(path: string, named: boolean, options: SourceOptions): boolean;
  /** Claims an otherwise unclaimed file found by a walk from its first line (a shebang). */
  claimsFirstLine?(line: string): boolean;
  /**
   * Whether these files need the WASM shell parser (loaded only when some source's files do:
   * it is most of a one-file run's start-up).
   */
  usesShellParser: boolean | ((files: readonly SourceFile[], options: SourceOptions) => boolean);
  /** Reads files no one handed it (Compose's `-c`): loaded even when it was given none. */
  readsFilesOfItsOwn?(options: SourceOptions): boolean;
  comments: CommentSyntax;
  /**
   * Loads what `load` needs that a run without this source's files should not pay for at
   * start-up (a YAML or JSON parser, the Compose loader): awaited before `load`, only when the
   * source has files (or reads files of its own).
   */
  prepare?(): Promise<void>;
  /**
   * Reads its files. It may yield its output in parts (one file, one Compose project): each
   * part is judged and dropped before the next is read, so memory holds findings, not models.
   */
  load(files: SourceFile[], options: SourceOptions): SourceOutput | Iterable<SourceOutput>;
}

/**
 * For a source whose reading code lives in a module of its own, imported by `prepare`: the
 * module once loaded (a source's `load` called before its `prepare` was awaited is a bug).
 */
export function prepared<M>(module: M | undefined, kind: string): M {
  if (module === undefined) throw new Error(`the ${kind} source's prepare() must be awaited before its load()`);
  return module;
}

export function emptyOutput(): SourceOutput {
  return { images: [], containers: [], errors: [], notes: [], files: [], texts: new Map() };
}

/** A source's files read one at a time, each judged and dropped before the next is read. */
export function* eachFile(files: SourceFile[], read: (file: SourceFile, out: SourceOutput) => void): Iterable<SourceOutput> {
  for (const file of files) {
    const out = emptyOutput();
    read(file, out);
    yield out;
  }
}
