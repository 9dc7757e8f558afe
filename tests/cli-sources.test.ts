/** The CLI's source options: --list-sources and --include-docs, on the built binary. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allSources } from '../src/sources/index.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'bin.js');
const dir = mkdtempSync(join(tmpdir(), 'isolint-cli-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--list-sources', () => {
  it('prints each source kind and what it reads, in registry order', () => {
    const r = run(['--list-sources']);
    expect(r.code).toBe(0);
    const width = Math.max(...allSources.map((s) => s.kind.length));
    expect(r.stdout).toBe(allSources.map((s) => `${s.kind.padEnd(width)}  ${s.reads}\n`).join(''));
    expect(r.stdout).toContain('github-workflow  GitHub Actions workflows');
    expect(r.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(['devcontainer', 'quadlet', 'github-workflow', 'gitlab-ci', 'shell', 'makefile', 'markdown', 'compose', 'dockerfile', '']);
  });

  it('as JSON with --format json; another format is a usage error', () => {
    expect(JSON.parse(run(['--list-sources', '--format', 'json']).stdout)).toEqual(allSources.map((s) => ({ kind: s.kind, reads: s.reads })));
    expect(run(['--list-sources', '--format', 'sarif']).code).toBe(2);
  });

  it('is documented in --help with --include-docs', () => {
    const help = run(['--help']).stdout;
    expect(help).toContain('--list-sources');
    expect(help).toContain('--include-docs');
  });
});

describe('--include-docs and the text report', () => {
  it('reads Markdown code blocks in a walk only when asked; the report names the docker run line', () => {
    writeFileSync(join(dir, 'README.md'), '```console\n$ docker run --rm --pid=host alpine:3.20 ps\n```\n');
    writeFileSync(join(dir, 'deploy.sh'), '#!/bin/sh\nsudo docker run --rm --privileged alpine:3.20 true\n');
    const plain = run(['.']);
    expect(plain.stdout).toContain('deploy.sh:2:22 error privileged-container docker run in deploy.sh:2 runs privileged: it has every capability and device of the host');
    expect(plain.stdout).not.toContain('README.md');
    const docs = run(['--include-docs', '.']);
    expect(docs.stdout).toContain("README.md:2:19 error host-pid docker run in README.md:2 shares the host's PID namespace");
    expect(docs.code).toBe(1);
  });
});
