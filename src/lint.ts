/**
 * The library entry point: lint paths or in-memory files, return findings and per-file errors.
 * Each file goes to the source that claims it; each source's models go through the rules; the
 * findings through suppressions and the baseline. No source and no rule is known here by name.
 */
import { resolve } from 'node:path';
import { discover, describeFsError, displayPath, type DiscoveredFile } from './discover.js';
import { compareFindings, compareText, type Finding } from './engine/finding.js';
import { ruleRuns, runImageRules, runRuntimeRules, type RunContext } from './engine/run.js';
import { applySuppressions, parseSuppressionComments, suppressionProblems, type ParsedSuppressions, type Suppression } from './engine/suppress.js';
import { PROFILES, type Profile, type Rule } from './engine/rule.js';
import { closest } from './config/suggest.js';
import { ownSharedString } from './engine/own-string.js';
import { applyBaseline, readBaseline } from './baseline.js';
import type { LintResult } from './result.js';
import type { LineIndex } from './position.js';
import { readTextFile, UnreadableFileError } from './read-file.js';
import { readSources } from './sources/run.js';
import { isInside, projectRoot } from './git-root.js';
import { allSources, claimerFor, sourceFor } from './sources/index.js';
import type { CommentSyntax, ComposeOptions, FileError, FileNote, LintedFile, Source, SourceFile, SourceOptions, SourceOutput } from './sources/source.js';
import type { RuleSetting } from './config/load.js';
import { RunSettings } from './config/settings.js';
import { allRules } from '../rules/index.js';

export interface InMemoryFile {
  /** Name used in reports; also decides which source reads it (as for a named file) unless `kind` is given. */
  path: string;
  text: string;
  /** The source that reads it (`dockerfile`, `compose`, …; see `isolint --list-sources`). */
  kind?: string;
}

export interface LintOptions {
  /** Files and folders to lint (default `.` when no `files` are given either). */
  paths?: string[];
  /** Files given as text (standard input, editors, tests). */
  files?: InMemoryFile[];
  /** Folder that paths are relative to and reports are shown from (default: process.cwd()). */
  cwd?: string;
  profile?: Profile;
  /** Rules to run (default: every rule isolint ships). */
  rules?: readonly Rule[];
  /** Stage to lint as the built one in Dockerfiles given directly (`--target`). */
  target?: string;
  compose?: ComposeOptions;
  /** A configuration file for every file (relative to cwd), or false to read none; default: each file's nearest one. */
  config?: string | false;
  /** Rule levels that win over every configuration (`--rule id=level`). */
  ruleLevels?: Record<string, RuleSetting>;
  /** Files not to lint (`--ignore`): .gitignore-style patterns relative to cwd. */
  ignore?: string[];
  /** False to disregard every `# isolint-ignore` comment (`--no-inline-ignores`, for audits). Default true. */
  inlineIgnores?: boolean;
  /** Report suppressions that suppressed nothing in every profile (`--report-unused-suppressions`); strict and untrusted always do. */
  reportUnusedSuppressions?: boolean;
  /** A baseline file (relative to cwd, `--baseline`): findings it records are kept apart in `baselined`. */
  baseline?: string;
  /** Files larger than this many bytes are not read (per-file error); default 10 MB (`--max-file-size`). */
  maxFileSize?: number;
  /** Also read shell code blocks in Markdown files found in folders (`--include-docs`). */
  includeDocs?: boolean;
  /** The sources to read files with (default: every source isolint ships). */
  sources?: readonly Source[];
}

