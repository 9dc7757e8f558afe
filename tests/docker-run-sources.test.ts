/**
 * `docker run` lines where they are written: shell scripts, Makefile recipes, Markdown code
 * blocks, Dockerfile RUN steps. Each finding is pinned by rule id, file, line and column.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, type InMemoryFile } from '../src/lint.js';
import type { Profile } from '../src/engine/rule.js';
import { formatterNamed } from '../src/format/index.js';
import { allRules } from '../rules/index.js';
import { allSources, kindOfName } from '../src/sources/index.js';

const cwd = '/project';

async function run(files: Record<string, string> | InMemoryFile[], profile: Profile = 'recommended') {
  const list = Array.isArray(files) ? files : Object.entries(files).map(([path, text]) => ({ path, text }));
  return lint({ files: list, cwd, profile, config: false });
}

/** `file:line:col rule-id` of every finding. */
async function found(files: Record<string, string> | InMemoryFile[], profile: Profile = 'recommended'): Promise<string[]> {
  const result = await run(files, profile);
  expect(result.errors).toEqual([]);
  return result.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`);
}

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('the sources', () => {
  it('are registered (after the configuration-file sources) before Compose and the Dockerfile, which takes any named file last', () => {
    expect(allSources.map((s) => s.kind)).toEqual(['devcontainer', 'quadlet', 'github-workflow', 'gitlab-ci', 'shell', 'makefile', 'markdown', 'compose', 'dockerfile']);
  });

  it('claim their names on a walk; Markdown only with --include-docs', () => {
    expect(['deploy.sh', 'run.bash', 'Makefile', 'makefile', 'GNUmakefile', 'docker.mk', 'README.md', 'deploy', 'Makefile.am'].map((n) => kindOfName(n))).toEqual([
      'shell', 'shell', 'makefile', 'makefile', 'makefile', 'makefile', undefined, undefined, undefined,
    ]);
    expect(kindOfName('README.md', { cwd: '/', includeDocs: true })).toBe('markdown');
  });
});

describe('docker run in a shell script', () => {
  it('docker run --rm alpine:3.20 echo hello: nothing under the recommended profile', async () => {
    expect(await found({ 'deploy.sh': 'docker run --rm alpine:3.20 echo hello\n' })).toEqual([]);
  });

  it('docker run --rm alpine echo hello: only unpinned-image, at the image (it pulls :latest, as image: alpine does in Compose)', async () => {
    expect(await found({ 'deploy.sh': 'docker run --rm alpine echo hello\n' })).toEqual(['deploy.sh:1:17 unpinned-image']);
  });

  it('the strict profile adds the hardening notes a bare docker run earns', async () => {
    expect(await found({ 'deploy.sh': 'docker run --rm alpine:3.20 echo hello\n' }, 'strict')).toEqual([
      'deploy.sh:1:8 capabilities-not-dropped',
      'deploy.sh:1:8 no-cpu-limit',
      'deploy.sh:1:8 no-memory-limit',
      'deploy.sh:1:8 no-new-privileges-missing',
      'deploy.sh:1:8 no-pids-limit',
      'deploy.sh:1:8 root-user',
      'deploy.sh:1:8 writable-root-filesystem',
      'deploy.sh:1:17 image-not-digest-pinned',
    ]);
  });

  it('docker run --rm --pid=host alpine ps: host-pid at the --pid flag', async () => {
    const result = await run({ 'deploy.sh': 'docker run --rm --pid=host alpine:3.20 ps\n' });
    expect(result.findings.map((f) => [f.ruleId, f.location.startLine, f.location.startColumn, f.message])).toEqual([
      ['host-pid', 1, 17, "docker run in deploy.sh:1 shares the host's PID namespace"],
    ]);
  });

  it('sudo docker run --privileged with the Docker socket, continued over lines; the text report names the source', async () => {
    const script = [
      '#!/bin/bash',
      'set -euo pipefail',
      '',
      'sudo docker run -d --name agent \\',
      '  --privileged \\',
      '  -v /var/run/docker.sock:/var/run/docker.sock \\',
      '  example/agent:1.2',
      '',
    ].join('\n');
    const result = await run({ 'scripts/deploy.sh': script });
    expect(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '5:3 privileged-container docker run in scripts/deploy.sh:4 runs privileged: it has every capability and device of the host',
      '6:6 docker-socket-mount docker run in scripts/deploy.sh:4 mounts the Docker API socket /var/run/docker.sock: it can control the engine and through it the host',
    ]);
    expect(result.files).toEqual([{ file: 'scripts/deploy.sh', kind: 'shell', status: 'linted' }]);
    const text = formatterNamed('text')!.format({ result, profile: 'recommended', rules: allRules, cwd }, { color: false });
    expect(text).toContain('scripts/deploy.sh:5:3 error privileged-container docker run in scripts/deploy.sh:4 runs privileged');
  });

  it('is not fooled by a docker run in a comment or a string, docker build, --privileged=false or a named volume', async () => {
    const script = [
      '# docker run --privileged --pid=host alpine:3.20',
      'echo "docker run --privileged -v /:/host alpine:3.20"',
      "printf '%s\\n' 'docker run --pid=host x'",
      'docker build --network=host -t app:1.0 .',
      'docker run --rm --privileged=false -v data:/var/run alpine:3.20 true',
      'docker compose run --rm app',
      '',
    ].join('\n');
    expect(await found({ 'deploy.sh': script })).toEqual([]);
  });

  it('files that name no container CLI do not need the shell parser', () => {
    const file = (text: string) => ({ path: '/p/a.sh', display: 'a.sh', root: '/p', named: false, text });
    for (const source of allSources.filter((s) => ['shell', 'makefile', 'markdown'].includes(s.kind))) {
      const needs = source.usesShellParser as (files: ReturnType<typeof file>[], options: { cwd: string }) => boolean;
      expect(needs([file('make all\n')], { cwd: '/' }), source.kind).toBe(false);
      expect(needs([file('make all\n'), file('podman run x\n')], { cwd: '/' }), source.kind).toBe(true);
    }
  });

  it('a script with no docker run line is linted and silent', async () => {
    const result = await run({ 'build.sh': '#!/bin/sh\nmake all\n' });
    expect(result).toMatchObject({ findings: [], errors: [], notes: [], files: [{ file: 'build.sh', kind: 'shell', status: 'linted' }] });
  });

  it('podman, nerdctl, docker container run/create, global options before the subcommand, commands inside sh -c and $(…)', async () => {
    const script = [
      'podman run --rm --network=host fedora:40 true',
      'nerdctl run --rm --ipc=host alpine:3.20 true',
      'docker container run --rm --uts=host alpine:3.20 true',
      'docker -H tcp://10.0.0.5:2376 --context prod create --userns host alpine:3.20',
      'sh -c "docker run --rm --cgroupns=host alpine:3.20 true"',
      'id=$(docker run -d --cap-add SYS_ADMIN alpine:3.20 sleep 60)',
      'timeout 60 env A=1 podman container run --security-opt seccomp=unconfined alpine:3.20',
      '',
    ].join('\n');
    const result = await run({ 'ci.sh': script });
    expect(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      '1:17 host-network podman run in ci.sh:1',
      '2:18 host-ipc nerdctl run in ci.sh:2',
      '3:27 host-uts docker run in ci.sh:3',
      '4:53 host-userns docker create in ci.sh:4',
      '5:24 host-cgroupns docker run in ci.sh:5',
      '6:30 dangerous-capability docker run in ci.sh:6',
      '7:41 seccomp-disabled podman run in ci.sh:7',
    ]);
  });

  it('fingerprints do not move when lines are added above (the title has a line number, the logical key does not)', async () => {
    const before = await run({ 'deploy.sh': 'docker run --rm --pid=host agent:1.0\n' });
    const after = await run({ 'deploy.sh': '#!/bin/sh\nset -e\n\ndocker run --rm --pid=host agent:1.0\n' });
    expect(after.findings[0]!.message).toBe("docker run in deploy.sh:4 shares the host's PID namespace");
    expect(after.findings[0]!.logicalKey).toBe(before.findings[0]!.logicalKey);
    expect(before.findings[0]!.logicalKey).toBe("docker run --rm --pid=host agent:1.0|17|docker run agent:1.0 shares the host's PID namespace");
  });

  it('a container that joins another one\'s namespace (--network container:vpn) is judged as that one', async () => {
    const script = [
      'docker run -d --name vpn --network host example/vpn:2.0',
      'docker run -d --network container:vpn example/app:1.0',
      'docker run -d --network container:elsewhere example/app:1.0',
      'docker run -d --pid container:example/vpn:2.0 example/app:1.0',
      '',
    ].join('\n');
    const result = await run({ 'up.sh': script });
    expect(result.findings.map((f) => [`${f.location.startLine}:${f.location.startColumn}`, f.ruleId, f.message, f.related.map((r) => `${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)])).toEqual([
      ['1:26', 'host-network', "docker run in up.sh:1 uses the host's network stack", []],
      ['2:15', 'host-network', "docker run in up.sh:2 uses the host's network stack: it joins the network namespace of docker run in up.sh:1, which is on the host network", ['1:26 docker run in up.sh:1 is on the host network here']],
    ]);
  });

  it('the command after the image is judged as a container command: modprobe', async () => {
    expect(await found({ 'k.sh': 'docker run --rm alpine:3.20 sh -c "modprobe br_netfilter"\n' })).toEqual(['k.sh:1:36 kernel-module-load']);
  });

  it('$IMAGE and $OPTS are not guessed; options hidden in $OPTS are a note', async () => {
    const result = await run({ 'deploy.sh': 'docker run --rm $DOCKER_OPTS "$IMAGE" "$@"\ndocker run --frob x:1 true\n' });
    expect(result.findings).toEqual([]);
    expect(result.notes.map((n) => `${n.file}:${n.line}:${n.column} ${n.message}`)).toEqual([
      'deploy.sh:1:17 docker run in deploy.sh:1: $DOCKER_OPTS may hold options that are not read; settings it gives are not checked',
      'deploy.sh:2:12 docker run in deploy.sh:2: unknown option --frob; if it takes a value, the image and command after it may be misread',
    ]);
  });

  it('suppression comments work, on the line before a continued command and at the end of a line', async () => {
    const script = [
      '# isolint-ignore: host-pid -- the node agent reads host processes',
      'docker run --rm \\',
      '  --pid=host agent:1.0',
      'docker run --rm --ipc=host agent:1.0 # isolint-ignore: host-ipc -- shared memory with the host daemon',
      'docker run --rm --pid=host agent:1.0',
      '',
    ].join('\n');
    const result = await run({ 'agent.sh': script });
    expect(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual(['5:17 host-pid']);
    expect(result.suppressed.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual(['3:3 host-pid', '4:17 host-ipc']);
  });

  it('a file without an extension is a shell script by its shebang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-shebang-'));
    temps.push(dir);
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'deploy'), '#!/usr/bin/env bash\ndocker run --rm --pid=host alpine:3.20 ps\n');
    writeFileSync(join(dir, 'bin', 'notes'), 'docker run --pid=host alpine:3.20 ps\n');
    for (const paths of [[dir], [join(dir, 'bin', 'deploy')]]) {
      const result = await lint({ paths, cwd: dir, config: false });
      expect(result.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual(['bin/deploy:2:17 host-pid']);
      expect(result.files.find((f) => f.file === 'bin/deploy')?.kind).toBe('shell');
    }
  });
});

