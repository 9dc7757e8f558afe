import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);

// src/write-file.ts
import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileWhole(path, text) {
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
function isSpecialFile(path) {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

export {
  writeFileWhole
};