export type { LintedFile, LintResult };

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const settings = new RunSettings({
    rules,
    cwd,
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
    cli: {
      ...(options.profile ? { profile: options.profile } : {}),
      rules: new Map(Object.entries(options.ruleLevels ?? {}).map(([id, level]) => [id, { level }])),
    },
  });
  const sourceOptions: SourceOptions = {
    cwd,
    ...(options.target ? { target: options.target } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.includeDocs ? { includeDocs: true } : {}),
    ...(options.compose ? { compose: options.compose } : {}),
  };
  const sources = options.sources ?? allSources;
  const claimer = claimerFor(sourceOptions, sources);

  const findings: Finding[] = [];
  const errors: FileError[] = [];
  const notes: FileNote[] = [];
  const files: LintedFile[] = [];
  // Texts of the batch whose rules are running; dropped after it, so memory holds findings only.
  const texts = new Map<string, LineIndex>();
  // Suppression comments of every file read, kept for the checks at the end.
  const comments = new Map<string, ParsedSuppressions>();
  // Where each reported file is, and the folder it was linted under, for its settings.
  const places = new Map<string, { abs: string; linted: string }>();
  const placeOf = (file: string) => places.get(file) ?? { abs: resolve(cwd, file), linted: cwd };
  const ctx: RunContext = {
    rules,
    settingsOf: (file) => {
      const place = placeOf(file);
      return settings.settingsFor(place.abs, place.linted);
    },
    sourceOf: (f) => texts.get(f),
    onRuleError: (rule, file, e) => errors.push({ file, message: `internal error in rule ${rule.id}: ${(e as Error)?.message ?? String(e)} (please report this as an isolint bug)` }),
  };

  const paths = options.paths ?? (options.files?.length ? [] : ['.']);
  const discovered = discover(paths, cwd, claimer);
  for (const e of discovered.errors) errors.push({ file: e.file, message: e.message });
  await settings.prepare([
    ...discovered.files.map((f) => ({ abs: f.path, linted: f.root })),
    ...(options.files ?? []).map((m) => ({ abs: resolve(cwd, m.path), linted: cwd })),
  ]);

  const byKind = new Map<string, SourceFile[]>();
  const onDisk = new Map<string, { release(): void }>();
  // The source each file was handed to, whose comment syntax its suppressions are written in.
  const kindOf = new Map<string, string>();
  const handTo = (kind: string, file: SourceFile) => {
    kindOf.set(file.display, kind);
    const list = byKind.get(kind);
    if (list) list.push(file);
    else byKind.set(kind, [file]);
  };
  for (const f of discovered.files) {
    const ignoredBy = settings.ignoredBy(f.path, f.root);
    if (ignoredBy) {
      if (f.named) notes.push({ file: f.display, message: `not linted: ${ignoredBy} ignores it` });
      continue;
    }
    places.set(f.display, { abs: f.path, linted: f.root });
    // A file found in a folder that is a symlink out of the project is not opened.
    if (!f.named && !options.compose?.allowOutsideContext && !isInside(projectRoot(f.path, f.root), f.path)) {
      notes.push({ file: f.display, message: 'not linted: it is a symlink to a file outside the project root and was not opened; --allow-outside-context reads it' });
      continue;
    }
    const file = fileOnDisk(f, options.maxFileSize);
    onDisk.set(f.display, file);
    handTo(f.kind, file);
  }
  for (const m of options.files ?? []) {
    const path = resolve(cwd, m.path);
    const display = displayPath(path, cwd);
    places.set(display, { abs: path, linted: cwd });
    handTo(m.kind ?? claimer.byPath(path, true) ?? 'unknown', { path, display, root: cwd, named: true, text: m.text });
  }
  for (const [kind, unclaimed] of byKind) {
    if (sources.some((s) => s.kind === kind)) continue;
    for (const f of unclaimed) {
      errors.push({ file: f.display, message: `no source reads files of kind "${kind}"` });
      files.push({ file: f.display, kind, status: 'error' });
    }
  }

  const judge = async (out: SourceOutput) => {
    for (const [file, index] of out.texts) {
      texts.set(file, index);
      if (!comments.has(file)) comments.set(file, options.inlineIgnores === false ? NO_COMMENTS : parseSuppressionComments(index, commentSyntaxOf(file)));
    }
    // Models may be written in files no one named (-c files, included and extended ones).
    await settings.prepare([...out.containers.map((c) => c.file), ...out.texts.keys()].map(placeOf));
    for (const container of out.containers) findings.push(...runRuntimeRules(container, ctx));
    for (const image of out.images) findings.push(...runImageRules(image, ctx));
    errors.push(...out.errors.map(ownMessage));
    notes.push(...out.notes.map(ownMessage));
    files.push(...out.files);
    for (const f of out.files) onDisk.get(f.file)?.release();
    for (const f of out.texts.keys()) onDisk.get(f)?.release();
    texts.clear();
  };
  for (const part of await readSources(sources, byKind, sourceOptions)) await judge(part);
  for (const file of onDisk.values()) file.release();

  // A file that is part of two projects (a base with two override files, an included file
  // that is also a project of its own) yields the same finding twice: report it once.
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const l = f.location;
    const k = `${f.ruleId}|${l.file}|${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const commentsOf = (file: string): ParsedSuppressions => comments.get(file) ?? NO_COMMENTS;
  const { reported, suppressed, used } = applySuppressions(unique, (file) => commentsOf(file).suppressions);
  findings.length = 0;
  findings.push(...reported);
  if (options.inlineIgnores !== false) findings.push(...checkSuppressions([...comments.keys()], commentsOf, used, ctx, rules, options));

  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  // Two projects that read the same file each say what is wrong with it.
  const result: LintResult = { findings, suppressed, errors: uniqueMessages(errors).sort(compareFileMessages), notes: uniqueMessages(notes).sort(compareFileMessages), files };
  files.sort((a, b) => compareText(a.file, b.file));
  return options.baseline === undefined ? result : applyBaseline(result, readBaseline(options.baseline, cwd), cwd);

  /** How suppression comments are written in a file: as its source reads them (for a referenced file, the source its name says). */
  function commentSyntaxOf(file: string): CommentSyntax {
    const kind = kindOf.get(file);
    const source = kind !== undefined ? sources.find((s) => s.kind === kind) : sourceFor(resolve(cwd, file), true, sourceOptions, sources);
    return source?.comments ?? {};
  }
}

const NO_COMMENTS: ParsedSuppressions = { suppressions: [], malformed: [] };

const STRICT = PROFILES.indexOf('strict');

/** isolint's own findings about suppression comments: unknown rule ids, unused ones, missing reasons. */
function checkSuppressions(
  files: string[],
  commentsOf: (file: string) => ParsedSuppressions,
  used: ReadonlyMap<Suppression, ReadonlySet<string>>,
  ctx: RunContext,
  rules: readonly Rule[],
  options: LintOptions,
): Finding[] {
  const byId = new Map([...allRules, ...rules].map((r) => [r.id, r]));
  const strict = (file: string) => PROFILES.indexOf(ctx.settingsOf(file).profile) >= STRICT;
  return files.flatMap((file) =>
    suppressionProblems(file, commentsOf(file), used, {
      knownRules: [...byId.keys()].sort(compareText),
      ruleRan: (f, id) => {
        const rule = rules.find((r) => r.id === id);
        return !!rule && ruleRuns(rule, ctx.settingsOf(f));
      },
      reportUnused: (f) => !!options.reportUnusedSuppressions || strict(f),
      requireReason: strict,
      suggest: closest,
    }),
  );
}

/**
 * A file found on disk, read when its source first asks for its text and let go once its
 * report is in: memory then holds the texts being judged, not the whole run's. A file that
 * cannot be read throws `UnreadableFileError`, which its source reports as the file's error.
 */
function fileOnDisk(f: DiscoveredFile, maxFileSize: number | undefined): SourceFile & { release(): void } {
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

function uniqueMessages<T extends FileError | FileNote>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = `${m.file}\0${m.line ?? ''}\0${m.column ?? ''}\0${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareFileMessages(a: FileError | FileNote, b: FileError | FileNote): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.message, b.message);
}
