import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOL_NAME = 'isolint';
export const INFORMATION_URI = 'https://github.com/isolint/isolint';

function readVersion(): string {
  // dist/src/version.js and src/version.ts both sit two levels below package.json.
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', '..', 'package.json'), join(here, '..', 'package.json'), join(here, 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === TOOL_NAME && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

declare global {
  /** Set by scripts/build-sea.mjs: the single executable has no package.json beside it. */
  var __ISOLINT_VERSION__: string | undefined;
}

export const TOOL_VERSION: string = globalThis.__ISOLINT_VERSION__ ?? readVersion();
