/** Loads Compose files the way lint() does, for tests that look at the runtime model itself. */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discover, displayPath } from '../../src/discover.js';
import { claimerFor } from '../../src/sources/index.js';
import { loadCompose, type ComposeLoadResult, type ComposeOptions } from '../../src/compose/index.js';
import type { Location } from '../../src/position.js';
import type { RuntimeModel } from '../../src/runtime/model.js';
import { LineIndex } from '../../src/position.js';
import type { YamlFile } from '../../src/compose/yaml.js';

export const root = join(import.meta.dirname, '..', '..');

/** Loads the Compose files under `paths` (relative to the repository root). */
export function load(paths: string[], options: ComposeOptions = {}, cwd = root): ComposeLoadResult {
  const found = discover(paths, cwd, claimerFor({ cwd })).files.filter((f) => f.kind === 'compose');
  return loadCompose(
    found.map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') })),
    { cwd, ...options },
  );
}

/** Loads in-memory files (path → text, relative to cwd). */
export function loadTexts(texts: Record<string, string>, options: ComposeOptions = {}, cwd = root): ComposeLoadResult {
  return loadCompose(
    Object.entries(texts).map(([p, text]) => {
      const path = join(cwd, p);
      return { path, display: displayPath(path, cwd), root: cwd, text };
    }),
    { cwd, ...options },
  );
}

export function service(result: ComposeLoadResult, name: string): RuntimeModel {
  const found = result.containers.filter((c) => c.name.value === name);
  if (found.length !== 1) throw new Error(`expected one service ${name}, found ${found.length}`);
  return found[0]!;
}

/** `file:line:col` of a location (its start), or `file:line:col-line:col` with `full`. */
export function at(loc: Location | undefined, full = false): string {
  if (!loc) return '-';
  const start = `${loc.file}:${loc.startLine}:${loc.startColumn}`;
  return full ? `${start}-${loc.endLine}:${loc.endColumn}` : start;
}

/** A YamlFile for parser tests. */
export function yamlFile(text: string, display = 'compose.yaml', baseDir = '/project'): YamlFile {
  return { path: join(baseDir, display), display, text, lines: new LineIndex(display, text), baseDir };
}

/** Writes files (path → text) under a new temporary folder and returns the folder. */
export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'isolint-compose-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return realpathSync(dir);
}
