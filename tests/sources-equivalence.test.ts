/**
 * Issue 16's first "Done when": the same container written as a Compose service, a `docker
 * run` line in a shell script, a GitHub Actions job container, a devcontainer.json and a
 * Podman Quadlet unit gives the same set of rule ids from each, because every source produces
 * the one runtime model the rules read.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import type { Profile } from '../src/engine/rule.js';

/** The same settings in each source's own words. */
const DANGEROUS: Record<string, { path: string; text: string }> = {
  compose: {
    path: 'compose.yaml',
    text: [
      'services:',
      '  app:',
      '    image: alpine:3.20',
      '    privileged: true',
      '    pid: host',
      '    network_mode: host',
      '    user: root',
      '    cap_add: [SYS_ADMIN]',
      '    security_opt: ["seccomp:unconfined", "apparmor:unconfined"]',
      '    volumes:',
      '      - /var/run/docker.sock:/var/run/docker.sock',
      '      - /etc:/host-etc',
      '    devices: ["/dev/mem:/dev/mem"]',
      '    ports: ["5432:5432"]',
      '    environment:',
      '      DB_PASSWORD: hunter2hunter2',
      '',
    ].join('\n'),
  },
  'docker run': {
    path: 'scripts/deploy.sh',
    text: [
      '#!/bin/sh',
      'docker run -d --privileged --pid=host --network host --user root \\',
      '  --cap-add SYS_ADMIN --security-opt seccomp=unconfined --security-opt apparmor=unconfined \\',
      '  -v /var/run/docker.sock:/var/run/docker.sock -v /etc:/host-etc \\',
      '  --device /dev/mem:/dev/mem -p 5432:5432 -e DB_PASSWORD=hunter2hunter2 \\',
      '  alpine:3.20',
      '',
    ].join('\n'),
  },
  workflow: {
    path: '.github/workflows/ci.yml',
    text: [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    container:',
      '      image: alpine:3.20',
      '      options: >-',
      '        --privileged --pid=host --network host --user root',
      '        --cap-add SYS_ADMIN --security-opt seccomp=unconfined --security-opt apparmor=unconfined',
      '        --device /dev/mem:/dev/mem',
      '      volumes:',
      '        - /var/run/docker.sock:/var/run/docker.sock',
      '        - /etc:/host-etc',
      '      ports: ["5432:5432"]',
      '      env:',
      '        DB_PASSWORD: hunter2hunter2',
      '    steps:',
      '      - run: echo hi',
      '',
    ].join('\n'),
  },
  devcontainer: {
    path: '.devcontainer/devcontainer.json',
    text: [
      '{',
      '  "image": "alpine:3.20",',
      '  "privileged": true,',
      '  "runArgs": ["--pid=host", "--network=host", "--device=/dev/mem:/dev/mem", "-p", "5432:5432"],',
      '  "containerUser": "root",',
      '  "capAdd": ["SYS_ADMIN"],',
      '  "securityOpt": ["seccomp=unconfined", "apparmor=unconfined"],',
      '  "mounts": [',
      '    "source=/var/run/docker.sock,target=/var/run/docker.sock,type=bind",',
      '    { "source": "/etc", "target": "/host-etc", "type": "bind" }',
      '  ],',
      '  "containerEnv": { "DB_PASSWORD": "hunter2hunter2" },',
      '}',
      '',
    ].join('\n'),
  },
  Quadlet: {
    path: 'quadlet/app.container',
    text: [
      '[Container]',
      'Image=alpine:3.20',
      'PodmanArgs=--privileged --pid=host',
      'Network=host',
      'User=root',
      'AddCapability=SYS_ADMIN',
      'SeccompProfile=unconfined',
      'PodmanArgs=--security-opt apparmor=unconfined',
      'Volume=/var/run/docker.sock:/var/run/docker.sock',
      'Volume=/etc:/host-etc',
      'AddDevice=/dev/mem:/dev/mem',
      'PublishPort=5432:5432',
      'Environment=DB_PASSWORD=hunter2hunter2',
      '',
    ].join('\n'),
  },
};

/** A hardened container in each source's words: nothing in the recommended profile. */
const HARDENED: Record<string, { path: string; text: string }> = {
  compose: { path: 'compose.yaml', text: 'services:\n  app:\n    image: alpine:3.20\n    user: "1000"\n    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n    read_only: true\n    pids_limit: 100\n    mem_limit: 256m\n    cpus: 1\n    ports: ["127.0.0.1:8080:8080"]\n' },
  'docker run': {
    path: 'scripts/deploy.sh',
    text: '#!/bin/sh\ndocker run --rm --user 1000 --cap-drop ALL --security-opt no-new-privileges:true --read-only --pids-limit 100 --memory 256m --cpus 1 -p 127.0.0.1:8080:8080 alpine:3.20\n',
  },
  workflow: {
    path: '.github/workflows/ci.yml',
    text: 'jobs:\n  build:\n    container:\n      image: alpine:3.20\n      options: --user 1000 --cap-drop ALL --security-opt no-new-privileges:true --read-only --pids-limit 100 --memory 256m --cpus 1\n      ports: ["127.0.0.1:8080:8080"]\n',
  },
  devcontainer: {
    path: '.devcontainer/devcontainer.json',
    text: '{\n  // hardened\n  "image": "alpine:3.20",\n  "containerUser": "1000",\n  "runArgs": ["--cap-drop=ALL", "--read-only", "--pids-limit=100", "--memory=256m", "--cpus=1", "-p", "127.0.0.1:8080:8080"],\n  "securityOpt": ["no-new-privileges:true"],\n}\n',
  },
  Quadlet: {
    path: 'quadlet/app.container',
    text: '[Container]\nImage=alpine:3.20\nUser=1000\nDropCapability=ALL\nNoNewPrivileges=true\nReadOnly=true\nPidsLimit=100\nMemory=256m\nPodmanArgs=--cpus 1\nPublishPort=127.0.0.1:8080:8080\n',
  },
};

async function ruleIds(input: { path: string; text: string }, profile: Profile): Promise<string[]> {
  const result = await lint({ files: [input], profile, config: false });
  expect(result.errors, input.path).toEqual([]);
  expect(result.files.map((f) => f.status), input.path).toEqual(['linted']);
  return [...new Set(result.findings.map((f) => f.ruleId))].sort();
}

describe('one container, five sources, one set of rule ids', () => {
  it('dangerous settings: privileged, host PID and network, root, SYS_ADMIN, seccomp and AppArmor off, the engine socket, /etc, /dev/mem, a database port, a literal secret', async () => {
    const expected = [
      'apparmor-disabled',
      'dangerous-capability',
      'docker-socket-mount',
      'exposed-internal-port',
      'host-device',
      'host-network',
      'host-pid',
      'plaintext-secret-env',
      'privileged-container',
      'root-user',
      'seccomp-disabled',
      'sensitive-host-mount',
    ];
    for (const [source, input] of Object.entries(DANGEROUS)) expect(await ruleIds(input, 'recommended'), source).toEqual(expected);
  });

  it('a hardened container gives nothing from any source in the recommended profile, and the same one note in the strict profile', async () => {
    for (const [source, input] of Object.entries(HARDENED)) expect(await ruleIds(input, 'recommended'), source).toEqual([]);
    // Strict adds only the digest pin, which none of them has: every limit, drop and flag is read from each.
    for (const [source, input] of Object.entries(HARDENED)) expect(await ruleIds(input, 'strict'), source).toEqual(['image-not-digest-pinned']);
  });
});
