/**
 * The container image of isolint (the Dockerfile at the root). There is no Docker engine
 * where the tests run, so the image is not built: the Dockerfile is linted by isolint itself
 * and checked for its shape, its build stage's commands are run in a folder holding what its
 * COPY instructions bring, and the final stage's ENTRYPOINT is run directly on the files the
 * final stage copies, from its WORKDIR, with an empty environment.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'bundle', 'isolint.mjs');
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** Instructions as [keyword, arguments], continuation lines joined, comments dropped. */
function instructions(text: string): [string, string][] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'))
    .map((l) => {
      const m = /^\s*(\S+)\s*(.*)$/.exec(l)!;
      return [m[1]!.toUpperCase(), m[2]!.trim()];
    });
}
const all = instructions(dockerfile);
const lastFrom = all.map(([k]) => k).lastIndexOf('FROM');
const finalStage = all.slice(lastFrom);
const buildStage = all.slice(0, lastFrom);

function lint(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, doc: JSON.parse(r.stdout) as { findings: { ruleId: string; level: string }[]; suppressed: { ruleId: string }[] } };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'isolint-image-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('Dockerfile of the isolint image', () => {
  for (const profile of ['recommended', 'strict', 'untrusted']) {
    it(`passes isolint's own rules (--profile ${profile}): no finding at all`, () => {
      const r = lint(['--profile', profile, 'Dockerfile']);
      expect(r.doc.findings).toEqual([]);
      expect(r.code).toBe(0);
    });
  }

  it('would fail them without its digests or its USER (the check above can fail)', () => {
    const noDigest = lint(['--profile', 'strict', '-', '--stdin-filename', 'Dockerfile'], dockerfile.replace(/@sha256:[0-9a-f]{64}/g, ''));
    expect(noDigest.doc.findings.filter((f) => f.ruleId === 'image-not-digest-pinned')).toHaveLength(2);
    const noUser = lint(['-', '--stdin-filename', 'Dockerfile'], dockerfile.replace(/^USER .*$/m, ''));
    expect(noUser.doc.findings.map((f) => f.ruleId)).toContain('root-user');
  });

  it('is multi-stage, every base image pinned by digest through a documented ARG', () => {
    const froms = all.filter(([k]) => k === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const [, from] of froms) {
      const arg = /^\$\{(\w+)\}/.exec(from)?.[1];
      expect(arg, from).toBeDefined();
      const declared = all.find(([k, v]) => k === 'ARG' && v.startsWith(`${arg}=`));
      expect(declared?.[1], arg).toMatch(/=[^@\s]+:[^@\s]+@sha256:[0-9a-f]{64}$/);
    }
  });

  it('runs as a non-root user, with no shell: exec-form ENTRYPOINT, nothing RUN in the final stage', () => {
    const user = finalStage.filter(([k]) => k === 'USER').at(-1)?.[1];
    expect(user).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    expect(finalStage.filter(([k]) => k === 'RUN' || k === 'SHELL')).toEqual([]);
    const entry = finalStage.find(([k]) => k === 'ENTRYPOINT')![1];
    expect(JSON.parse(entry)).toEqual(['/nodejs/bin/node', '/opt/isolint/isolint.mjs']);
    expect(finalStage.find(([k]) => k === 'FROM')![1]).toMatch(/^\$\{RUNTIME_IMAGE\}$/);
    expect(all.find(([k, v]) => k === 'ARG' && v.startsWith('RUNTIME_IMAGE='))![1]).toContain('gcr.io/distroless/nodejs20-debian12:nonroot@');
  });

  it("keeps node_modules, dist and .git out of the build context (.dockerignore)", () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['.git', 'node_modules', 'dist']) expect(ignored).toContain(p);
  });

  it('its build stage builds the bundle from what its COPY instructions bring, and its ENTRYPOINT lints from WORKDIR with an empty environment', { timeout: 120_000 }, () => {
    // The build stage: its COPY sources into a folder, node_modules as `npm ci` would leave them.
    const buildDir = join(work, 'build');
    mkdirSync(buildDir);
    const workdir = buildStage.find(([k]) => k === 'WORKDIR')![1];
    expect(workdir).toBe('/build');
    for (const [k, v] of buildStage) {
      if (k !== 'COPY') continue;
      const parts = v.split(/\s+/);
      const dest = parts.pop()!;
      for (const src of parts) cpSync(join(root, src), dest.endsWith('/') && dest !== './' ? join(buildDir, dest, basename(src)) : join(buildDir, dest === './' ? basename(src) : dest), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(buildDir, 'node_modules'));
    const runs = buildStage.filter(([k]) => k === 'RUN').map(([, v]) => v);
    expect(runs[0]).toBe('npm ci --ignore-scripts --no-audit --no-fund');
    execFileSync('/bin/sh', ['-c', runs[1]!], { cwd: buildDir, stdio: 'pipe' });

    // The final stage: its COPY instructions into opt/isolint, from the context or from the build stage.
    const image = join(work, 'image');
    for (const [k, v] of finalStage) {
      if (k !== 'COPY') continue;
      const parts = v.split(/\s+/);
      const fromBuild = parts[0] === '--from=build';
      const srcs = parts.slice(fromBuild ? 1 : 0, -1);
      const dest = join(image, parts.at(-1)!);
      mkdirSync(dest, { recursive: true });
      for (const src of srcs) {
        const from = fromBuild ? join(buildDir, src.replace(/^\/build\//, '')) : join(root, src);
        // A * in a source name (the bundle's hashed chunk) matches as COPY matches it.
        const names = basename(from).includes('*')
          ? readdirSync(dirname(from)).filter((n) => new RegExp(`^${basename(from).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(n))
          : [basename(from)];
        expect(names.length, src).toBeGreaterThan(0);
        for (const n of names) cpSync(join(dirname(from), n), join(dest, n));
      }
    }
    const [node, script] = JSON.parse(finalStage.find(([k]) => k === 'ENTRYPOINT')![1]) as [string, string];
    expect(node).toBe('/nodejs/bin/node');
    const src = join(work, 'src'); // the WORKDIR, where users mount their files
    expect(finalStage.find(([k]) => k === 'WORKDIR')![1]).toBe('/src');
    cpSync(join(root, 'fixtures', 'demo'), src, { recursive: true });
    const run = (args: string[]) => spawnSync('/usr/bin/env', ['-i', process.execPath, join(image, script), ...args], { cwd: src, encoding: 'utf8' });

    const version = run(['--version']);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const r = run(['.']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('api/Dockerfile:11:8 warning curl-pipe-shell'); // the shipped grammar is found
    expect(r.stdout).toContain('compose.yaml:28:17 error privileged-container');
    expect(r.status).toBe(1);
    expect(existsSync(join(image, 'opt', 'isolint', 'LICENSE'))).toBe(true);
  });
});
