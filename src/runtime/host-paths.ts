/**
 * What a host path in a bind mount gives a container. Shared by docker-socket-mount (which
 * owns every path that reaches a container engine's API) and sensitive-host-mount (which
 * leaves those paths alone, so one mount is reported once).
 */
import { posix } from 'node:path';
import type { Mount } from './model.js';

/** `/var/run/` → `/var/run`, `//etc/./ssh` → `/etc/ssh`; relative or empty text is returned as is. */
export function normalizeHostPath(path: string): string {
  const p = path.trim();
  if (!p.startsWith('/')) return p;
  const n = posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

export interface EngineSocket {
  /** `Docker`, `containerd`, `CRI-O`, `Podman`, ... */
  engine: string;
  /** The socket itself, a directory that holds it, or Windows' named pipe. */
  kind: 'socket' | 'directory' | 'pipe';
}

// Directories that hold an engine's API socket: mounting one hands over the socket inside.
// `/var/run` is `/run` on current systems, so both spellings count. `/run/user/<uid>` itself
// is left out: it holds a rootless engine's socket only when one runs there.
const RUN = String.raw`/(?:var/)?run`;
const SOCKET_DIRECTORIES: { re: RegExp; engine: string }[] = [
  { re: new RegExp(`^${RUN}$`), engine: 'Docker' },
  // dockerd's own containerd, when the daemon manages it.
  { re: new RegExp(`^${RUN}/docker(?:/containerd)?$`), engine: 'Docker' },
  { re: new RegExp(`^${RUN}/containerd$`), engine: 'containerd' },
  { re: new RegExp(`^${RUN}/k3s(?:/containerd)?$`), engine: 'containerd (k3s)' },
  { re: new RegExp(`^${RUN}/crio$`), engine: 'CRI-O' },
  { re: new RegExp(`^${RUN}/podman$`), engine: 'Podman' },
  { re: new RegExp(`^${RUN}/user/\\d+/podman$`), engine: 'rootless Podman' },
];

// Wherever it lives (Docker Desktop's ~/.docker/run/docker.sock, colima, a socket proxy's
// shared folder), a file with an engine socket's name answers that engine's API.
const SOCKET_NAMES: ReadonlyMap<string, string> = new Map([
  ['docker.sock', 'Docker'],
  ['containerd.sock', 'containerd'],
  ['crio.sock', 'CRI-O'],
  ['podman.sock', 'Podman'],
  ['cri-dockerd.sock', 'Docker (cri-dockerd)'],
]);

/**
 * A home folder on the host: `~`, root's, a Linux or a macOS user's. Credential folders and
 * Docker Desktop's socket sit at fixed places under it.
 */
export const HOME_DIRECTORY = String.raw`(?:~|/root|/home/[^/]+|/Users/[^/]+)`;

// Docker Desktop (and rootless setups that follow it) keep the socket in ~/.docker/run.
const DESKTOP_RUN = new RegExp(`^${HOME_DIRECTORY}/\\.docker/run$`);

/** The container engine whose API a host path (absolute, or `~/...`) reaches, if any. */
export function engineSocket(hostPath: string): EngineSocket | undefined {
  const path = normalizeHostPath(hostPath);
  if (!path.startsWith('/') && !path.startsWith('~')) return undefined;
  const byName = SOCKET_NAMES.get(posix.basename(path));
  if (byName) return { engine: byName, kind: 'socket' };
  if (DESKTOP_RUN.test(path)) return { engine: 'Docker Desktop', kind: 'directory' };
  const hit = SOCKET_DIRECTORIES.find((e) => e.re.test(path));
  return hit ? { engine: hit.engine, kind: 'directory' } : undefined;
}

/**
 * Docker Engine's named pipe on Windows, `\\.\pipe\docker_engine` (also written with forward
 * slashes, `//./pipe/docker_engine`), and the pipes Docker Desktop serves its engines on.
 */
export function isDockerEnginePipe(source: string): boolean {
  return /^[\\/]{2}\.[\\/]pipe[\\/](?:docker_engine(?:_linux|_windows)?|dockerDesktop(?:Linux|Windows)Engine)$/i.test(source.trim());
}

/**
 * The host side of a bind mount as a normalised path: the resolved absolute path, or a
 * `~/...` path (the loader leaves `~` and an unset HOME unresolved, since whose home it is
 * depends on who runs Compose). Undefined for other mount types and for sources that did
 * not resolve.
 */
export function bindHostPath(mount: Mount): string | undefined {
  if (mount.type !== 'bind' || !mount.source) return undefined;
  if (mount.homePath) return posix.normalize(mount.homePath).replace(/(.)\/+$/, '$1');
  if (mount.source.unresolved?.length) return undefined;
  if (mount.hostPath) return normalizeHostPath(mount.hostPath);
  const written = mount.source.value.trim();
  if (written !== '~' && !written.startsWith('~/')) return undefined;
  return posix.normalize(written).replace(/(.)\/+$/, '$1');
}

/**
 * The engine socket a mount reaches: a bind whose host path is (or holds) an engine socket,
 * or a named-pipe mount of Docker Engine's pipe. Undefined when the source did not resolve.
 */
export function mountedEngineSocket(mount: Mount): EngineSocket | undefined {
  if (!mount.source) return undefined;
  if (!mount.source.unresolved?.length && isDockerEnginePipe(mount.source.value)) return { engine: 'Docker', kind: 'pipe' };
  const path = bindHostPath(mount);
  return path ? engineSocket(path) : undefined;
}

/** The host side as a message shows it: the `~/...` path for a home folder left unresolved, else as written. */
export function shownSource(mount: Mount): string {
  return mount.source?.unresolved?.length && mount.homePath ? mount.homePath : mount.source?.value ?? '';
}
