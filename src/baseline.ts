/**
 * Baselines: adopting isolint on a repository with findings it already has. `--write-baseline`
 * records every current finding by its fingerprint (the one SARIF carries: rule id,
 * repository-relative file and logical key, never a line number); `--baseline` then reports
 * only findings it does not record, keeps the others apart, and counts the recorded ones
 * that are gone.
 *
 * Paths in a baseline are relative to the repository that holds the baseline file (or the
 * file's folder outside a repository), so it reads the same from whatever folder isolint is
 * started in.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { compareFindings, compareText, type Finding } from './engine/finding.js';
import { describeFsError } from './discover.js';
import { gitRoot } from './git-root.js';
import { repoPath, resultFingerprints } from './format/repo.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import type { LintResult } from './result.js';

export const BASELINE_SCHEMA_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  /** Relative to the baseline's root, with forward slashes. */
  file: string;
  fingerprint: string;
  /** For people reading the file; not compared. */
  message: string;
}

export interface Baseline {
  /** The file as given (relative to cwd), for messages. */
  file: string;
  /** The folder its paths are relative to. */
  root: string;
  entries: BaselineEntry[];
}

export interface BaselineSummary {
  /** The baseline file, as given. */
  file: string;
  /** Findings the baseline records that this run still found (not counted for the exit code). */
  baselined: number;
  /** Findings the baseline records, in files this run linted, that it no longer found. */
  fixed: number;
}

/** A baseline that cannot be read or is not a baseline: a usage error. */
export class BaselineError extends Error {}

/** The folder a baseline's paths are relative to: its repository's root, else its own folder. */
export function baselineRoot(abs: string): string {
  return gitRoot(dirname(abs)) ?? dirname(abs);
}

export function readBaseline(file: string, cwd: string): Baseline {
  const abs = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new BaselineError(`cannot read baseline ${file}: ${describeFsError(e)}`);
  }
  return parseBaseline(text, file, baselineRoot(abs));
}

export function parseBaseline(text: string, file: string, root: string): Baseline {
  const bad = (why: string) => new BaselineError(`baseline ${file} is not an ${TOOL_NAME} baseline: ${why} (write one with --write-baseline ${file})`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw bad(`invalid JSON (${(e as Error).message})`);
  }
  if (!isObject(doc)) throw bad('expected a JSON object');
  if (doc.schemaVersion !== BASELINE_SCHEMA_VERSION) throw bad(`schemaVersion must be ${BASELINE_SCHEMA_VERSION}, not ${JSON.stringify(doc.schemaVersion)}`);
  if (!Array.isArray(doc.findings)) throw bad('"findings" must be a list');
  const entries = doc.findings.map((e: unknown, i: number): BaselineEntry => {
    if (!isObject(e)) throw bad(`findings[${i}] must be an object`);
    for (const key of ['ruleId', 'file', 'fingerprint'] as const) {
      if (typeof e[key] !== 'string' || !e[key]) throw bad(`findings[${i}].${key} must be a non-empty string`);
    }
    return { ruleId: e.ruleId as string, file: e.file as string, fingerprint: e.fingerprint as string, message: typeof e.message === 'string' ? e.message : '' };
  });
  return { file, root, entries };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Path of a reported file (relative to cwd) as a baseline records it. */
function pathFrom(cwd: string, root: string) {
  return (file: string) => repoPath(file, cwd, root).path;
}

/**
 * The baseline document for a run: every finding that is not suppressed (those a baseline
 * already held included), sorted by file, rule, message and fingerprint so that a rewritten
 * baseline differs from the old one only where findings did.
 */
export function baselineDocument(result: LintResult, cwd: string, baselineFile: string): string {
  const root = baselineRoot(resolve(cwd, baselineFile));
  const path = pathFrom(cwd, root);
  const prints = resultFingerprints(result, (f) => path(f.location.file));
  const open = [...result.findings, ...(result.baselined ?? [])].sort(compareFindings);
  const entries: BaselineEntry[] = open.map((f) => ({ ruleId: f.ruleId, file: path(f.location.file), fingerprint: prints.get(f)!, message: f.message }));
  entries.sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message) || compareText(a.fingerprint, b.fingerprint));
  const doc = { schemaVersion: BASELINE_SCHEMA_VERSION, tool: { name: TOOL_NAME, version: TOOL_VERSION }, findings: entries };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Splits a run's findings into new ones and those the baseline records, and counts the fixed. */
export function applyBaseline(result: LintResult, baseline: Baseline, cwd: string): LintResult {
  const path = pathFrom(cwd, baseline.root);
  const prints = resultFingerprints(result, (f) => path(f.location.file));
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  const mark = (f: Finding): Finding => {
    const fingerprint = prints.get(f)!;
    return { ...f, baseline: { fingerprint, state: known.has(fingerprint) ? 'unchanged' : 'new' } };
  };
  const open = [...result.findings, ...(result.baselined ?? [])].sort(compareFindings).map(mark);
  const suppressed = result.suppressed.map(mark);
  const seen = new Set([...open, ...suppressed].map((f) => f.baseline!.fingerprint));
  // Only files this run linted can tell whether a finding is gone.
  const linted = new Set(result.files.filter((f) => f.status === 'linted').map((f) => path(f.file)));
  const fixed = baseline.entries.filter((e) => linted.has(e.file) && !seen.has(e.fingerprint)).length;
  const baselined = open.filter((f) => f.baseline!.state === 'unchanged');
  return {
    ...result,
    findings: open.filter((f) => f.baseline!.state === 'new'),
    suppressed,
    baselined,
    baseline: { file: baseline.file.split(sep).join('/'), baselined: baselined.length, fixed },
  };
}

