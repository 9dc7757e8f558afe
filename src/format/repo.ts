/**
 * Where findings are, seen from the repository: CI systems (GitHub code scanning, GitLab,
 * annotations) resolve paths against the repository root, not against the folder isolint was
 * run from, and track findings across commits by a fingerprint that must not change when
 * unrelated lines move.
 */
import type { createHash as CreateHash } from 'node:crypto';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareFindings, type Finding } from '../engine/finding.js';
import { gitRoot } from '../git-root.js';

/** The nearest folder at or above `cwd` holding `.git` (a folder, or a file in worktrees); else `cwd`. */
export function repoRootOf(cwd: string): string {
  return gitRoot(resolve(cwd)) ?? resolve(cwd);
}

export interface RepoPath {
  /** Path relative to the repository root with forward slashes, or the absolute path when the file is outside it. */
  path: string;
  /** False for a file outside the repository (or on another drive). */
  inRepo: boolean;
}

/** A report's file name (relative to `cwd`) as seen from the repository root. */
export function repoPath(file: string, cwd: string, root: string): RepoPath {
  const abs = resolve(cwd, file);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { path: abs.split(sep).join('/'), inRepo: false };
  return { path: rel.split(sep).join('/'), inRepo: true };
}

/**
 * The same path as a URI reference: repository-relative (to be resolved against
 * `%SRCROOT%`) with each segment percent-encoded, or a `file:` URI outside the repository.
 */
export function repoUri(p: RepoPath): string {
  if (!p.inRepo) return pathToFileURL(p.path).href;
  return p.path.split('/').map(encodeURIComponent).join('/');
}

/**
 * One fingerprint per finding, in the same order. It hashes the rule id, the
 * repository-relative file and the finding's logical key (the stage and instruction, the
 * service and key path, or the text of the flagged line), never a line number, plus an
 * occurrence index that tells apart findings that share all three.
 */
export function fingerprints(findings: readonly Finding[], pathOf: (f: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const identity = [f.ruleId, pathOf(f), f.logicalKey].join('\0');
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return createHash()('sha256').update(`${identity}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}

/**
 * The fingerprint of every finding of a run, reported, baselined and suppressed alike. They
 * are counted in one order whatever a baseline split off, so a finding keeps its
 * fingerprint with or without a baseline: reported and baselined findings in report order,
 * then suppressed ones.
 */
export function resultFingerprints(
  result: { findings: readonly Finding[]; baselined?: readonly Finding[]; suppressed?: readonly Finding[] },
  pathOf: (f: Finding) => string,
): Map<Finding, string> {
  const open = [...result.findings, ...(result.baselined ?? [])].sort(compareFindings);
  const all = [...open, ...(result.suppressed ?? [])];
  const prints = fingerprints(all, pathOf);
  return new Map(all.map((f, i) => [f, prints[i]!]));
}

/** node:crypto (about a dozen modules) is loaded when a fingerprint is first made, not at every start. */
function createHash(): typeof CreateHash {
  return (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash;
}
