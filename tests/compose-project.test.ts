/** Project assembly: which files make a project, merge rules, extends, include. */
import { beforeAll, describe, expect, it } from 'vitest';
import { groupProjects } from '../src/compose/project.js';
import { initShellParser } from '../src/shell.js';
import { at, load, loadTexts, service, tempProject } from './support/compose.js';

beforeAll(() => initShellParser());

describe('groupProjects', () => {
  it('merges a folder override onto the base Compose would pick', () => {
    expect(groupProjects(['/p/compose.yaml', '/p/compose.override.yaml', '/p/other.yml', '/q/docker-compose.yml'])).toEqual([
      ['/p/other.yml'],
      ['/p/compose.yaml', '/p/compose.override.yaml'],
      ['/q/docker-compose.yml'],
    ]);
  });

  it('prefers compose.yaml over docker-compose.yml, and lints the other base on its own', () => {
    expect(groupProjects(['/p/docker-compose.yml', '/p/compose.yaml', '/p/docker-compose.override.yml'])).toEqual([
      ['/p/docker-compose.yml'],
      ['/p/compose.yaml', '/p/docker-compose.override.yml'],
    ]);
  });

  it('never lints an override alone while its folder has a base; alone when it has none', () => {
    expect(groupProjects(['/p/compose.yaml', '/p/compose.override.yml', '/p/docker-compose.override.yml'])).toEqual([
      ['/p/compose.yaml', '/p/compose.override.yml'],
      ['/p/compose.yaml', '/p/docker-compose.override.yml'],
    ]);
    expect(groupProjects(['/p/compose.override.yaml'])).toEqual([['/p/compose.override.yaml']]);
  });
});

describe('override files', () => {
  const dir = 'fixtures/compose/override';
  const result = () => load([dir]);

  it('loads base and override as one project, both files linted', () => {
    const r = result();
    expect(r.errors).toEqual([]);
    expect(r.projects).toEqual([{ files: [`${dir}/compose.yaml`, `${dir}/compose.override.yaml`], services: ['web', 'debug'] }]);
    expect(r.files).toEqual([
      { file: `${dir}/compose.override.yaml`, kind: 'compose', status: 'linted' },
      { file: `${dir}/compose.yaml`, kind: 'compose', status: 'linted' },
    ]);
  });

  it('keeps the service where the base defines it, and each value where it is written', () => {
    const web = service(result(), 'web');
    expect([at(web.name.loc), web.file]).toEqual([`${dir}/compose.yaml:2:3`, `${dir}/compose.yaml`]);
    expect(at(web.image!.loc)).toBe(`${dir}/compose.yaml:3:12`);
    expect(at(web.privileged!.loc)).toBe(`${dir}/compose.override.yaml:3:17`);
    expect(service(result(), 'debug').file).toBe(`${dir}/compose.override.yaml`);
  });

  it('replaces command and healthcheck.test', () => {
    const web = service(result(), 'web');
    expect(web.command?.written.value).toBe("nginx-debug -g 'daemon off;'");
    expect(at(web.command!.loc)).toBe(`${dir}/compose.override.yaml:4:14`);
    expect(web.healthcheck).toEqual({ disabled: true, hasTest: true, loc: web.healthcheck!.loc });
    expect(at(web.healthcheck!.loc)).toBe(`${dir}/compose.override.yaml:16:13`);
  });

  it('merges environment and sysctls by name across the map and list forms', () => {
    const web = service(result(), 'web');
    expect(web.environment.map((e) => `${e.name.value}=${e.value?.value}@${at(e.value?.loc)}`)).toEqual([
      `LOG_LEVEL=info@${dir}/compose.yaml:6:19`,
      `MODE=debug@${dir}/compose.override.yaml:6:13`,
      `EXTRA=1@${dir}/compose.override.yaml:7:14`,
    ]);
    expect(web.sysctls.map((e) => `${e.name.value}=${e.value?.value}@${at(e.name.loc)}`)).toEqual([
      `net.core.somaxconn=1024@${dir}/compose.yaml:14:7`,
      `net.ipv4.ip_forward=1@${dir}/compose.override.yaml:14:9`,
    ]);
  });

  it('appends ports and capabilities, and replaces a volume with the same target', () => {
    const web = service(result(), 'web');
    expect(web.ports.map((p) => `${p.published}:${p.target}@${at(p.loc)}`)).toEqual([`8080:80@${dir}/compose.yaml:9:9`, `8443:443@${dir}/compose.override.yaml:9:9`]);
    expect(web.capAdd.map((c) => `${c.value}@${at(c.loc)}`)).toEqual([`NET_BIND_SERVICE@${dir}/compose.yaml:12:15`, `SYS_PTRACE@${dir}/compose.override.yaml:12:15`]);
    expect(web.mounts.map((m) => [m.source?.value, m.target?.value, m.readOnly, at(m.loc)])).toEqual([
      ['./debug-html', '/usr/share/nginx/html', false, `${dir}/compose.override.yaml:11:9`],
    ]);
  });

  it('lints an override given alone as its own project', () => {
    const r = load([`${dir}/compose.override.yaml`]);
    expect(r.projects).toEqual([{ files: [`${dir}/compose.override.yaml`], services: ['web', 'debug'] }]);
  });
});

