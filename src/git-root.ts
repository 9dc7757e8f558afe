/** The git repository a path belongs to: where a project ends and where CI resolves paths. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';

const gitRoots = new Map<string, string | undefined>();

/** The enclosing git repository's root folder (`.git` a folder, or a file in worktrees), if any. */
export function gitRoot(dir: string): string | undefined {
  const seen: string[] = [];
  let d = dir;
  for (;;) {
    if (gitRoots.has(d)) {
      const r = gitRoots.get(d);
      for (const s of seen) gitRoots.set(s, r);
      return r;
    }
    seen.push(d);
    if (existsSync(join(d, '.git'))) {
      for (const s of seen) gitRoots.set(s, d);
      return d;
    }
    const parent = dirname(d);
    if (parent === d) {
      for (const s of seen) gitRoots.set(s, undefined);
      return undefined;
    }
    d = parent;
  }
}

/** The path with symlinks resolved, or as given when it does not exist. */
export function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const realRoots = new Map<string, string>();

/**
 * True when `path` (symlinks followed) is `root` or under it. A run asks this of a few roots
 * for every file it reads, so a root's own resolution is kept (as git roots are).
 */
export function isInside(root: string, path: string): boolean {
  let realRoot = realRoots.get(root);
  if (realRoot === undefined) {
    realRoot = real(root);
    realRoots.set(root, realRoot);
  }
  const rel = relative(realRoot, real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A file's project root: its git repository, else the folder it was linted under. */
export function projectRoot(file: string, linted: string): string {
  return gitRoot(dirname(file)) ?? linted;
}