describe('docker run in a Makefile recipe', () => {
  const makefile = [
    'IMAGE ?= example/app:1.0',
    'SHELL := /bin/bash',
    '',
    '.PHONY: run debug',
    'run: build',
    '\t@echo "docker run --privileged $(IMAGE)"',
    '\t@docker run --rm -v $$HOME/.ssh:/root/.ssh \\',
    '\t  --pid=host $(IMAGE)',
    '\t-sudo docker run --rm $(IMAGE) true',
    '',
    '# isolint-ignore: privileged-container -- the debug target is for the lab machine',
    'debug: ; docker run --privileged $(IMAGE)',
    'lab:',
    '\tdocker run --privileged $(IMAGE)',
    'VAR = docker run --privileged x',
    '\tdocker run --privileged not-a-recipe',
    '',
  ].join('\n');

  it('reads recipe lines only, with $$ as a literal $ and $(IMAGE) unresolved, at exact columns', async () => {
    const result = await run({ Makefile: makefile });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      '7:22 sensitive-host-mount docker run in Makefile:7 mounts ~/.ssh read-write: an SSH directory (keys and authorized_keys)',
      '8:4 host-pid docker run in Makefile:7 shares the host\'s PID namespace',
      '14:13 privileged-container docker run in Makefile:14 runs privileged: it has every capability and device of the host',
    ]);
    expect(result.suppressed.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual(['12:21 privileged-container']);
    expect(result.files).toEqual([{ file: 'Makefile', kind: 'makefile', status: 'linted' }]);
  });

  it('an include file *.mk is a Makefile too', async () => {
    expect(await found({ 'docker.mk': 'up:\n\tdocker run -d --network host app:1.0\n' })).toEqual(['docker.mk:2:16 host-network']);
  });
});

