/** Writing reports so that a reader never sees half a file. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes the whole text to a temporary file beside `path`, then renames it into place: two
 * runs writing the same `--output` at once leave one complete report, never an interleaving,
 * and a reader (upload-sarif, a CI step) never sees a truncated one. A path that is not a
 * regular file (`/dev/stdout`, a pipe) is written to directly.
 */
export function writeFileWhole(path: string, text: string): void {
  if (isSpecialFile(path)) {
    writeFileSync(path, text);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // not there yet: it will be a regular file
  }
}
