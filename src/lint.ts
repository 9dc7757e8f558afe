/** The library entry point: lint paths or in-memory files, return findings and per-file errors. */
import { resolve } from 'node:path';
import { discover, describeFsError, displayPath, kindOfExplicitFile, type DiscoveredFile, type FileKind } from './discover.js';
import { compareFindings, compareText, type FileError, type FileNote, type Finding } from './engine/finding.js';
import { ruleRuns, runImageRules, runRuntimeRules, type RunContext } from './engine/run.js';
import { applySuppressions, parseSuppressionComments, suppressionProblems, type ParsedSuppressions, type Suppression } from './engine/suppress.js';
import { PROFILES, type Profile, type Rule } from './engine/rule.js';
import { closest } from './config/suggest.js';
import { applyBaseline, readBaseline, type BaselineSummary } from './baseline.js';
import { parseImage } from './image/parse.js';
import { LineIndex } from './position.js';
import { initShellParser } from './shell.js';
import { readTextFile } from './read-file.js';
import { loadCompose, type ComposeOptions } from './compose/index.js';
import { isInside, projectRoot } from './compose/project.js';
import type { RuleSetting } from './config/load.js';
import { RunSettings } from './config/settings.js';
import { allRules } from '../rules/index.js';

export interface InMemoryFile {
  /** Name used in reports; also decides the kind (Dockerfile or Compose) unless `kind` is given. */
  path: string;
  text: string;
  kind?: FileKind;
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
}

export interface LintedFile {
  file: string;
  kind: FileKind;
  status: 'linted' | 'error';
}

export interface LintResult {
  /** Findings to act on (not suppressed). */
  findings: Finding[];
  /** Findings an `# isolint-ignore:` comment suppresses, each with its reason. */
  suppressed: Finding[];
  /** With a baseline: the findings it records (not counted for the exit code). */
  baselined?: Finding[];
  /** With a baseline: which file, and how many of its findings are gone. */
  baseline?: BaselineSummary;
  errors: FileError[];
  /** What could not be checked, and other things worth saying about a file; never an error. */
  notes: FileNote[];
  files: LintedFile[];
}

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
  await initShellParser();

  const sources = new Map<string, LineIndex>();
  const findings: Finding[] = [];
  const errors: FileError[] = [];
  const notes: FileNote[] = [];
  // Where each reported file is, and the folder it was linted under, for its settings.
  const places = new Map<string, { abs: string; linted: string }>();
  const placeOf = (file: string) => places.get(file) ?? { abs: resolve(cwd, file), linted: cwd };
  const ctx: RunContext = {
    rules,
    settingsOf: (file) => {
      const place = placeOf(file);
      return settings.settingsFor(place.abs, place.linted);
    },
    sourceOf: (f) => sources.get(f),
    onRuleError: (rule, file, e) => errors.push({ file, message: `internal error in rule ${rule.id}: ${(e as Error)?.message ?? String(e)} (please report this as an isolint bug)` }),
  };
  const files: LintedFile[] = [];

  const paths = options.paths ?? (options.files?.length ? [] : ['.']);
  const discovered = discover(paths, cwd);
  for (const e of discovered.errors) errors.push({ file: e.file, message: e.message });
  await settings.prepare([
    ...discovered.files.map((f) => ({ abs: f.path, linted: f.root })),
    ...(options.files ?? []).map((m) => ({ abs: resolve(cwd, m.path), linted: cwd })),
  ]);

  const texts: { file: DiscoveredFile; text: string }[] = [];
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
    try {
      texts.push({ file: f, text: readTextFile(f.path, options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}) });
    } catch (e) {
      errors.push({ file: f.display, message: describeFsError(e) });
      files.push({ file: f.display, kind: f.kind, status: 'error' });
    }
  }
  for (const m of options.files ?? []) {
    const path = resolve(cwd, m.path);
    const file: DiscoveredFile = { path, display: displayPath(path, cwd), kind: m.kind ?? kindOfExplicitFile(m.path), root: cwd, named: true };
    places.set(file.display, { abs: path, linted: cwd });
    texts.push({ file, text: m.text });
  }

  const composeFiles: { file: DiscoveredFile; text: string }[] = [];
  for (const { file, text } of texts) {
    if (file.kind === 'compose') {
      composeFiles.push({ file, text });
      continue;
    }
    sources.set(file.display, new LineIndex(file.display, text));
    try {
      const image = parseImage({ file: file.display, text, ...(options.target ? { target: options.target } : {}) });
      if (image.missingTarget) throw new Error(`target stage "${image.missingTarget}" not found`);
      findings.push(...runImageRules(image, ctx));
      files.push({ file: file.display, kind: file.kind, status: 'linted' });
    } catch (e) {
      errors.push({ file: file.display, message: (e as Error).message });
      files.push({ file: file.display, kind: file.kind, status: 'error' });
    }
  }

  if (composeFiles.length || options.compose?.files?.length) {
    const loaded = loadCompose(composeFiles, { cwd, ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}), ...options.compose });
    for (const [file, index] of loaded.sources) sources.set(file, index);
    // Services may be written in files no one named (-c files, included and extended ones).
    await settings.prepare([...loaded.containers.map((c) => c.file), ...loaded.sources.keys()].map(placeOf));
    for (const container of loaded.containers) findings.push(...runRuntimeRules(container, ctx));
    for (const image of loaded.images) findings.push(...runImageRules(image, ctx));
    errors.push(...loaded.errors);
    notes.push(...loaded.notes);
    files.push(...loaded.files);
  }

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
  const comments = new Map<string, ParsedSuppressions>();
  const commentsOf = (file: string): ParsedSuppressions => {
    let parsed = comments.get(file);
    if (!parsed) {
      const source = sources.get(file);
      parsed = source && options.inlineIgnores !== false ? parseSuppressionComments(source, kindOfExplicitFile(file) === 'dockerfile') : { suppressions: [], malformed: [] };
      comments.set(file, parsed);
    }
    return parsed;
  };
  const { reported, suppressed, used } = applySuppressions(unique, (file) => commentsOf(file).suppressions);
  findings.length = 0;
  findings.push(...reported);
  if (options.inlineIgnores !== false) findings.push(...checkSuppressions([...sources.keys()], commentsOf, used, ctx, rules, options));

  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  errors.sort(compareFileMessages);
  notes.sort(compareFileMessages);
  files.sort((a, b) => compareText(a.file, b.file));
  const result: LintResult = { findings, suppressed, errors, notes, files };
  return options.baseline === undefined ? result : applyBaseline(result, readBaseline(options.baseline, cwd), cwd);
}

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

function compareFileMessages(a: FileError | FileNote, b: FileError | FileNote): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareText(a.message, b.message);
}
