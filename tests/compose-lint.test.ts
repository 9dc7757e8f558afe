/** Compose files through lint() and the CLI: per-file errors, statuses, flags. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { lint } from '../src/index.js';
import { textFormatter } from '../src/format/text.js';
import { at, root, tempProject } from './support/compose.js';

const errors = 'fixtures/compose/errors';

describe('broken Compose files', () => {
  it('gives one clear error per broken file and still lints the others', async () => {
    const result = await lint({ paths: [errors], cwd: root });
    // Walking a folder finds Compose file names only; name each file.
    const named = await lint({
      paths: ['bomb', 'deep', 'good', 'list', 'malformed', 'multi'].map((n) => `${errors}/${n}.compose.yaml`),
      cwd: root,
    });
    expect(result.files).toEqual([]);
    expect(named.errors).toEqual([
      { file: `${errors}/bomb.compose.yaml`, message: 'aliases expand this document to more than 101080 values (an alias bomb?)', line: 6, column: 9 },
      { file: `${errors}/deep.compose.yaml`, message: 'nesting deeper than 100 levels', line: 101, column: 201 },
      { file: `${errors}/list.compose.yaml`, message: 'not a Compose file: it is a list, not a mapping of services:, volumes:, ...', line: 1, column: 1 },
      { file: `${errors}/malformed.compose.yaml`, message: 'invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]', line: 5, column: 3 },
      { file: `${errors}/multi.compose.yaml`, message: 'the file has several YAML documents (---); a Compose file is one document', line: 5, column: 1 },
    ]);
    expect(named.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      `${errors}/bomb.compose.yaml error`,
      `${errors}/deep.compose.yaml error`,
      `${errors}/good.compose.yaml linted`,
      `${errors}/list.compose.yaml error`,
      `${errors}/malformed.compose.yaml error`,
      `${errors}/multi.compose.yaml error`,
    ]);
    expect(named.findings.map((f) => `${f.ruleId} ${at(f.location)}`)).toEqual([`privileged-container ${errors}/good.compose.yaml:4:17`]);
  });

  it('lists linted Compose files as linted in the text report', async () => {
    const result = await lint({ paths: ['fixtures/compose/override'], cwd: root });
    const text = textFormatter.format({ result, profile: 'recommended', rules: [], cwd: root }, { color: false });
    expect(text).not.toContain('skipped');
    expect(text).toMatch(/in 2 files\n$/);
  });

  it('reports a finding once when a file belongs to two projects', async () => {
    const dir = tempProject({
      'compose.yaml': 'services:\n  a:\n    image: a:1\n    privileged: true\n',
      'compose.override.yml': 'services:\n  a:\n    user: "1000"\n',
      'docker-compose.override.yml': 'services:\n  a:\n    user: "1001"\n',
    });
    const result = await lint({ paths: ['.'], cwd: dir });
    expect(result.findings.filter((f) => f.ruleId === 'privileged-container').map((f) => at(f.location))).toEqual(['compose.yaml:4:17']);
  });
});

describe('YAML that docker compose reads', () => {
  it('lints a file whose flow sequences and mappings close at their key indentation', async () => {
    const result = await lint({ paths: ['fixtures/compose/yaml-parity'], cwd: root });
    expect(result.errors).toEqual([]);
    expect(result.files.map((f) => `${f.file} ${f.status}`)).toEqual(['fixtures/compose/yaml-parity/compose.yaml linted']);
    expect(result.findings.map((f) => `${f.ruleId} ${at(f.location, true)}`)).toEqual([
      'privileged-container fixtures/compose/yaml-parity/compose.yaml:6:17-6:21',
      'plaintext-secret-env fixtures/compose/yaml-parity/compose.yaml:8:7-8:28',
    ]);
  });
});

describe('CLI flags', () => {
  let out = '';
  afterEach(() => vi.restoreAllMocks());
  const run = async (args: string[], cwd: string) => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      out += String(s);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const here = process.cwd();
    process.chdir(cwd);
    try {
      return await main([...args, '--format', 'json', '--fail-level', 'none']);
    } finally {
      process.chdir(here);
    }
  };
  const project = () =>
    tempProject({
      'compose.yaml': 'services:\n  a:\n    image: a:1\n    privileged: ${PRIV:-false}\n',
      'prod.yaml': 'services:\n  a:\n    pid: host\n',
      'dev.env': 'PRIV=true\n',
      'app/compose.yaml': 'services:\n  b:\n    build: ../../isolint-no-such-context\n',
    });

  it('-c merges the named files in order and, given alone, lints only that project', async () => {
    const dir = project();
    expect(await run(['-c', 'compose.yaml', '-c', 'prod.yaml'], dir)).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.files).toEqual([
      { file: 'compose.yaml', kind: 'compose', status: 'linted' },
      { file: 'prod.yaml', kind: 'compose', status: 'linted' },
    ]);
    expect(doc.findings.map((f: { ruleId: string; file: string; startLine: number }) => `${f.ruleId} ${f.file}:${f.startLine}`)).toContain('host-pid prod.yaml:3');
  });

  it('--env-file and --use-env feed interpolation', async () => {
    const dir = project();
    await run(['compose.yaml'], dir);
    expect(JSON.parse(out).findings.some((f: { ruleId: string }) => f.ruleId === 'privileged-container')).toBe(false);
    await run(['compose.yaml', '--env-file', 'dev.env'], dir);
    expect(JSON.parse(out).findings.some((f: { ruleId: string }) => f.ruleId === 'privileged-container')).toBe(true);
    process.env.PRIV = 'true';
    try {
      await run(['compose.yaml'], dir);
      expect(JSON.parse(out).findings.some((f: { ruleId: string }) => f.ruleId === 'privileged-container')).toBe(false);
      await run(['compose.yaml', '--use-env'], dir);
      expect(JSON.parse(out).findings.some((f: { ruleId: string }) => f.ruleId === 'privileged-container')).toBe(true);
    } finally {
      delete process.env.PRIV;
    }
  });

  it('--allow-outside-context lets a build context outside the project root be read', async () => {
    const dir = project();
    const unchecked = "so its image's USER and HEALTHCHECK were not checked";
    const code = await run(['app/compose.yaml'], dir);
    expect(JSON.parse(out).errors).toEqual([]);
    expect(JSON.parse(out).notes[0].message).toBe(
      `service b: the build context ../isolint-no-such-context is outside the project root app and was not read (--allow-outside-context reads it), ${unchecked}`,
    );
    // The note does not decide the exit code: the same run with --allow-outside-context exits alike.
    expect(await run(['app/compose.yaml', '--allow-outside-context'], dir)).toBe(code);
    expect(JSON.parse(out).notes[0].message).toBe(`service b: its Dockerfile ../isolint-no-such-context/Dockerfile is not there, ${unchecked}`);
  });
});
