/**
 * The library entry point: lint paths or in-memory files, return findings and per-file errors.
 * Each file goes to the source that claims it; each source's models go through the rules; the
 * findings through suppressions and the baseline. No source and no rule is known here by name.
 */
import { resolve } from 'node:path';
import { discover, displayPath } from './discover.js';
import { compareFindingsFully, compareText, type Finding } from './engine/finding.js';
import { ruleRuns, type RunContext } from './engine/run.js';
import { applySuppressions, suppressionProblems, type ParsedSuppressions, type Suppression } from './engine/suppress.js';
import { PROFILES, type Profile, type Rule } from './engine/rule.js';
import { closest } from './config/suggest.js';
import { applyBaseline, readBaseline } from './baseline.js';
import type { LintResult } from './result.js';
import { isInside, projectRoot } from './git-root.js';
import { allSources, claimerFor } from './sources/index.js';
import type { ComposeOptions, FileError, FileNote, LintedFile, Source } from './sources/source.js';
import type { RuleSetting } from './config/load.js';
import { fileOnDisk, lintShard, NO_COMMENTS, runSettingsOf, sourceOptionsOf, type HandedFile, type ShardSetup } from './lint-shard.js';
import { lintInShards, shardOptionsOf, threadsFor, type Concurrency } from './concurrency.js';
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
  /**
   * Threads that read and judge files (`--concurrency`): `off` (the default) or 1 lints on this
   * thread alone; a number uses that many, this one and worker threads; `auto` uses one per
   * core when the run is large enough for workers to pay (src/concurrency.ts). The result is
   * the same, in the same order, whatever is chosen.
   */
  concurrency?: Concurrency;
}

export type { LintedFile, LintResult };

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules ?? allRules;
  const settings = runSettingsOf(options, cwd, rules);
  const sourceOptions = sourceOptionsOf(options, cwd);
  const sources = options.sources ?? allSources;
  const claimer = claimerFor(sourceOptions, sources);

  const errors: FileError[] = [];
  const notes: FileNote[] = [];
  const files: LintedFile[] = [];
  // Where each reported file is, and the folder it was linted under, for its settings.
  const places = new Map<string, { abs: string; linted: string }>();
  const placeOf = (file: string) => places.get(file) ?? { abs: resolve(cwd, file), linted: cwd };
  const settingsOf = (file: string) => {
    const place = placeOf(file);
    return settings.settingsFor(place.abs, place.linted);
  };

  const paths = options.paths ?? (options.files?.length ? [] : ['.']);
  const discovered = discover(paths, cwd, claimer);
  for (const e of discovered.errors) errors.push({ file: e.file, message: e.message });
  await settings.prepare([
    ...discovered.files.map((f) => ({ abs: f.path, linted: f.root })),
    ...(options.files ?? []).map((m) => ({ abs: resolve(cwd, m.path), linted: cwd })),
  ]);

  const handed: HandedFile[] = [];
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
    handed.push({ kind: f.kind, file: fileOnDisk(f, options.maxFileSize) });
  }
  for (const m of options.files ?? []) {
    const path = resolve(cwd, m.path);
    const display = displayPath(path, cwd);
    places.set(display, { abs: path, linted: cwd });
    handed.push({ kind: m.kind ?? claimer.byPath(path, true) ?? 'unknown', file: { path, display, root: cwd, named: true, text: m.text } });
  }
  const claimed = handed.filter(({ kind, file }) => {
    if (sources.some((s) => s.kind === kind)) return true;
    errors.push({ file: file.display, message: `no source reads files of kind "${kind}"` });
    files.push({ file: file.display, kind, status: 'error' });
    return false;
  });

  const setup: ShardSetup = { sources, sourceOptions, settings, rules, inlineIgnores: options.inlineIgnores !== false, placeOf };
  const threads = threadsFor(options, claimed.length);
  const shards = threads > 1 ? await lintInShards(claimed, threads, setup, { options: shardOptionsOf(options), cwd }) : [await lintShard(claimed, setup)];
  const findings: Finding[] = [];
  const comments = new Map<string, ParsedSuppressions>();
  for (const shard of shards) {
    findings.push(...shard.findings);
    errors.push(...shard.errors);
    notes.push(...shard.notes);
    files.push(...shard.files);
    for (const [file, parsed] of shard.comments) if (!comments.has(file)) comments.set(file, parsed);
  }
  // The settings of files only a worker read, for the checks of their suppression comments.
  if (threads > 1) await settings.prepare([...comments.keys()].map(placeOf));
  // One order whatever the shards: the first of two equal findings is the one kept.
  findings.sort(compareFindingsFully);

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
  if (options.inlineIgnores !== false) findings.push(...checkSuppressions([...comments.keys()], commentsOf, used, settingsOf, rules, options));

  findings.sort(compareFindingsFully);
  suppressed.sort(compareFindingsFully);
  // Two projects that read the same file each say what is wrong with it.
  const result: LintResult = { findings, suppressed, errors: uniqueMessages(errors).sort(compareFileMessages), notes: uniqueMessages(notes).sort(compareFileMessages), files };
  files.sort((a, b) => compareText(a.file, b.file) || compareText(a.kind, b.kind) || compareText(a.status, b.status));
  return options.baseline === undefined ? result : applyBaseline(result, readBaseline(options.baseline, cwd), cwd);
}

const STRICT = PROFILES.indexOf('strict');

/** isolint's own findings about suppression comments: unknown rule ids, unused ones, missing reasons. */
function checkSuppressions(
  files: string[],
  commentsOf: (file: string) => ParsedSuppressions,
  used: ReadonlyMap<Suppression, ReadonlySet<string>>,
  settingsOf: RunContext['settingsOf'],
  rules: readonly Rule[],
  options: LintOptions,
): Finding[] {
  const byId = new Map([...allRules, ...rules].map((r) => [r.id, r]));
  const strict = (file: string) => PROFILES.indexOf(settingsOf(file).profile) >= STRICT;
  return files.flatMap((file) =>
    suppressionProblems(file, commentsOf(file), used, {
      knownRules: [...byId.keys()].sort(compareText),
      ruleRan: (f, id) => {
        const rule = rules.find((r) => r.id === id);
        return !!rule && ruleRuns(rule, settingsOf(f));
      },
      reportUnused: (f) => !!options.reportUnusedSuppressions || strict(f),
      requireReason: strict,
      suggest: closest,
    }),
  );
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
