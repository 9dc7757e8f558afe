import { describe, expect, it } from 'vitest';
import type { Mount } from '../src/runtime/model.js';
import { bindHostPath, engineSocket, isDockerEnginePipe, mountedEngineSocket, normalizeHostPath } from '../src/runtime/host-paths.js';

const loc = { file: 'compose.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

function mount(type: Mount['type'], source: string, hostPath: string | undefined, unresolved?: string[]): Mount {
  return { type, source: { value: source, loc, ...(unresolved ? { unresolved } : {}) }, hostPath, target: undefined, readOnly: false, propagation: undefined, loc };
}

describe('normalizeHostPath', () => {
  it('normalises absolute paths and leaves others alone', () => {
    expect(['/var/run/', '//etc/./ssh', '/', '/a/../b', './x', '~/.ssh', ''].map(normalizeHostPath)).toEqual(['/var/run', '/etc/ssh', '/', '/b', './x', '~/.ssh', '']);
  });
});

describe('engineSocket', () => {
  it('knows engine sockets by path and by name, and the folders that hold them', () => {
    const paths = [
      '/var/run/docker.sock',
      '/run/docker.sock',
      '/run/docker.sock/',
      '/var/run',
      '/run',
      '/var/run/docker',
      '/run/docker/containerd',
      '/run/containerd',
      '/run/containerd/containerd.sock',
      '/run/k3s/containerd/containerd.sock',
      '/var/run/crio',
      '/var/run/crio/crio.sock',
      '/run/podman/podman.sock',
      '/run/user/1000/docker.sock',
      '/run/user/1000/podman',
      '/run/user/1000/podman/podman.sock',
      '/home/alice/.docker/run/docker.sock',
      '~/.colima/default/docker.sock',
      '~/.docker/run',
      '/Users/bob/.docker/run/',
      '/root/.docker/run',
    ];
    expect(paths.map((p) => { const s = engineSocket(p); return s && `${s.engine} ${s.kind}`; })).toEqual([
      'Docker socket',
      'Docker socket',
      'Docker socket',
      'Docker directory',
      'Docker directory',
      'Docker directory',
      'Docker directory',
      'containerd directory',
      'containerd socket',
      'containerd socket',
      'CRI-O directory',
      'CRI-O socket',
      'Podman socket',
      'Docker socket',
      'rootless Podman directory',
      'Podman socket',
      'Docker socket',
      'Docker socket',
      'Docker Desktop directory',
      'Docker Desktop directory',
      'Docker Desktop directory',
    ]);
  });

  it('passes look-alikes and folders that do not hold a socket', () => {
    const paths = ['/run/docker/netns', '/run/user/1000', '/run/user', '/var', '/', '/srv/fake.sock', '/project/docker.sock.d/config', '/var/lib/docker', 'docker.sock', '/run/constructor', '~/.docker', '/srv/app/.docker/run', '~/.docker/run/buildkit'];
    expect(paths.map(engineSocket)).toEqual(paths.map(() => undefined));
  });
});

describe('isDockerEnginePipe', () => {
  it('matches both spellings of the Windows engine pipe', () => {
    expect(['\\\\.\\pipe\\docker_engine', '//./pipe/docker_engine', '//./pipe/other', 'docker_engine', '//./pipe/dockerDesktopLinuxEngine', '\\\\.\\pipe\\docker_engine_linux', '//./pipe/docker_engine_proxy'].map(isDockerEnginePipe)).toEqual([
      true, true, false, false, true, true, false,
    ]);
  });
});

describe('bindHostPath / mountedEngineSocket', () => {
  it('reads the resolved host path of a bind, or its written ~ path', () => {
    expect(bindHostPath(mount('bind', '/var/run/', '/var/run/'))).toBe('/var/run');
    expect(bindHostPath(mount('bind', '~/.ssh/', undefined))).toBe('~/.ssh');
    expect(bindHostPath(mount('bind', '~', undefined))).toBe('~');
    expect(bindHostPath(mount('volume', 'data', undefined))).toBeUndefined();
    expect(bindHostPath(mount('bind', '', undefined, ['SOCK']))).toBeUndefined();
  });

  it('finds the engine socket a mount reaches', () => {
    expect(mountedEngineSocket(mount('bind', '/var/run/docker.sock', '/var/run/docker.sock'))).toEqual({ engine: 'Docker', kind: 'socket' });
    expect(mountedEngineSocket(mount('npipe', '\\\\.\\pipe\\docker_engine', undefined))).toEqual({ engine: 'Docker', kind: 'pipe' });
    // The short syntax reads `//./pipe/...` as a bind; the pipe is still the engine's.
    expect(mountedEngineSocket(mount('bind', '//./pipe/docker_engine', '/pipe/docker_engine'))).toEqual({ engine: 'Docker', kind: 'pipe' });
    expect(mountedEngineSocket(mount('volume', 'docker.sock', undefined))).toBeUndefined();
    expect(mountedEngineSocket(mount('bind', '${SOCK}', undefined, ['SOCK']))).toBeUndefined();
  });

  it('judges a source in an unknown home folder by its home path', () => {
    const home = { ...mount('bind', '/.docker/run/docker.sock', undefined, ['HOME']), homePath: '~/.docker/run/docker.sock' };
    expect(bindHostPath(home)).toBe('~/.docker/run/docker.sock');
    expect(mountedEngineSocket(home)).toEqual({ engine: 'Docker', kind: 'socket' });
    expect(bindHostPath({ ...mount('bind', '', undefined, ['HOME']), homePath: '~' })).toBe('~');
  });
});
