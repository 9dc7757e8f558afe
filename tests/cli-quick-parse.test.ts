/** The quick reading of a command line (no commander) is what commander makes of it, or nothing. */
import { describe, expect, it } from 'vitest';
import { quickParse } from '../src/cli-options.js';
import { parseCommandLine } from '../src/cli-program.js';
import { FORMAT_NAMES } from '../src/format/load.js';
import { formatters } from '../src/format/index.js';
import { commandLineDeps } from '../src/cli.js';

const deps = commandLineDeps();

function byCommander(argv: string[]) {
  const envFiles: string[] = [];
  const r = parseCommandLine(argv, (v) => {
    envFiles.push(v);
    return envFiles;
  }, deps);
  if (typeof r === 'number') throw new Error(`commander refused ${argv.join(' ')}`);
  return { opts: { ...r.opts }, given: r.given };
}

const QUICK: string[][] = [
  [],
  ['Dockerfile'],
  ['Dockerfile', 'compose.yaml', 'sub/dir'],
  ['Dockerfile', '--fail-level', 'none', '--no-config'],
  ['--no-config', 'a', '-f', 'json', 'b'],
  ['-q', '--format', 'sarif', '--profile', 'strict', 'x'],
  ['-p', 'untrusted', '--fail-level', 'error', '--verbose', '--include-docs', '--use-env', '--allow-outside-context', '--no-inline-ignores', '--report-unused-suppressions', 'x'],
  ['--quiet', '--fail-level', 'note', '--format', 'checkstyle'],
];

describe('quickParse', () => {
  it.each(QUICK.map((a) => [a.join(' ') || '(no arguments)', a]))('reads %s as commander does', (_, argv) => {
    const quick = quickParse(argv as string[]);
    expect(quick).toBeDefined();
    expect({ opts: { ...quick!.opts }, given: quick!.given }).toEqual(byCommander(argv as string[]));
  });

  it.each([
    ['--help'],
    ['--version'],
    ['-'],
    ['--format=json', 'x'],
    ['--', '-x'],
    ['--format', 'xml'],
    ['--fail-level'],
    ['-qf', 'json'],
    ['--quiet', '-q'],
    ['--config', '.isolint.yaml'],
    ['--rule', 'root-user=off'],
    ['--unknown'],
  ])('leaves %s to commander', (...argv) => {
    expect(quickParse(argv)).toBeUndefined();
  });

  it('knows every format', () => {
    expect(FORMAT_NAMES).toEqual(formatters.map((f) => f.name));
  });
});