describe('docker run in Markdown code blocks', () => {
  const readme = [
    '# Agent',
    '',
    'Run `docker run --privileged x` inline: not a block.',
    '',
    '```console',
    '$ docker run --rm --network=host example/agent:1.2',
    'docker run --privileged output-is-not-a-command',
    '# docker run --rm \\',
    '    --pid=host example/agent:1.2',
    '```',
    '',
    '- In a list:',
    '',
    '  ```bash',
    '  docker run --rm --ipc=host example/agent:1.2',
    '  ```',
    '',
    '```yaml',
    'command: docker run --privileged x',
    '```',
    '',
    '```sh',
    'docker run -v /:/host example/agent:1.2 # isolint-ignore: sensitive-host-mount -- documented on purpose',
    '```',
    '',
  ].join('\n');

  it('reads sh/bash/shell blocks and the prompted lines of console blocks, prompt stripped', async () => {
    const result = await run({ 'README.md': readme });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      '6:19 host-network docker run in README.md:6',
      '9:5 host-pid docker run in README.md:8',
      '15:19 host-ipc docker run in README.md:15',
    ]);
    expect(result.suppressed.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual(['23:15 sensitive-host-mount']);
    expect(result.files).toEqual([{ file: 'README.md', kind: 'markdown', status: 'linted' }]);
  });

  it('a walk reads Markdown only with --include-docs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isolint-docs-'));
    temps.push(dir);
    writeFileSync(join(dir, 'README.md'), readme);
    const off = await lint({ paths: [dir], cwd: dir, config: false });
    expect(off.files).toEqual([]);
    const on = await lint({ paths: [dir], cwd: dir, config: false, includeDocs: true });
    expect(on.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`)).toEqual([
      'README.md:6:19 host-network',
      'README.md:9:5 host-pid',
      'README.md:15:19 host-ipc',
    ]);
  });
});

describe('docker run in a Dockerfile RUN step', () => {
  it('is a container of its own, beside the image', async () => {
    const dockerfile = ['FROM docker:27.3-cli', 'RUN docker run --rm --pid=host alpine:3.20 ps', 'USER 1000', ''].join('\n');
    const result = await run({ Dockerfile: dockerfile });
    expect(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId} ${f.message}`)).toEqual([
      "2:21 host-pid docker run in Dockerfile:2 shares the host's PID namespace",
    ]);
  });
});