describe('-c files and merge details', () => {
  it('merges the named files in order as one project', () => {
    const r = load([], { files: ['fixtures/compose/override/compose.override.yaml', 'fixtures/compose/override/compose.yaml'] });
    expect(r.projects.map((p) => p.files)).toEqual([['fixtures/compose/override/compose.override.yaml', 'fixtures/compose/override/compose.yaml']]);
    // The later file wins: here the base.
    expect(service(r, 'web').command?.written.value).toEqual(['nginx', '-g', 'daemon off;']);
    expect(r.files.map((f) => f.file).sort()).toEqual(['fixtures/compose/override/compose.override.yaml', 'fixtures/compose/override/compose.yaml']);
  });

  it('does not lint a -c file a second time when it is also found by walking', () => {
    const r = load(['fixtures/compose/override'], { files: ['fixtures/compose/override/compose.yaml', 'fixtures/compose/override/compose.override.yaml'] });
    expect(r.projects.map((p) => p.files)).toEqual([['fixtures/compose/override/compose.yaml', 'fixtures/compose/override/compose.override.yaml']]);
  });

  it('reports a missing -c file as an error for that file', () => {
    const r = load([], { files: ['fixtures/compose/nope.yaml'] });
    expect(r.errors).toEqual([{ file: 'fixtures/compose/nope.yaml', message: 'no such file or directory' }]);
    expect(r.files).toEqual([{ file: 'fixtures/compose/nope.yaml', kind: 'compose', status: 'error' }]);
  });

  it('honours !reset and !override', () => {
    const r = loadTexts({
      'm/compose.yaml': 'services:\n  a:\n    image: x:1\n    ports: ["80:80"]\n    cap_add: [NET_ADMIN]\n    privileged: true\n',
      'm/compose.override.yaml': 'services:\n  a:\n    ports: !override ["8080:80"]\n    cap_add: !reset []\n    privileged: !reset null\n',
    });
    const a = service(r, 'a');
    expect(a.ports.map((p) => p.published)).toEqual(['8080']);
    expect(a.capAdd).toEqual([]);
    expect(a.privileged).toBeUndefined();
  });

  it('treats a null override as no change and build: string as its context', () => {
    const r = loadTexts({
      'n/compose.yaml': 'services:\n  a:\n    build: ./app\n    user: "1000"\n',
      'n/compose.override.yaml': 'services:\n  a:\n    user:\n    build:\n      target: dev\n',
    });
    const a = service(r, 'a');
    expect(a.user?.value).toBe('1000');
    expect([a.build?.context?.value, a.build?.target?.value]).toEqual(['./app', 'dev']);
  });
});

