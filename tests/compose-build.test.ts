/** The Dockerfile behind `build:`: target, args, inline Dockerfiles, missing files, the project root. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { initShellParser } from '../src/shell.js';
import { at, load, root, service, tempProject } from './support/compose.js';

const dir = 'fixtures/compose/build';
beforeAll(() => initShellParser());

describe('build: → builtImage', () => {
  it('parses the Dockerfile of the context, registered as a source under its display path', () => {
    const r = load([dir]);
    const api = service(r, 'api');
    expect(api.builtImage?.file).toBe(`${dir}/api/Dockerfile`);
    const stage = api.builtImage!.builtStage!;
    expect(api.builtImage!.effectiveUser(stage)?.written.value).toBe('app');
    expect(r.sources.get(`${dir}/api/Dockerfile`)?.text).toContain('USER app');
  });

  it('honours build.target and passes build.args', () => {
    const r = load([dir]);
    const builder = service(r, 'builder').builtImage!;
    expect([builder.builtStage?.index, builder.builtStage?.base.resolved]).toEqual([0, 'debian:12']);
    expect(service(r, 'runtime').builtImage!.builtStage?.index).toBe(1);
  });

  it('parses a literal dockerfile_inline in place, so its locations are exact in the Compose file', () => {
    const image = service(load([dir]), 'inline').builtImage!;
    expect(at(image.builtStage!.from.keywordLoc)).toBe(`${dir}/compose.yaml:17:9`);
    expect(at(image.instructions[1]!.loc)).toBe(`${dir}/compose.yaml:18:9`);
  });

  it('places every location of a quoted dockerfile_inline on the scalar', () => {
    const image = service(load([dir]), 'quoted').builtImage!;
    const stage = image.builtStage!;
    expect(image.effectiveUser(stage)?.written.value).toBe('nobody');
    expect(at(image.effectiveUser(stage)!.written.loc)).toBe(`${dir}/compose.yaml:21:26`);
    expect(at(stage.from.keywordLoc)).toBe(`${dir}/compose.yaml:21:26`);
  });

  it('notes a missing Dockerfile and an unknown target, still linting the service', () => {
    const r = load([`${dir}/broken.compose.yaml`]);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      {
        file: `${dir}/broken.compose.yaml`,
        message: `service missing: its Dockerfile ${dir}/missing/Dockerfile is not there, so its image's USER and HEALTHCHECK were not checked`,
        line: 5,
        column: 16,
      },
      {
        file: `${dir}/broken.compose.yaml`,
        message: `service badtarget: build target "nope" is not a stage of ${dir}/api/Dockerfile, so its image's USER and HEALTHCHECK were not checked`,
        line: 9,
        column: 15,
      },
    ]);
    expect(service(r, 'missing').builtImage).toBeUndefined();
    expect(r.files).toEqual([{ file: `${dir}/broken.compose.yaml`, kind: 'compose', status: 'linted' }]);
  });

  it('loads every build of the fixture project without an error', () => {
    expect(load([dir]).errors).toEqual([]);
  });
});

describe('root-user across files', () => {
  it('passes a service whose Dockerfile ends in USER app, and flags one built to a root stage, pointing at both files', async () => {
    const result = await lint({ paths: [`${dir}/compose.yaml`], cwd: root });
    const rootUser = result.findings.filter((f) => f.ruleId === 'root-user');
    expect(rootUser.map((f) => [at(f.location), f.related.map((x) => at(x.loc))])).toEqual([
      [`${dir}/compose.yaml:4:3`, [`${dir}/multi/Dockerfile:2:1`]],
      [`${dir}/compose.yaml:14:3`, [`${dir}/compose.yaml:17:9`]],
    ]);
  });
});

describe('the project root', () => {
  const files = {
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'repo/app/compose.yaml': 'services:\n  inside:\n    build: ./api\n  outside:\n    build: ../../elsewhere\n  absolute:\n    build:\n      context: ./api\n      dockerfile: ../../../elsewhere/Dockerfile\n',
    'repo/app/api/Dockerfile': 'FROM alpine:3.20\nUSER app\n',
    'elsewhere/Dockerfile': 'FROM alpine:3.20\n',
  };

  it('does not read a context or Dockerfile outside the enclosing git repository', () => {
    const tmp = tempProject(files);
    const r = load(['repo/app'], {}, tmp);
    expect(service(r, 'inside').builtImage).toBeDefined();
    expect(service(r, 'outside').builtImage).toBeUndefined();
    expect(r.errors).toEqual([]);
    const unchecked = "so its image's USER and HEALTHCHECK were not checked";
    expect(r.notes).toEqual([
      {
        file: 'repo/app/compose.yaml',
        message: `service outside: the build context elsewhere is outside the project root repo and was not read (--allow-outside-context reads it), ${unchecked}`,
        line: 5,
        column: 12,
      },
      {
        file: 'repo/app/compose.yaml',
        message: `service absolute: the Dockerfile elsewhere/Dockerfile is outside the project root repo and was not read (--allow-outside-context reads it), ${unchecked}`,
        line: 9,
        column: 19,
      },
    ]);
  });

  it('reads it with allowOutsideContext', () => {
    const tmp = tempProject(files);
    const r = load(['repo/app'], { allowOutsideContext: true }, tmp);
    expect(r.errors).toEqual([]);
    expect(service(r, 'outside').builtImage?.file).toBe('elsewhere/Dockerfile');
  });

  it('uses the linted folder as the root when there is no git repository, wherever isolint is started', () => {
    const tmp = tempProject({
      'proj/compose.yaml': 'services:\n  a:\n    build: ../other\n  b:\n    build: ./api\n',
      'proj/api/Dockerfile': 'FROM alpine:3.20\nUSER app\n',
      'other/Dockerfile': 'FROM alpine:3.20\n',
    });
    mkdirSync(join(tmp, 'elsewhere'));
    const fromInside = load(['.'], {}, join(tmp, 'proj'));
    const fromElsewhere = load([join(tmp, 'proj')], {}, join(tmp, 'elsewhere'));
    for (const r of [fromInside, fromElsewhere]) {
      expect(r.errors).toEqual([]);
      expect(service(r, 'b').builtImage).toBeDefined();
      expect(service(r, 'a').builtImage).toBeUndefined();
    }
    expect(fromInside.notes.map((n) => n.message)).toEqual([
      "service a: the build context ../other is outside the project root . and was not read (--allow-outside-context reads it), so its image's USER and HEALTHCHECK were not checked",
    ]);
    expect(fromElsewhere.notes.map((n) => [n.file, n.line, n.column])).toEqual([['../proj/compose.yaml', 3, 12]]);
  });
});
