/** devcontainer.json: JSON with comments, every value located; `build.dockerfile` linked like Compose's `build:`. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { kindOfName } from '../src/sources/index.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'isolint-devcontainer-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function run(text: string, profile: 'recommended' | 'strict' = 'recommended', path = '.devcontainer/devcontainer.json') {
  const cwd = project({ [path]: text });
  return lint({ cwd, paths: ['.'], profile, config: false });
}
const ids = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.ruleId}@${f.location.startLine}:${f.location.startColumn}`);

describe('devcontainer.json', () => {
  it('is claimed at its three places and by no other name', () => {
    expect(kindOfName('.devcontainer/devcontainer.json')).toBe('devcontainer');
    expect(kindOfName('.devcontainer.json')).toBe('devcontainer');
    expect(kindOfName('.devcontainer/python/devcontainer.json')).toBe('devcontainer');
    expect(kindOfName('devcontainer.json')).toBeUndefined();
    expect(kindOfName('.devcontainer/a/b/devcontainer.json')).toBeUndefined();
  });

  it('reads native keys with comments and trailing commas, each finding at its value', async () => {
    const r = await run(
      [
        '{',
        '  // a comment',
        '  "image": "mcr.microsoft.com/devcontainers/base:ubuntu",',
        '  /* block',
        '     comment */',
        '  "privileged": true,',
        '  "capAdd": ["SYS_PTRACE", "cap_sys_admin",],',
        '  "securityOpt": ["seccomp=unconfined"],',
        '  "mounts": [',
        '    "source=/var/run/docker.sock,target=/var/run/docker.sock,type=bind",',
        '    { "source": "/etc", "target": "/host-etc", "type": "bind" },',
        '  ],',
        '  "containerUser": "root",',
        '  "remoteUser": "vscode",',
        '}',
        '',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.files).toEqual([{ file: '.devcontainer/devcontainer.json', kind: 'devcontainer', status: 'linted' }]);
    expect(ids(r)).toEqual([
      'privileged-container@6:17',
      'dangerous-capability@7:14',
      'dangerous-capability@7:28',
      'seccomp-disabled@8:19',
      'docker-socket-mount@10:13',
      'sensitive-host-mount@11:17',
      'root-user@13:20',
    ]);
    expect(r.findings[0]!.message).toBe('the dev container in .devcontainer/devcontainer.json runs privileged: it has every capability and device of the host');
  });

  it('"runArgs": ["--network=host"] is host-network at its line; every runArgs element is one word', async () => {
    const r = await run('{\n  "image": "node:22",\n  "runArgs": [\n    "--network=host",\n    "--cap-add", "SYS_ADMIN",\n    "-v", "${localEnv:HOME}/.kube:/root/.kube"\n  ]\n}\n');
    expect(r.errors).toEqual([]);
    expect(ids(r)).toEqual(['host-network@4:5', 'dangerous-capability@5:19', 'sensitive-host-mount@6:12']);
    expect(r.findings[2]!.message).toMatch(/mounts ~\/\.kube read-write/);
  });

  it('"privileged": false does not undo a --privileged in runArgs', async () => {
    const r = await run('{ "image": "node:22", "privileged": false, "runArgs": ["--privileged"] }');
    expect(ids(r)).toEqual(['privileged-container@1:56']);
  });

  it('the docker-in-docker and docker-outside-of-docker features are notes: their settings are in their own metadata', async () => {
    const r = await run('{\n  "image": "node:22",\n  "features": {\n    "ghcr.io/devcontainers/features/docker-in-docker:2": {},\n    "ghcr.io/devcontainers/features/docker-outside-of-docker:1": {},\n    "ghcr.io/devcontainers/features/node:1": {}\n  }\n}\n');
    expect(ids(r)).toEqual([]);
    expect(r.notes.map((n) => `${n.line}:${n.column} ${n.message}`)).toEqual([
      '4:5 the dev container in .devcontainer/devcontainer.json: the feature ghcr.io/devcontainers/features/docker-in-docker:2 runs the dev container privileged (its own metadata sets "privileged": true); that is not written here, so it is not judged as a finding',
      "5:5 the dev container in .devcontainer/devcontainer.json: the feature ghcr.io/devcontainers/features/docker-outside-of-docker:1 mounts the host's Docker socket into the dev container (its own metadata adds the mount); that is not written here, so it is not judged as a finding",
    ]);
  });

  it('remoteUser alone is not the container user; a clean file has no finding', async () => {
    const r = await run('{ "image": "node:22", "remoteUser": "root", "containerUser": "node" }\n');
    expect(ids(r)).toEqual([]);
  });

  it('an unresolved ${localEnv:...} is not guessed; ${localEnv:HOME} is the home folder', async () => {
    const r = await run(
      [
        '{',
        '  "image": "node:22",',
        '  "mounts": [',
        '    "source=${localEnv:SOCK},target=/var/run/docker.sock,type=bind",',
        '    "source=${localEnv:HOME}/.aws,target=/root/.aws,type=bind",',
        '    "source=${localWorkspaceFolder}/.ssh,target=/root/.ssh,type=bind"',
        '  ]',
        '}',
      ].join('\n'),
    );
    expect(ids(r)).toEqual(['sensitive-host-mount@5:13', 'sensitive-host-mount@6:13']);
  });

  it('a broken file is one error with line and column', async () => {
    const r = await run('{\n  "image": "node:22"\n  "privileged": true\n}\n');
    expect(r.errors).toEqual([{ file: '.devcontainer/devcontainer.json', message: 'invalid JSON at 3:3: a comma is expected', line: 3, column: 3 }]);
    expect(r.files[0]!.status).toBe('error');
  });

  it('deep nesting is one error, not a stack overflow; a BOM and an empty file are fine', async () => {
    const deep = await run(`{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(deep.errors.map((e) => e.message)).toEqual(['invalid devcontainer.json at 1:106: nested deeper than 100 levels']);
    expect((await run('\ufeff{ "image": "node:22", "privileged": true }')).findings.map((f) => `${f.ruleId}@${f.location.startColumn}`)).toEqual(['privileged-container@37']);
    expect((await run('')).errors).toEqual([]);
  });

  it('// isolint-ignore: comments suppress', async () => {
    const r = await run('{\n  "image": "node:22",\n  // isolint-ignore: privileged-container -- needs KVM\n  "privileged": true\n}\n');
    expect(ids(r)).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(['privileged-container']);
  });

  it('build.dockerfile is relative to devcontainer.json, parsed and judged as the built image', async () => {
    const cwd = project({
      '.devcontainer/devcontainer.json': '{ "build": { "dockerfile": "Dockerfile", "context": ".." } }\n',
      '.devcontainer/Dockerfile': 'FROM node:22\nRUN echo hi\n',
    });
    const r = await lint({ cwd, paths: ['.'], config: false });
    const root = r.findings.filter((f) => f.ruleId === 'root-user');
    expect(root.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`).sort()).toEqual(['.devcontainer/Dockerfile:1:1', '.devcontainer/devcontainer.json:1:3']);
    expect(r.notes).toEqual([]);
  });

  it('a missing Dockerfile is a note; one outside the project root is not read', async () => {
    const r = await run('{ "build": { "dockerfile": "Missing.Dockerfile" } }\n');
    expect(r.notes.map((n) => n.message)).toEqual([
      "the dev container in .devcontainer/devcontainer.json: its Dockerfile .devcontainer/Missing.Dockerfile is not there, so its image's USER and HEALTHCHECK were not checked",
    ]);
    const outside = await run('{ "build": { "dockerfile": "../../../../../../etc/Dockerfile" } }\n');
    expect(outside.notes[0]!.message).toMatch(/is outside the project root and was not read/);
  });

  it('dockerComposeFile: the Compose service is judged by the Compose source, with a note here', async () => {
    const cwd = project({
      '.devcontainer/devcontainer.json': '{ "dockerComposeFile": ["docker-compose.yml"], "service": "app" }\n',
      '.devcontainer/docker-compose.yml': 'services:\n  app:\n    image: node:22\n    privileged: true\n',
    });
    const r = await lint({ cwd, paths: ['.'], config: false });
    expect(ids(r)).toEqual(['privileged-container@4:17']);
    expect(r.findings[0]!.location.file).toBe('.devcontainer/docker-compose.yml');
    expect(r.notes.map((n) => n.message)).toEqual([
      'the dev container is service app of docker-compose.yml: it is judged where that Compose file is linted (a walk finds compose*.yaml and docker-compose*.yml names; name another file on the command line)',
    ]);
  });

  const bundle = join(import.meta.dirname, '..', 'dist', 'bundle', 'isolint.mjs');
  it.skipIf(!existsSync(bundle))('the bundled command reads it (jsonc-parser is bundled from its ES module build)', () => {
    const cwd = project({ '.devcontainer/devcontainer.json': '{\n  // c\n  "image": "a/b:1",\n  "runArgs": ["--privileged",],\n}\n' });
    const r = spawnSync(process.execPath, [bundle, '--no-config', '--format', 'json', '.'], { cwd, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { findings: { ruleId: string }[] };
    expect(doc.findings.map((f) => f.ruleId)).toEqual(['privileged-container']);
  });
});
