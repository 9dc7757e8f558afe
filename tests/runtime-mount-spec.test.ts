import { describe, expect, it } from 'vitest';
import { LineIndex, type Location } from '../src/position.js';
import type { Mount, Value } from '../src/runtime/model.js';
import {
  deviceOf,
  DOCKER_CLI_MOUNT,
  homePathOf,
  hostPathOf,
  isBindSource,
  LOCATED_MOUNT,
  mountSpec,
  splitFields,
  volumeMount,
  type PathRules,
  type SourceRules,
  type SpecText,
  type Unknown,
} from '../src/runtime/mount-spec.js';

/**
 * A spec written on line 1 of a file, each character at its own column; `unknown` spans are
 * given by their written text (`$HOME`, `%h`), found in order, `home` when the text is a home
 * folder's.
 */
function spec(text: string, unknownTexts: string[] = []): SpecText {
  const lines = new LineIndex('unit', text);
  const unknown: Unknown[] = [];
  let from = 0;
  for (const u of unknownTexts) {
    const start = text.indexOf(u, from);
    if (start < 0) throw new Error(`${u} not in ${text}`);
    unknown.push({ start, end: start + u.length, ...(/^(\$HOME|\$\{HOME\}|%h|\$\{localEnv:HOME\})$/.test(u) ? { home: true } : {}) });
    from = start + u.length;
  }
  return {
    text,
    unknown,
    value(a, b): Value<string> {
      const v: Value<string> = { value: text.slice(a, b), loc: lines.location(a, b) };
      const names = unknown.filter((u) => u.start < b && u.end > a).map((u) => text.slice(u.start, u.end));
      if (names.length) {
        v.unresolved = names;
        v.interpolated = true;
      }
      return v;
    },
  };
}

