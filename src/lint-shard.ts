/**
 * The part of a run that reads files and runs the rules on what they describe. Given the files a
 * run hands to its sources, it gives back the raw findings (before duplicates are dropped and
 * suppressions and the baseline applied, which need the whole run), the problems, the status of
 * every file and the suppression comments of every file it read. `lint()` runs it on its own
 * thread, and on a large run with `concurrency` worker threads run it on their shares
 * (src/concurrency.ts): what comes back is plain data either way.
 */
import { resolve } from 'node:path';
import { describeFsError, type DiscoveredFile } from './discover.js';
import type { Finding } from './engine/finding.js';
import { ownSharedString } from './engine/own-string.js';
import { runImageRules, runRuntimeRules, type RunContext } from './engine/run.js';
import { parseSuppressionComments, type ParsedSuppressions } from './engine/suppress.js';
import type { Rule } from './engine/rule.js';
import { RunSettings } from './config/settings.js';
import type { LintOptions } from './lint.js';
import type { LineIndex } from './position.js';
import { readTextFile, UnreadableFileError } from './read-file.js';
import { readSources } from './sources/run.js';
import { sourceFor } from './sources/index.js';
import type { CommentSyntax, FileError, FileNote, LintedFile, Source, SourceFile, SourceOptions, SourceOutput } from './sources/source.js';

/** A file handed to the source of `kind`. */
export interface HandedFile {
  kind: string;
  file: SourceFile & { release?(): void };
}

export interface ShardResult {
  findings: Finding[];
  errors: FileError[];
  notes: FileNote[];
  files: LintedFile[];
  /** The suppression comments of every file read, first read first. */
  comments: [string, ParsedSuppressions][];
}

export interface ShardSetup {
  sources: readonly Source[];
  sourceOptions: SourceOptions;
  settings: RunSettings;
  rules: readonly Rule[];
  /** False: `# isolint-ignore` comments are not read (`--no-inline-ignores`). */
  inlineIgnores: boolean;
  /** Where a reported file is, and the folder it was linted under, for its settings. */
  placeOf(file: string): { abs: string; linted: string };
}

/** What of `LintOptions` reading and judging files depends on: plain data, which worker threads are sent as it is. */
export type ShardOptions = Pick<LintOptions, 'profile' | 'target' | 'compose' | 'config' | 'ruleLevels' | 'ignore' | 'maxFileSize' | 'includeDocs' | 'inlineIgnores'>;

/** The settings of a run's files (configuration files, `--profile`, `--rule`, `--ignore`). */
export function runSettingsOf(options: ShardOptions, cwd: string, rules: readonly Rule[]): RunSettings {
  return new RunSettings({
    rules,
    cwd,
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    cli: {
      ...(options.profile ? { profile: options.profile } : {}),
      rules: new Map(Object.entries(options.ruleLevels ?? {}).map(([id, level]) => [id, { level }])),
    },
  });
}

/** How the run's sources read files. */
export function sourceOptionsOf(options: ShardOptions, cwd: string): SourceOptions {
  return {
    cwd,
    ...(options.target ? { target: options.target } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.includeDocs ? { includeDocs: true } : {}),
    ...(options.compose ? { compose: options.compose } : {}),
  };
}

export const NO_COMMENTS: ParsedSuppressions = { suppressions: [], malformed: [] };

export async function lintShard(handed: readonly HandedFile[], setup: ShardSetup): Promise<ShardResult> {
  const { sources, sourceOptions, settings, placeOf } = setup;
  const out: ShardResult = { findings: [], errors: [], notes: [], files: [], comments: [] };
  // Texts of the part whose rules are running; dropped after it, so memory holds findings only.
  const texts = new Map<string, LineIndex>();
  const comments = new Map<string, ParsedSuppressions>();
  const byKind = new Map<string, SourceFile[]>();
  const onDisk = new Map<string, { release?(): void }>();
  // The source each file was handed to, whose comment syntax its suppressions are written in.
  const kindOf = new Map<string, string>();
  for (const { kind, file } of handed) {
    kindOf.set(file.display, kind);
    onDisk.set(file.display, file);
    const list = byKind.get(kind);
    if (list) list.push(file);
    else byKind.set(kind, [file]);
  }
  const ctx: RunContext = {
    rules: setup.rules,
    settingsOf: (file) => {
      const place = placeOf(file);
      return settings.settingsFor(place.abs, place.linted);
    },
    sourceOf: (f) => texts.get(f),
    onRuleError: (rule, file, e) => out.errors.push({ file, message: `internal error in rule ${rule.id}: ${(e as Error)?.message ?? String(e)} (please report this as an isolint bug)` }),
  };
  const commentSyntaxOf = (file: string): CommentSyntax => {
    const kind = kindOf.get(file);
    // A referenced file is read as the source its name says would read it.
    const source = kind !== undefined ? sources.find((s) => s.kind === kind) : sourceFor(resolve(sourceOptions.cwd, file), true, sourceOptions, sources);
    return source?.comments ?? {};
  };

  const judge = async (part: SourceOutput) => {
    for (const [file, index] of part.texts) {
      texts.set(file, index);
      if (!comments.has(file)) comments.set(file, setup.inlineIgnores ? parseSuppressionComments(index, commentSyntaxOf(file)) : NO_COMMENTS);
    }
    // Models may be written in files no one named (-c files, included and extended ones).
    await settings.prepare([...part.containers.map((c) => c.file), ...part.texts.keys()].map(placeOf));
    for (const container of part.containers) out.findings.push(...runRuntimeRules(container, ctx));
    for (const image of part.images) out.findings.push(...runImageRules(image, ctx));
    out.errors.push(...part.errors.map(ownMessage));
    out.notes.push(...part.notes.map(ownMessage));
    out.files.push(...part.files);
    for (const f of part.files) onDisk.get(f.file)?.release?.();
    for (const f of part.texts.keys()) onDisk.get(f)?.release?.();
    texts.clear();
  };
  for (const part of await readSources(sources, byKind, sourceOptions)) await judge(part);
  for (const file of onDisk.values()) file.release?.();
  out.comments = [...comments];
  return out;
}

/**
 * A file found on disk, read when its source first asks for its text and let go once its
 * report is in: memory then holds the texts being judged, not the whole run's. A file that
 * cannot be read throws `UnreadableFileError`, which its source reports as the file's error.
 */
export function fileOnDisk(f: Pick<DiscoveredFile, 'path' | 'display' | 'root' | 'named'>, maxFileSize: number | undefined): SourceFile & { release(): void } {
  let text: string | undefined;
  return {
    path: f.path,
    display: f.display,
    root: f.root,
    named: !!f.named,
    get text() {
      if (text === undefined) {
        try {
          text = readTextFile(f.path, maxFileSize !== undefined ? { maxFileSize } : {});
        } catch (e) {
          throw e instanceof UnreadableFileError ? e : new UnreadableFileError(describeFsError(e), 'io');
        }
      }
      return text;
    },
    release() {
      text = undefined;
    },
  };
}

/** Problems are kept for the whole run: their messages must not hold on to a file's text. */
function ownMessage<T extends FileError | FileNote>(m: T): T {
  return { ...m, message: ownSharedString(m.message) };
}