describe('messages name docker run flags, not Compose keys', () => {
  it('root-user, capabilities-not-dropped, limits, read-only, device cgroup rules, environment', async () => {
    const script = [
      "docker run -u root --cap-drop NET_RAW --read-only=false --device-cgroup-rule 'a *:* rwm' -e DB_PASSWORD=hunter2 app:1.0",
      'docker run app:1.0',
      '',
    ].join('\n');
    const result = await run({ 'm.sh': script }, 'strict');
    const messages = result.findings
      .filter((f) => ['root-user', 'capabilities-not-dropped', 'writable-root-filesystem', 'no-pids-limit', 'no-memory-limit', 'no-cpu-limit', 'host-device', 'plaintext-secret-env'].includes(f.ruleId))
      .map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.message}`);
    expect(messages).toEqual([
      '1:8 docker run in m.sh:1 keeps the default capabilities (--cap-drop does not contain ALL)',
      '1:8 docker run in m.sh:1 has no CPU limit (--cpus or --cpu-quota)',
      '1:8 docker run in m.sh:1 has no memory limit (--memory)',
      '1:8 docker run in m.sh:1 has no process-count limit (--pids-limit)',
      '1:12 docker run in m.sh:1 runs as root (--user root)',
      '1:39 docker run in m.sh:1 sets --read-only to false: its root filesystem is writable',
      '1:57 docker run in m.sh:1 may open every device on the host (--device-cgroup-rule a *:* rwm)',
      '1:93 docker run in m.sh:1 sets DB_PASSWORD to a literal value in --env',
      '2:8 docker run in m.sh:2 keeps the default capabilities (no --cap-drop ALL)',
      '2:8 docker run in m.sh:2 has no CPU limit (--cpus or --cpu-quota)',
      '2:8 docker run in m.sh:2 has no memory limit (--memory)',
      '2:8 docker run in m.sh:2 has no process-count limit (--pids-limit)',
      '2:8 docker run in m.sh:2 sets no --user, so it runs as whatever user its image defaults to (often root)',
      '2:8 docker run in m.sh:2 does not set --read-only, so its root filesystem is writable',
    ]);
  });
});
