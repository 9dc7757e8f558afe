/**
 * Expectation markers written inside fixtures, so a fixture is its own test:
 *   YAML / any line:      `privileged: true   # expect: privileged-container@17`
 *   Dockerfile:           `# expect-next-line: sudo-usage@6` (a comment must stand on its own line)
 * `@N` is the 1-based column the finding must start at; it is required.
 * `# isolint-test: profile=recommended` sets the profile a fixture runs in (default untrusted,
 * so every rule can fire); `# isolint-test: target=build` sets the Dockerfile target.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Expected {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

export interface FixtureSettings {
  profile?: string;
  target?: string;
}

const MARKER = /#\s*expect(-next-line)?:\s*(.+)$/;
const SETTING = /#\s*isolint-test:\s*(\w+)=(\S+)/g;

export function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

export function readMarkers(file: string, root: string): { expected: Expected[]; settings: FixtureSettings; errors: string[] } {
  const display = relative(root, file).split(sep).join('/');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const expected: Expected[] = [];
  const errors: string[] = [];
  const settings: FixtureSettings = {};
  lines.forEach((text, i) => {
    for (const m of text.matchAll(SETTING)) (settings as Record<string, string>)[m[1]!] = m[2]!;
    const m = MARKER.exec(text);
    if (!m) return;
    const line = m[1] ? i + 2 : i + 1;
    for (const token of m[2]!.trim().split(/\s+/)) {
      const t = /^([a-z0-9]+(?:-[a-z0-9]+)*)@(\d+)$/.exec(token);
      if (!t) {
        errors.push(`${display}:${i + 1}: marker "${token}" is not rule-id@column`);
        continue;
      }
      expected.push({ file: display, line, column: Number(t[2]), ruleId: t[1]! });
    }
  });
  return { expected, settings, errors };
}

export function key(e: Expected): string {
  return `${e.file}:${e.line}:${e.column} ${e.ruleId}`;
}
