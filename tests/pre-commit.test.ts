/**
 * The pre-commit hook, run by the real `pre-commit` program (Debian package `pre-commit`) in
 * temporary git repositories, offline: a staged bad Dockerfile makes `git commit` fail and a
 * clean one commits. Two forms: the `repo: local` hook of the README, and this repository's
 * own .pre-commit-hooks.yaml, fetched by pre-commit from a local clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOfName } from '../src/sources/index.js';

const root = join(import.meta.dirname, '..');
const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const havePreCommit = preCommitVersion.status === 0;
if (!havePreCommit) {
  console.warn('SKIPPED: the pre-commit hook tests need the `pre-commit` program (apt-get install -y pre-commit); it is not installed.');
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

const BAD = 'FROM alpine:3.20\nRUN apk add --no-cache sudo\nUSER app\n';
const CLEAN = 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER app\n';

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', ['-c', 'user.name=isolint test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    // pre-commit keeps its clones and environments here; nothing outside the temporary folder is touched.
    env: { ...process.env, PRE_COMMIT_HOME: join(cwd, '..', 'pre-commit-home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' },
  });
}

/** A new repository with the given pre-commit config, its hook installed. */
function repoWith(config: string): string {
  const base = tempDir('isolint-pre-commit-');
  const repo = join(base, 'repo');
  mkdirSync(repo);
  expect(git(repo, 'init', '-q').status).toBe(0);
  writeFileSync(join(repo, '.pre-commit-config.yaml'), config);
  const install = spawnSync('pre-commit', ['install'], { cwd: repo, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: join(base, 'pre-commit-home') } });
  expect(install.status, install.stderr + install.stdout).toBe(0);
  return repo;
}

/** Stages a Dockerfile with `text` and commits; returns git's exit code and output. */
function commitDockerfile(repo: string, name: string, text: string) {
  writeFileSync(join(repo, name), text);
  expect(git(repo, 'add', '-A').status).toBe(0);
  const r = git(repo, 'commit', '-q', '-m', `add ${name}`);
  return { code: r.status, output: r.stdout + r.stderr };
}