describe('extends', () => {
  const dir = 'fixtures/compose/extends';

  it('merges the extended service under the extending one, values keeping their files', () => {
    const r = load([dir]);
    expect(r.errors).toEqual([]);
    const child = service(r, 'child');
    expect(at(child.name.loc)).toBe(`${dir}/compose.yaml:7:3`);
    expect(`${child.user?.value}@${at(child.user?.loc)}`).toBe(`1000@${dir}/compose.yaml:4:11`);
    expect(child.environment.map((e) => e.name.value)).toEqual(['A', 'B']);
  });

  it('reads another file, resolving its relative paths against that file', () => {
    const remote = service(load([dir]), 'remote');
    expect(`${remote.image?.value}@${at(remote.image?.loc)}`).toBe(`alpine:3.21@${dir}/compose.yaml:15:12`);
    expect(remote.capAdd.map((c) => `${c.value}@${at(c.loc)}`)).toEqual([`SYS_ADMIN@${dir}/common/base.yaml:4:15`]);
    expect(remote.mounts[0]!.hostPath).toBe(`${process.cwd()}/${dir}/common/data`);
  });

  it('reports a cycle and an unknown base without failing the other services', () => {
    const r = loadTexts({
      'e/compose.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n    image: b:1\n  c:\n    extends: nope\n    image: c:1\n',
    });
    expect(r.containers.map((c) => c.name.value)).toEqual(['a', 'b', 'c']);
    expect(r.errors).toEqual([
      { file: 'e/compose.yaml', message: 'service b: extends a goes round in a circle', line: 5, column: 14 },
      { file: 'e/compose.yaml', message: 'service c: extends nope, which is not a service', line: 8, column: 14 },
    ]);
  });

  it('notes an extended file that is not in the checkout and lints the service on its own settings', () => {
    const r = loadTexts({
      'x/compose.yaml': 'services:\n  app:\n    extends:\n      file: ../shared/base.yaml\n      service: base\n    privileged: true\n',
    });
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      { file: 'x/compose.yaml', message: 'extended file shared/base.yaml is not there: the settings taken from it were not checked', line: 4, column: 13 },
    ]);
    expect(service(r, 'app').privileged?.value).toBe(true);
  });
});

describe('include', () => {
  const dir = 'fixtures/compose/include';

  it('adds the included project’s services, interpolated with its own .env', () => {
    const r = load([`${dir}/compose.yaml`]);
    expect(r.errors).toEqual([]);
    expect(r.projects).toEqual([{ files: [`${dir}/compose.yaml`], services: ['app', 'db'] }]);
    const db = service(r, 'db');
    expect([db.image?.value, at(db.image?.loc), db.file]).toEqual(['postgres:16.3', `${dir}/sub/compose.yaml:3:12`, `${dir}/sub/compose.yaml`]);
    expect(db.mounts[0]!.hostPath).toBe(`${process.cwd()}/${dir}/sub/pgdata`);
    expect(service(r, 'app').image?.value).toBe('example/app:2.0');
  });

  it('reports a missing include, a cycle and a conflicting service at the include entry', () => {
    const dir = tempProject({
      'i/compose.yaml': 'include:\n  - missing.yaml\n  - loop.yaml\n  - dup.yaml\nservices:\n  a:\n    image: a:1\n',
      'i/loop.yaml': 'include:\n  - compose.yaml\nservices:\n  l:\n    image: l:1\n',
      'i/dup.yaml': 'services:\n  a:\n    image: other:1\n',
    });
    const r = load(['i/compose.yaml'], {}, dir);
    expect(r.notes).toEqual([{ file: 'i/compose.yaml', message: 'include missing.yaml is not there: its services were not checked', line: 2, column: 5 }]);
    expect(r.errors).toEqual([
      { file: 'i/loop.yaml', message: 'include compose.yaml: it includes itself (directly or through other files)', line: 2, column: 5 },
      { file: 'i/compose.yaml', message: 'include dup.yaml: service a is defined both here and in the included file', line: 4, column: 5 },
    ]);
    const names = r.projects.find((p) => p.files[0] === 'i/compose.yaml')!.services;
    expect(names).toEqual(['a', 'l']);
  });
});

describe('anchors and merge keys in a project', () => {
  const F = 'fixtures/compose/anchors/compose.yaml';

  it('reports values that came through <<: and aliases where the anchor writes them', () => {
    const r = load(['fixtures/compose/anchors']);
    const two = service(r, 'two');
    expect([at(two.privileged!.loc), two.capAdd.map((c) => at(c.loc)), at(two.readOnly!.loc), two.readOnly!.value]).toEqual([
      `${F}:5:15`,
      [`${F}:7:7`],
      `${F}:18:16`,
      false,
    ]);
    expect(service(r, 'one').capDrop.map((c) => at(c.loc))).toEqual([`${F}:3:14`]);
    expect(service(r, 'three').ports.map((p) => at(p.loc))).toEqual([`${F}:9:5`]);
  });
});

describe('profiles', () => {
  it('lints a service that only runs under a profile', () => {
    const r = loadTexts({ 'p/compose.yaml': 'services:\n  a:\n    image: a:1\n  debug:\n    image: d:1\n    profiles: [debug]\n    privileged: true\n' });
    expect(r.containers.map((c) => c.name.value)).toEqual(['a', 'debug']);
  });
});
