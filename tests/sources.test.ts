/** The sources layer: which source reads a file, and lint() over sources it does not know. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { allSources, kindOfName, sourceFor } from '../src/sources/index.js';
import { emptyOutput, type Source } from '../src/sources/source.js';
import { defaultContainer } from '../src/runtime/model.js';
import { dockerfileSource } from '../src/sources/dockerfile.js';

const at = (file: string, line: number, column: number, length: number) => ({ file, startLine: line, startColumn: column, endLine: line, endColumn: column + length });

/** A source for `*.ctr` files whose one line `privileged` makes a privileged container. */
const ctrSource: Source = {
  kind: 'ctr',
  reads: '`*.ctr`',
  usesShellParser: false,
  comments: {},
  claims: (path) => path.endsWith('.ctr'),
  claimsFirstLine: (line) => line === '#!ctr',
  // All files in one output: a throw for one file stops the whole batch.
  load(files) {
    const out = emptyOutput();
    for (const f of files) {
      if (f.text.includes('explode')) throw new RangeError('Maximum call stack size exceeded');
      const line = f.text.split('\n').findIndex((l) => l === 'privileged');
      const c = defaultContainer('docker-run', { value: 'ctr', loc: at(f.display, 1, 1, 1) }, `ctr ${f.display}`, f.display);
      if (line >= 0) c.privileged = { value: true, loc: at(f.display, line + 1, 1, 10) };
      out.containers.push(c);
      out.files.push({ file: f.display, kind: 'ctr', status: 'linted' });
    }
    return out;
  },
};

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'isolint-sources-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('which source reads a file', () => {
  it('by name in a walk, and a named file no one claims as a Dockerfile', () => {
    expect(kindOfName('compose.yaml')).toBe('compose');
    expect(kindOfName('Dockerfile.prod')).toBe('dockerfile');
    expect(kindOfName('Dockerfile.md')).not.toBe('dockerfile');
    expect(kindOfName('notes.txt')).toBeUndefined();
    expect(sourceFor('/p/deploy/app.yml', true, { cwd: '/' })?.kind).toBe('compose');
    expect(sourceFor('/p/notes.txt', true, { cwd: '/' })?.kind).toBe('dockerfile');
    expect(sourceFor('/p/notes.txt', false, { cwd: '/' })).toBeUndefined();
  });

  it('registers the Dockerfile source last, so it only takes what no other source claims', () => {
    expect(allSources.at(-1)).toBe(dockerfileSource);
    expect(new Set(allSources.map((s) => s.kind)).size).toBe(allSources.length);
  });
});

describe('lint() over sources it does not know by name', () => {
  it('hands each file to the source that claims it, by name or by first line, and runs the rules on its models', async () => {
    const dir = project({ 'a.ctr': 'image x\nprivileged\n', 'bin/run': '#!ctr\nprivileged\n', 'README': 'privileged\n', 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n' });
    const result = await lint({ paths: ['.'], cwd: dir, config: false, sources: [ctrSource, ...allSources] });
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual([
      { file: 'a.ctr', kind: 'ctr', status: 'linted' },
      { file: 'bin/run', kind: 'ctr', status: 'linted' },
      { file: 'compose.yaml', kind: 'compose', status: 'linted' },
    ]);
    const privileged = result.findings.filter((f) => f.ruleId === 'privileged-container').map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.message}`);
    expect(privileged).toEqual([
      'a.ctr:2:1 ctr a.ctr runs privileged: it has every capability and device of the host',
      'bin/run:2:1 ctr bin/run runs privileged: it has every capability and device of the host',
      'compose.yaml:4:17 service web runs privileged: it has every capability and device of the host',
    ]);
  });

  it('reads the files of a batch that throws again one by one: only the file that throws alone gets the error', async () => {
    const dir = project({ 'bad.ctr': 'explode\n', 'good.ctr': 'privileged\n' });
    const result = await lint({ paths: ['.'], cwd: dir, config: false, sources: [ctrSource, ...allSources] });
    expect(result.errors).toEqual([{ file: 'bad.ctr', message: 'could not be read: Maximum call stack size exceeded' }]);
    expect(result.files).toEqual([
      { file: 'bad.ctr', kind: 'ctr', status: 'error' },
      { file: 'good.ctr', kind: 'ctr', status: 'linted' },
    ]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}`)).toContain('privileged-container good.ctr:1');
  });

  it('passes over an extensionless file when no source claims it by its first line', async () => {
    const dir = project({ 'tool': '#!ctr\nprivileged\n' });
    const result = await lint({ paths: ['.'], cwd: dir, config: false, sources: allSources.filter((s) => !s.claimsFirstLine) });
    expect(result.files).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('reports an in-memory file of a kind no source reads as an error, not as linted', async () => {
    const result = await lint({ files: [{ path: 'x.ctr', text: 'privileged\n', kind: 'ctr' }], config: false });
    expect(result.errors).toEqual([{ file: 'x.ctr', message: 'no source reads files of kind "ctr"' }]);
    expect(result.files).toEqual([{ file: 'x.ctr', kind: 'ctr', status: 'error' }]);
  });
});

describe('the shell parser is loaded only for files with shell text', () => {
  it('a Compose project of images and settings does not need it; one with command, entrypoint, build, extends, include or -c does', async () => {
    const { composeSource } = await import('../src/sources/compose.js');
    const needs = (text: string, options = { cwd: '/' }) =>
      (composeSource.usesShellParser as (f: { path: string; display: string; root: string; named: boolean; text: string }[], o: typeof options) => boolean)([{ path: '/p/compose.yaml', display: 'compose.yaml', root: '/p', named: false, text }], options);
    expect(needs('services:\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:80:80"]\n    read_only: true\n')).toBe(false);
    for (const key of ['command: x', 'entrypoint: [sh]', 'build: .', 'extends: {service: a}', 'dockerfile_inline: FROM x']) expect(needs(`services:\n  web:\n    ${key}\n`), key).toBe(true);
    expect(needs('include:\n  - other.yaml\n')).toBe(true);
    expect(needs('services: {}\n', { cwd: '/', compose: { files: ['a.yaml'] } } as never)).toBe(true);
  });
});