function expectHookBlocksBadAndPassesClean(repo: string) {
  const bad = commitDockerfile(repo, 'Dockerfile', BAD);
  expect(bad.output).toMatch(/isolint\.+Failed/);
  expect(bad.output).toContain('Dockerfile:2:24 warning sudo-usage sudo is installed into the image');
  expect(bad.code).not.toBe(0);
  expect(git(repo, 'rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0); // nothing was committed

  const clean = commitDockerfile(repo, 'Dockerfile', CLEAN);
  expect(clean.output).toMatch(/isolint\.+Passed/);
  expect(clean.code).toBe(0);

  // A file the hook does not match is not passed to isolint.
  const other = commitDockerfile(repo, 'notes.txt', BAD);
  expect(other.output).toMatch(/isolint\.+\(no files to check\)Skipped/);
  expect(other.code).toBe(0);
}

describe.skipIf(!havePreCommit)(`pre-commit hook (${havePreCommit ? preCommitVersion.stdout.trim() : 'pre-commit not installed'})`, () => {
  it('repo: local form blocks a commit with a bad Dockerfile and lets a clean one through', { timeout: 120_000 }, () => {
    const bin = join(root, 'dist', 'src', 'bin.js');
    const hook = (load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { files: string; exclude: string }[])[0]!;
    const repo = repoWith(
      [
        'repos:',
        '  - repo: local',
        '    hooks:',
        '      - id: isolint',
        '        name: isolint',
        `        entry: node ${JSON.stringify(bin)}`,
        '        language: system',
        `        files: ${JSON.stringify(hook.files)}`,
        `        exclude: ${JSON.stringify(hook.exclude)}`,
        '        require_serial: true',
        '',
      ].join('\n'),
    );
    expectHookBlocksBadAndPassesClean(repo);
  });

  it('types-style selection, as the README shows it, passes what identify calls a Dockerfile', { timeout: 120_000 }, () => {
    const hookRepo = tempDir('isolint-hook-repo-');
    for (const f of ['.pre-commit-hooks.yaml', 'package.json', 'dist-action']) cpSync(join(root, f), join(hookRepo, f), { recursive: true });
    expect(git(hookRepo, 'init', '-q').status).toBe(0);
    expect(git(hookRepo, 'add', '-A').status).toBe(0);
    expect(git(hookRepo, 'commit', '-q', '-m', 'release').status).toBe(0);
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const override = /```yaml\n(      - id: isolint\n        files: ''[^`]*)```/.exec(readme)?.[1];
    expect(override, 'the README shows the types override').toBeDefined();
    const repo = repoWith(['repos:', `  - repo: ${JSON.stringify(hookRepo)}`, `    rev: ${rev}`, '    hooks:', override!].join('\n'));
    const bad = commitDockerfile(repo, 'api.Dockerfile', BAD);
    expect(bad.output).toContain('api.Dockerfile:2:24 warning sudo-usage');
    expect(bad.code).not.toBe(0);
  });

  it("this repository's .pre-commit-hooks.yaml works when pre-commit fetches it (from a local clone)", { timeout: 120_000 }, () => {
    // The files a tagged release holds for the hook: its definition and the committed bundle.
    const hookRepo = tempDir('isolint-hook-repo-');
    for (const f of ['.pre-commit-hooks.yaml', 'package.json', 'dist-action']) cpSync(join(root, f), join(hookRepo, f), { recursive: true });
    expect(git(hookRepo, 'init', '-q').status).toBe(0);
    expect(git(hookRepo, 'add', '-A').status).toBe(0);
    expect(git(hookRepo, 'commit', '-q', '-m', 'release').status).toBe(0);
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
    const repo = repoWith(['repos:', `  - repo: ${JSON.stringify(hookRepo)}`, `    rev: ${rev}`, '    hooks:', '      - id: isolint', ''].join('\n'));
    expectHookBlocksBadAndPassesClean(repo);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];

  it('defines the isolint hook, passing the staged file names, and its container image variant', () => {
    expect(hooks.map((h) => h.id)).toEqual(['isolint', 'isolint-docker']);
    expect(hooks[0]).toMatchObject({ id: 'isolint', name: 'isolint', entry: 'dist-action/isolint.mjs', language: 'script', pass_filenames: true });
  });

  it('the docker_image variant runs the published image on the same files, and the image works from /src as pre-commit mounts it', () => {
    const [script, docker] = hooks as Record<string, unknown>[];
    expect(docker).toMatchObject({ language: 'docker_image', pass_filenames: true, require_serial: true, types: ['file'] });
    expect(docker!.entry).toMatch(/^ghcr\.io\/[^/\s]+\/isolint:\d+$/);
    expect(docker!.files).toBe(script!.files);
    expect(docker!.exclude).toBe(script!.exclude);
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^WORKDIR \/src$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \[/m);
  });

  it('runs a committed file that is executable (pre-commit refuses it otherwise; `git add` keeps the mode)', () => {
    expect(statSync(join(root, 'dist-action', 'isolint.mjs')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(root, 'dist-action', 'isolint.mjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('matches exactly the names isolint finds when it walks a folder', () => {
    // pre-commit uses Python regular expressions; these two use only syntax JavaScript shares, after the (?i) flag.
    const pattern = (key: string) => new RegExp(String(hooks[0]![key]).replace(/^\(\?i\)/, ''), 'i');
    const files = pattern('files');
    const exclude = pattern('exclude');
    const names = [
      'Dockerfile', 'dockerfile', 'Containerfile', 'Dockerfile.dev', 'Containerfile.prod', 'api.Dockerfile', 'api.dockerfile', 'web.containerfile',
      'compose.yaml', 'compose.yml', 'compose.override.yaml', 'compose-dev.yml', 'docker-compose.yml', 'docker-compose.prod.yaml',
      'Dockerfile.dockerignore', 'api.Dockerfile.dockerignore', 'composer.yaml', 'mycompose.yaml', 'compose.json', 'README.md', 'notDockerfile', 'Dockerfiles',
      'Dockerfile.md', 'Dockerfile.MD', 'Dockerfile.markdown', 'Dockerfile.rst', 'Dockerfile.adoc', 'Dockerfile.txt', 'Dockerfile.html', 'Containerfile.md',
      'Dockerfile.swp', '.Dockerfile.swp', '.compose.yaml.swp', 'Dockerfile.swo', 'Dockerfile~', 'compose.yaml~', 'Dockerfile.bak', 'Dockerfile.orig', 'Dockerfile.rej', 'Dockerfile.tmp',
      'Dockerfile.md.dockerfile', 'Dockerfile.template', 'Dockerfile.j2', 'docs.Dockerfile', 'compose.yaml.bak', 'compose.md.yaml', 'Dockerfile.', 'Dockerfile.prod.arm64',
      '.devcontainer/devcontainer.json', '.devcontainer.json', '.devcontainer/go/devcontainer.json', 'devcontainer.json', '.devcontainer/a/b/devcontainer.json',
      'web.container', '.container', 'web.volume', '.github/workflows/ci.yml', '.github/workflows/release.yaml', '.github/dependabot.yml', '.gitlab-ci.yml', 'build.gitlab-ci.yml', 'gitlab-ci.yml',
      'deploy.sh', 'run.bash', 'install.SH', 'deploy.sh.bak', 'deploy.sh~', 'deploy.zsh', 'Makefile', 'makefile', 'GNUmakefile', 'rules.mk', 'Makefile.am', 'Makefile.in', 'notMakefile', 'README.sh.md',
    ];
    for (const name of names) {
      for (const path of [name, `services/api/${name}`]) {
        expect(files.test(path) && !exclude.test(path), path).toBe(kindOfName(name) !== undefined);
      }
    }
    expect(files.test('Dockerfile.d/config')).toBe(false);
  });
});
