/** Finds the files some source claims under the paths the user names (folders walked, .gitignore applied). */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readTextFile } from './read-file.js';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The kind of file (the source that reads it), or undefined when no source claims it. */
export interface Claimer {
  /** By absolute path; `named` for a file the user named. */
  byPath(path: string, named: boolean): string | undefined;
  /** For a walked file no name claims: by its content's first line (a shebang). */
  byContent?(path: string): string | undefined;
}

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Path shown to the user and used in reports: relative to cwd, forward slashes. */
  display: string;
  /** The source that reads it. */
  kind: string;
  /**
   * Where the project the file belongs to ends when it is not in a git repository: the folder
   * that was named (for a file named directly, its folder), never the working directory.
   */
  root: string;
  /** Named on the command line itself (not found by walking a folder). */
  named?: boolean;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  /** Named paths that do not exist or cannot be read. */
  errors: { file: string; message: string }[];
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path) || basename(path);
  return rel.split(sep).join('/');
}

export function discover(paths: string[], cwd: string, claimer: Claimer): DiscoveryResult {
  const files = new Map<string, DiscoveredFile>();
  const errors: DiscoveryResult['errors'] = [];
  const add = (path: string, kind: string, root: string, named = false) => {
    if (!files.has(path)) files.set(path, { path, display: displayPath(path, cwd), kind, root, ...(named ? { named } : {}) });
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      errors.push({ file: p, message: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) walk(abs, [], new Set(), claimer, (path, kind) => add(path, kind, abs));
    else add(abs, claimer.byPath(abs, true) ?? 'unknown', dirname(abs), true);
  }
  const sorted = [...files.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files: sorted, errors };
}

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function walk(dir: string, scopes: IgnoreScope[], visited: Set<string>, claimer: Claimer, add: (path: string, kind: string) => void): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  // A symlink that points back up the tree would otherwise be walked forever.
  if (visited.has(real)) return;
  visited.add(real);

  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const here = gitignoreScope(dir);
  const active = here ? [...scopes, here] : scopes;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isIgnored(active, path, isDir)) continue;
    if (isDir) walk(path, active, visited, claimer, add);
    else if (isFile) {
      // Only a name without an extension is worth opening for its shebang.
      const kind = claimer.byPath(path, false) ?? (claimer.byContent && !entry.name.includes('.') ? claimer.byContent(path) : undefined);
      if (kind) add(path, kind);
    }
  }
  visited.delete(real);
}

function gitignoreScope(dir: string): IgnoreScope | undefined {
  let text: string;
  try {
    text = readTextFile(join(dir, '.gitignore'));
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

function isIgnored(scopes: IgnoreScope[], path: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = relative(scope.dir, path).split(sep).join('/');
    if (rel && scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'a loop of symbolic links';
    default:
      return err.message ?? String(e);
  }
}
