/** The git repository a path belongs to: where a project ends and where CI resolves paths. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

