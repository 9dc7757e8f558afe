/**
 * Shapes real repositories have that isolint must lint rather than fail or pass over: an env
 * file that is gitignored, a legacy Compose file, a Compose-named file that is not Compose, a
 * Dockerfile written inline, a project linted from another folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { tempProject } from './support/compose.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'bin.js');

function cli(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const where = (f: { ruleId: string; location: { file: string; startLine: number; startColumn: number } }) =>
  `${f.ruleId} ${f.location.file}:${f.location.startLine}:${f.location.startColumn}`;

describe('a gitignored .env', () => {
  const dir = 'fixtures/real/missing-env';

  it('is one note per reference, not an error; every service is still linted', async () => {
    const r = await lint({ paths: [dir], cwd: root });
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      { file: `${dir}/compose.yaml`, message: 'variable API_TOKEN has no value (there is no .env file; the process environment is read only with --use-env): settings that use it were not judged', line: 7, column: 18 },
      { file: `${dir}/compose.yaml`, message: 'service api: env_file .env is not there: its variables were not checked', line: 5, column: 15 },
      { file: `${dir}/compose.yaml`, message: 'service worker: env_file .env is not there: its variables were not checked', line: 13, column: 15 },
    ].sort((a, b) => a.line - b.line));
    expect(r.findings.map(where)).toEqual([`privileged-container ${dir}/compose.yaml:17:17`]);
    expect(r.files).toEqual([{ file: `${dir}/compose.yaml`, kind: 'compose', status: 'linted' }]);
  });

  it('leaves the exit code to the findings and prints each note once', () => {
    const failing = cli([dir]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('');
    expect(failing.stdout.match(/service api: env_file \.env is not there/g)).toHaveLength(1);
    expect(failing.stdout).toContain(`${dir}/compose.yaml:5:15 note service api: env_file .env is not there: its variables were not checked\n`);
    expect(failing.stdout).toMatch(/1 finding \(1 error, 0 warnings, 0 notes\) in 1 file; 3 file notes\n$/);
    expect(cli([dir, '--fail-level', 'none']).code).toBe(0);
  });

  it('is a SARIF notification at level note and a notice annotation', () => {
    const sarif = JSON.parse(cli([dir, '-f', 'sarif', '--fail-level', 'none']).stdout);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
    expect(notes.map((n: { level: string; descriptor: { id: string } }) => `${n.level} ${n.descriptor.id}`)).toEqual(['note not-checked', 'note not-checked', 'note not-checked']);
    expect(notes[0].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 15 });
    const github = cli([dir, '-f', 'github', '--fail-level', 'none']).stdout;
    expect(github).toContain(`::notice file=${dir}/compose.yaml,line=5,col=15,title=isolint%3A not checked::service api: env_file .env is not there: its variables were not checked\n`);
  });
});

describe('legacy Compose files (format v1)', () => {
  const file = 'fixtures/real/legacy/docker-compose.yml';

  it('are linted with the same rules and one note that the format is legacy', async () => {
    const r = await lint({ paths: [file], cwd: root });
    expect(r.errors).toEqual([]);
    expect(r.findings.map(where)).toEqual([
      `host-network ${file}:4:8`,
      `docker-socket-mount ${file}:6:7`,
      `privileged-container ${file}:9:15`,
      `host-pid ${file}:10:8`,
    ]);
    expect(r.notes).toEqual([
      {
        file,
        message: 'legacy Compose file format (version 1: services at the top level); docker compose v2 no longer runs it, and it is linted as if its services were under services:',
        line: 2,
        column: 1,
      },
    ]);
  });
});

describe('a Compose-named file that is not Compose', () => {
  it('is a per-file error naming the file and why, never a clean pass; the other files are still linted', async () => {
    const dir = tempProject({
      'scalar/compose.yaml': 'image: nginx:1.25\n',
      'list/docker-compose.yml': '# a list, not a mapping\n- web\n- db\n',
      'no-services/compose.yaml': 'version: "3.8"\nx-common: &common\n  restart: always\n',
      'good/compose.yaml': 'services:\n  a:\n    image: a:1\n    privileged: true\n',
    });
    const r = await lint({ paths: ['.'], cwd: dir });
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      ['list/docker-compose.yml', 2, 1, 'not a Compose file: it is a list, not a mapping of services:, volumes:, ...'],
      ['no-services/compose.yaml', 1, 1, 'not a Compose file: it has no services: key and no services at the top level (the legacy format)'],
      ['scalar/compose.yaml', 1, 1, 'not a Compose file: "image" is neither a Compose top-level key nor a service of the legacy format'],
    ]);
    expect(r.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      'good/compose.yaml linted',
      'list/docker-compose.yml error',
      'no-services/compose.yaml error',
      'scalar/compose.yaml error',
    ]);
    expect(r.findings.map(where)).toEqual(['privileged-container good/compose.yaml:4:17']);
  });

  it('an empty file says there is nothing to lint', async () => {
    const dir = tempProject({ 'compose.yaml': '# nothing here yet\n' });
    const r = await lint({ paths: ['.'], cwd: dir });
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([{ file: 'compose.yaml', message: 'the file is empty: there is nothing to lint' }]);
  });
});

describe('dockerfile_inline', () => {
  it('is judged by the image rules at its lines in the Compose file; USER and HEALTHCHECK are the service\'s', async () => {
    const file = 'fixtures/real/inline/compose.yaml';
    const r = await lint({ paths: [file], cwd: root, profile: 'strict' });
    expect(r.errors).toEqual([]);
    expect(r.findings.map(where).filter((w) => !/digest-pinned|capabilities|no-new-priv|limit|writable-root/.test(w))).toEqual([
      `curl-pipe-shell ${file}:11:13`,
      `sudo-usage ${file}:12:13`,
    ]);
  });
});

describe('the project root comes from the linted path', () => {
  it('gives the same findings and notes whichever folder isolint is started from', () => {
    const dir = tempProject({
      'project/docker/compose.yaml': 'services:\n  app:\n    build:\n      context: ..\n      dockerfile: docker/Dockerfile\n',
      'project/docker/Dockerfile': 'FROM alpine:3.20\n',
      'project/Dockerfile.unused': 'FROM alpine:3.20\n',
    });
    mkdirSync(join(dir, 'elsewhere'));
    const fromProject = cli(['docker', '-f', 'json'], join(dir, 'project'));
    const fromElsewhere = cli([join(dir, 'project', 'docker'), '-f', 'json'], join(dir, 'elsewhere'));
    const fromInside = cli(['.', '-f', 'json'], join(dir, 'project', 'docker'));
    const summary = (out: string) => {
      const doc = JSON.parse(out);
      return { findings: doc.findings.map((f: { ruleId: string; startLine: number; startColumn: number }) => `${f.ruleId} ${f.startLine}:${f.startColumn}`), errors: doc.errors, notes: doc.notes.length };
    };
    // Linting docker/ from the project (or from elsewhere), the context .. is outside what was
    // linted: a note; docker/Dockerfile itself is still linted on its own.
    expect(summary(fromProject.stdout)).toEqual({ findings: ['root-user 1:1'], errors: [], notes: 1 });
    expect(summary(fromElsewhere.stdout)).toEqual(summary(fromProject.stdout));
    expect(summary(fromInside.stdout)).toEqual(summary(fromProject.stdout));
    expect([fromProject.code, fromElsewhere.code, fromInside.code]).toEqual([1, 1, 1]);
    // Linting the project folder itself from elsewhere reads the build and finds its root user.
    const whole = JSON.parse(cli([join(dir, 'project'), '-f', 'json'], join(dir, 'elsewhere')).stdout);
    expect(whole.errors).toEqual([]);
    expect(whole.notes).toEqual([]);
    expect(whole.findings.filter((f: { ruleId: string }) => f.ruleId === 'root-user').map((f: { file: string; startLine: number }) => `${f.file}:${f.startLine}`)).toEqual([
      '../project/Dockerfile.unused:1',
      '../project/docker/Dockerfile:1',
      '../project/docker/compose.yaml:2',
    ]);
  });
});