const whole: Location = { file: 'unit', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
/** `line:column-endColumn` of a location on line 1. */
const at = (loc: Location | undefined) => (loc ? `${loc.startLine}:${loc.startColumn}-${loc.endColumn}` : undefined);

const DOCKER: SourceRules & PathRules = { relative: 'any-dot', leadingUnknown: 'bind', tilde: 'any-rest' };
const QUADLET: SourceRules & PathRules = { relative: 'dot-segment', leadingUnknown: 'bind-with-slash', baseDir: '/etc/containers/systemd', tilde: 'known-rest' };
const WORKFLOW: SourceRules & PathRules = { relative: 'volume-name', leadingUnknown: 'bind-with-slash', tilde: 'known-rest' };

/** The parts of a mount the readers decide, with the source's and target's places. */
function summary(m: Mount | { unknownType: string }) {
  if ('unknownType' in m) return m;
  return {
    type: m.type,
    source: m.source?.value,
    sourceAt: at(m.source?.loc),
    unresolved: m.source?.unresolved,
    hostPath: m.hostPath,
    homePath: m.homePath,
    target: m.target?.value,
    targetAt: at(m.target?.loc),
    readOnly: m.readOnly,
    propagation: m.propagation?.value,
    propagationAt: at(m.propagation?.loc),
  };
}

describe('volumeMount: the short syntax', () => {
  it('keeps a Windows drive letter in the source', () => {
    expect(summary(volumeMount(spec('C:\\data:/d'), whole, DOCKER))).toEqual({
      type: 'bind', source: 'C:\\data', sourceAt: '1:1-8', unresolved: undefined, hostPath: 'C:\\data', homePath: undefined,
      target: '/d', targetAt: '1:9-11', readOnly: false, propagation: undefined, propagationAt: undefined,
    });
  });

  it('reads an absolute source, read-only and propagation options, each located', () => {
    expect(summary(volumeMount(spec('/srv/../data:/d:ro,rshared'), whole, DOCKER))).toEqual({
      type: 'bind', source: '/srv/../data', sourceAt: '1:1-13', unresolved: undefined, hostPath: '/data', homePath: undefined,
      target: '/d', targetAt: '1:14-16', readOnly: true, propagation: 'rshared', propagationAt: '1:20-27',
    });
    // Options may be separated by colons too; `readonly` is `ro`; an unknown option is left alone.
    const m = volumeMount(spec('/a:/b:z:readonly:rslave'), whole, DOCKER);
    expect([m.readOnly, m.propagation?.value, at(m.propagation?.loc)]).toEqual([true, 'rslave', '1:18-24']);
    expect(volumeMount(spec('/a:/b:rw,z'), whole, DOCKER).readOnly).toBe(false);
  });

  it('reads a target alone as an anonymous volume', () => {
    expect(summary(volumeMount(spec('/data'), whole, DOCKER))).toMatchObject({ type: 'volume', source: undefined, hostPath: undefined, target: '/data', targetAt: '1:1-6' });
  });

  it('tells a named volume from a relative path as each tool does', () => {
    expect(summary(volumeMount(spec('data:/d'), whole, DOCKER))).toMatchObject({ type: 'volume', source: 'data', hostPath: undefined, homePath: undefined });
    // docker run: a path relative to wherever the command runs, so no host path.
    expect(summary(volumeMount(spec('./rel:/r'), whole, DOCKER))).toMatchObject({ type: 'bind', source: './rel', hostPath: undefined });
    // Quadlet: relative to the unit's folder.
    expect(summary(volumeMount(spec('./rel:/r'), whole, QUADLET))).toMatchObject({ type: 'bind', source: './rel', hostPath: '/etc/containers/systemd/rel' });
    expect(summary(volumeMount(spec('../up:/r'), whole, QUADLET))).toMatchObject({ type: 'bind', hostPath: '/etc/containers/up' });
    // A workflow's `volumes:`: a volume name.
    expect(summary(volumeMount(spec('./rel:/r'), whole, WORKFLOW))).toMatchObject({ type: 'volume', source: './rel', hostPath: undefined });
    // `.cache` is a path for docker's CLI, a volume name for the located sources.
    expect(volumeMount(spec('.cache:/c'), whole, DOCKER).type).toBe('bind');
    expect(volumeMount(spec('.cache:/c'), whole, QUADLET).type).toBe('volume');
  });

  it('finds home folders however they are written', () => {
    expect(summary(volumeMount(spec('~/x:/x'), whole, DOCKER))).toMatchObject({ type: 'bind', source: '~/x', hostPath: undefined, homePath: '~/x' });
    expect(summary(volumeMount(spec('~:/home'), whole, QUADLET))).toMatchObject({ type: 'bind', hostPath: undefined, homePath: '~' });
    expect(summary(volumeMount(spec('${HOME}/.ssh:/s:ro', ['${HOME}']), whole, DOCKER))).toEqual({
      type: 'bind', source: '${HOME}/.ssh', sourceAt: '1:1-13', unresolved: ['${HOME}'], hostPath: undefined, homePath: '~/.ssh',
      target: '/s', targetAt: '1:14-16', readOnly: true, propagation: undefined, propagationAt: undefined,
    });
    expect(summary(volumeMount(spec('%h/.aws:/aws', ['%h']), whole, QUADLET))).toMatchObject({ type: 'bind', hostPath: undefined, homePath: '~/.aws', unresolved: ['%h'] });
    // The home folder alone is the whole home folder (`%h` is an absolute path to systemd) ...
    expect(summary(volumeMount(spec('%h:/h', ['%h']), whole, QUADLET))).toMatchObject({ type: 'bind', homePath: '~', hostPath: undefined });
    // ... while for the located sources any other unknown start is a path only when a `/` follows.
    expect(summary(volumeMount(spec('%i:/h', ['%i']), whole, QUADLET))).toMatchObject({ type: 'volume', homePath: undefined });
    expect(summary(volumeMount(spec('%i/x:/h', ['%i']), whole, QUADLET))).toMatchObject({ type: 'bind', homePath: undefined });
    expect(summary(volumeMount(spec('$HOME:/h', ['$HOME']), whole, DOCKER))).toMatchObject({ type: 'bind', homePath: '~' });
  });

  it('reads a source that starts with an unknown part as docker run and the located sources do', () => {
    // The shell builds it: a path, whatever follows.
    expect(summary(volumeMount(spec('$VOL:/d', ['$VOL']), whole, DOCKER))).toMatchObject({ type: 'bind', hostPath: undefined, homePath: undefined, unresolved: ['$VOL'] });
    // Located sources: a path only when a `/` follows.
    expect(volumeMount(spec('${{ env.VOL }}:/d', ['${{ env.VOL }}']), whole, WORKFLOW).type).toBe('volume');
    expect(volumeMount(spec('${{ github.workspace }}/x:/d', ['${{ github.workspace }}']), whole, WORKFLOW).type).toBe('bind');
    // An unknown part anywhere leaves the host path unknown.
    expect(volumeMount(spec('/srv/$DIR:/d', ['$DIR']), whole, DOCKER)).toMatchObject({ type: 'bind', hostPath: undefined });
  });
});

describe('mountSpec: --mount and Mount=', () => {
  const PATHS: PathRules = { tilde: 'any-rest' };

  it('reads every key spelling, with values located', () => {
    expect(summary(mountSpec(spec('type=bind,src=/a,dst=/b,readonly,bind-propagation=rshared'), whole, DOCKER_CLI_MOUNT, PATHS))).toEqual({
      type: 'bind', source: '/a', sourceAt: '1:15-17', unresolved: undefined, hostPath: '/a', homePath: undefined,
      target: '/b', targetAt: '1:22-24', readOnly: true, propagation: 'rshared', propagationAt: '1:51-58',
    });
    for (const text of ['type=bind,source=/a,target=/b', 'type=bind,src=/a,destination=/b', 'TYPE=bind,Source=/a,DST=/b']) {
      expect(summary(mountSpec(spec(text), whole, LOCATED_MOUNT, PATHS)), text).toMatchObject({ type: 'bind', source: '/a', target: '/b', readOnly: false });
    }
  });

  it('reads readonly and ro with and without a value', () => {
    const ro = (text: string, d = DOCKER_CLI_MOUNT) => (mountSpec(spec(`type=bind,src=/a,dst=/b,${text}`), whole, d, PATHS) as Mount).readOnly;
    expect(['ro', 'readonly', 'readonly=true', 'ro=1', 'readonly=TRUE'].map((t) => ro(t))).toEqual([true, true, true, true, true]);
    expect(['readonly=false', 'ro=0', 'readonly='].map((t) => ro(t))).toEqual([false, false, false]);
    // Go's ParseBool (docker's CLI) also takes `t`; isolint's located sources read true and 1 only.
    expect([ro('readonly=t'), ro('readonly=t', LOCATED_MOUNT), ro('readonly=yes', LOCATED_MOUNT)]).toEqual([true, false, false]);
  });

  it('keeps a quoted CSV field whole for docker run, not for the located sources', () => {
    expect(summary(mountSpec(spec('"src=/a,b",dst=/c,type=bind'), whole, DOCKER_CLI_MOUNT, PATHS))).toMatchObject({ type: 'bind', source: '/a,b', sourceAt: '1:6-10', hostPath: '/a,b', target: '/c', targetAt: '1:16-18' });
    // Split at every comma, `"src` is no key.
    expect(summary(mountSpec(spec('"src=/a,b",dst=/c,type=bind'), whole, LOCATED_MOUNT, PATHS))).toMatchObject({ type: 'bind', source: undefined, hostPath: undefined, target: '/c' });
  });

  it('reads types as each tool does', () => {
    const type = (text: string, d = DOCKER_CLI_MOUNT) => {
      const m = mountSpec(spec(`${text},src=/a,dst=/b`), whole, d, PATHS);
      return 'unknownType' in m ? m : m.type;
    };
    expect(['type=glob', 'type=ramfs', 'type=devpts', 'type=BIND', 'type=npipe'].map((t) => type(t))).toEqual(['bind', 'tmpfs', 'tmpfs', 'bind', 'npipe']);
    expect([type('type=weird'), type('type'), type('type=weird,type=bind'), type('type=bind,type=weird')]).toEqual([{ unknownType: 'weird' }, { unknownType: '' }, 'bind', { unknownType: 'weird' }]);
    // The located sources keep the type read so far for one they do not know, and are case-sensitive.
    expect(['type=glob', 'type=BIND', 'type=weird', 'type=bind,type=weird', 'type= tmpfs '].map((t) => type(t, LOCATED_MOUNT))).toEqual(['volume', 'volume', 'volume', 'bind', 'tmpfs']);
  });

  it('trims values for the located sources only', () => {
    expect(summary(mountSpec(spec('type=bind, source= /x ,target=/y'), whole, LOCATED_MOUNT, PATHS))).toMatchObject({ source: '/x', sourceAt: '1:20-22', hostPath: '/x' });
    expect(summary(mountSpec(spec('type=bind,src= /x,dst=/y'), whole, DOCKER_CLI_MOUNT, PATHS))).toMatchObject({ source: ' /x', hostPath: undefined });
  });

  it('gives a bind, and only a bind, a host path and home path', () => {
    expect(summary(mountSpec(spec('type=bind,src=$HOME/.kube,dst=/k', ['$HOME']), whole, DOCKER_CLI_MOUNT, PATHS))).toMatchObject({ homePath: '~/.kube', hostPath: undefined, unresolved: ['$HOME'] });
    // A devcontainer.json mount.
    expect(summary(mountSpec(spec('source=${localEnv:HOME}/.ssh,target=/s,type=bind', ['${localEnv:HOME}']), whole, LOCATED_MOUNT, { tilde: 'known-rest' }))).toMatchObject({
      type: 'bind', source: '${localEnv:HOME}/.ssh', sourceAt: '1:8-29', homePath: '~/.ssh', hostPath: undefined, unresolved: ['${localEnv:HOME}'],
    });
    expect(summary(mountSpec(spec('type=volume,src=/a,dst=/b'), whole, DOCKER_CLI_MOUNT, PATHS))).toMatchObject({ type: 'volume', source: '/a', hostPath: undefined, homePath: undefined });
    expect(summary(mountSpec(spec('type=npipe,src=\\\\.\\pipe\\docker_engine,dst=\\\\.\\pipe\\docker_engine'), whole, DOCKER_CLI_MOUNT, PATHS))).toMatchObject({ type: 'npipe', source: '\\\\.\\pipe\\docker_engine', hostPath: undefined });
    expect(summary(mountSpec(spec('type=bind,src=./x,dst=/y'), whole, LOCATED_MOUNT, { baseDir: '/work/.devcontainer', tilde: 'known-rest' }))).toMatchObject({ hostPath: '/work/.devcontainer/x' });
    // A key without a value sets nothing.
    expect(summary(mountSpec(spec('type=bind,src,dst=/y'), whole, DOCKER_CLI_MOUNT, PATHS))).toMatchObject({ type: 'bind', source: undefined, target: '/y' });
  });
});

describe('home and host paths', () => {
  const u = (start: number, end: number, home = false): Unknown => ({ start, end, ...(home ? { home } : {}) });

  it('reads a home folder span only at the start, alone, before `/` or nothing', () => {
    expect(homePathOf('$HOME', [u(0, 5, true)], 'any-rest')).toBe('~');
    expect(homePathOf('$HOME/.ssh', [u(0, 5, true)], 'known-rest')).toBe('~/.ssh');
    expect(homePathOf('${HOME}x', [u(0, 7, true)], 'any-rest')).toBeUndefined();
    expect(homePathOf('$HOMEDIR/x', [u(0, 8)], 'any-rest')).toBeUndefined();
    expect(homePathOf('$HOME/$X', [u(0, 5, true), u(6, 8)], 'any-rest')).toBeUndefined();
    expect(homePathOf('/srv/$HOME', [u(5, 10, true)], 'any-rest')).toBeUndefined();
    expect(homePathOf('~user/x', [], 'any-rest')).toBeUndefined();
  });

  it('reads `~/` with an unknown rest as the tilde rule says', () => {
    expect(homePathOf('~/$X', [u(2, 4)], 'any-rest')).toBe('~/$X');
    expect(homePathOf('~/$X', [u(2, 4)], 'known-rest')).toBeUndefined();
  });

  it('resolves host paths that do not depend on who runs the container or where', () => {
    expect(hostPathOf('/a/./b/../c/', true)).toBe('/a/c');
    expect(hostPathOf('\\\\server\\share', true)).toBe('\\\\server\\share');
    expect(hostPathOf('c:/data', true)).toBe('c:/data');
    expect(hostPathOf('rel/x', true)).toBeUndefined();
    expect(hostPathOf('rel/x', true, '/base')).toBe('/base/rel/x');
    expect(hostPathOf('~/x', true, '/base')).toBeUndefined();
    expect(hostPathOf('/srv/$X', false)).toBeUndefined();
    expect(hostPathOf('', true, '/base')).toBeUndefined();
  });

  it('tells bind sources from volume names', () => {
    const rules: SourceRules = { relative: 'volume-name', leadingUnknown: 'bind-with-slash' };
    expect(['/x', '~', '~/x', 'C:\\x', 'c:/x', '\\\\host\\share', 'data', 'C:', './x', 'my.vol'].map((t) => isBindSource(t, [], rules))).toEqual([true, true, true, true, true, true, false, false, false, false]);
    expect([isBindSource('.', [], { ...rules, relative: 'dot-segment' }), isBindSource('..', [], { ...rules, relative: 'dot-segment' }), isBindSource('.x', [], { ...rules, relative: 'dot-segment' })]).toEqual([true, true, false]);
  });
});

describe('deviceOf and splitFields', () => {
  it('locates a device on the host', () => {
    const d = deviceOf(spec('/dev/sda:/dev/xvda:rwm'), whole);
    expect([d.host.value, at(d.host.loc), d.container, d.permissions]).toEqual(['/dev/sda', '1:1-9', '/dev/xvda', 'rwm']);
    expect(deviceOf(spec('/dev/fuse'), whole)).toMatchObject({ host: { value: '/dev/fuse' }, container: undefined, permissions: undefined });
  });

  it('splits fields, leaving empty ones out and quoted separators alone', () => {
    expect(splitFields('a,,b', 0, /,/, false)).toEqual([[0, 1], [3, 4]]);
    expect(splitFields('"a,b",c', 0, /,/, true)).toEqual([[0, 5], [6, 7]]);
    expect(splitFields('"a,b",c', 0, /,/, false)).toEqual([[0, 2], [3, 5], [6, 7]]);
    expect(splitFields('/a:/b:ro,z:rshared', 6, /[,:]/, false)).toEqual([[6, 8], [9, 10], [11, 18]]);
  });
});
