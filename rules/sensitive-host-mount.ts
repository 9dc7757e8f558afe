import { defineRule, listOptionSchema, stringListOption, type Level } from '../src/engine/rule.js';
import { bindHostPath, HOME_DIRECTORY, mountedEngineSocket, normalizeHostPath, shownSource } from '../src/runtime/host-paths.js';

/*
 * Which host paths count, and how sub-paths are judged:
 * - `/` and `/etc` themselves: error even read-only (host secrets, and the map of the host).
 * - Under /etc: writable is an error (cron.d, passwd, sudoers, systemd units are host root);
 *   read-only is fine (localtime, timezone, CA certificates, passwd are mounted every day)
 *   except the secret-holding paths below, which are a warning. The time-zone files are a
 *   warning when writable, since they are so often mounted without `:ro` and change little.
 * - Kernel and engine state (/proc, /sys, /dev, /boot, kernel modules and sources,
 *   /var/lib/docker|containerd|kubelet) and /root: the path and everything under it.
 * - A `.ssh` or `.gnupg` directory anywhere, or a file in one.
 * - A credential folder at its place in a home folder (`~`, /root, /home/<user>,
 *   /Users/<user>): .docker, .aws, .kube, .config/gcloud. A project's own `.docker/` folder
 *   (Dockerfiles and configs kept under that name) is not one. Docker Desktop's socket in
 *   ~/.docker/run is docker-socket-mount's.
 * - /dev/shm (and /run/shm, its old name) and /dev/mqueue are not devices: they are the
 *   host's POSIX shared memory and message queues, half of what `ipc: host` shares.
 * - /home and a user's home directory (/home/alice, or `~`), not a project folder inside it.
 * - /run and /var/run hold the Docker socket: docker-socket-mount reports them. Under them
 *   only the host's init and message-bus control sockets (/run/systemd, /run/dbus) count.
 * Read-write is an error, read-only a warning, unless said otherwise above.
 */
const KERNEL_AND_ENGINE_TREES: [string, string][] = [
  ['/proc', "the host's /proc (kernel settings and every host process)"],
  ['/sys', "the host's /sys (kernel, cgroup and device settings)"],
  ['/dev', "the host's device nodes"],
  ['/boot', "the host's kernels and boot loader"],
  ['/lib/modules', "the host's kernel modules"],
  ['/usr/lib/modules', "the host's kernel modules"],
  ['/usr/src', "the host's kernel sources and headers"],
  ['/var/lib/docker', "Docker's state (every container's filesystem and volumes)"],
  ['/var/lib/containerd', "containerd's state (every container's filesystem)"],
  ['/var/lib/kubelet', "the kubelet's state (pod volumes and secrets)"],
  ['/root', "root's home directory on the host"],
];
// A socket to the host's syslog daemon: writing log lines is what it is for.
const HARMLESS = new Set(['/dev/log']);
// Mounted by countless Compose files, usually read-only; writable they are only a warning.
const TIME_FILES = new Set(['/etc/localtime', '/etc/timezone']);
const ETC_SECRETS = ['/etc/shadow', '/etc/gshadow', '/etc/sudoers', '/etc/sudoers.d', '/etc/ssh', '/etc/ssl/private', '/etc/pki/tls/private', '/etc/kubernetes', '/etc/docker'];
const CONTROL_SOCKETS = ['/run/systemd', '/var/run/systemd', '/run/dbus', '/var/run/dbus'];
const CREDENTIAL_FOLDERS: { re: RegExp; what: string }[] = [
  { folder: '.docker', what: 'Docker credentials (registry logins in config.json)' },
  { folder: '.aws', what: 'AWS credentials' },
  { folder: '.kube', what: 'Kubernetes credentials (kubeconfig)' },
  { folder: '.config/gcloud', what: 'Google Cloud credentials' },
].map(({ folder, what }) => ({ re: new RegExp(`^${HOME_DIRECTORY}/${folder.replace(/\./g, '\\.')}(?:/|$)`), what }));
const SHARED_MEMORY = ['/dev/shm', '/run/shm', '/var/run/shm', '/dev/mqueue'];

function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root + '/');
}

function configuredExposure(path: string, readOnly: boolean, extra: string[]): { what: string; level: Level; securitySeverity?: number } | undefined {
  const hit = extra.find((root) => within(path, root));
  return hit ? { what: `${hit} is listed as sensitive in the configuration`, level: readOnly ? 'warning' : 'error' } : undefined;
}

/** What mounting this host path exposes, and how bad it is; undefined when it is not sensitive. */
export function hostPathExposure(path: string, readOnly: boolean): { what: string; level: Level; securitySeverity?: number } | undefined {
  const level: Level = readOnly ? 'warning' : 'error';
  if (path === '/') return { what: "the host's root filesystem", level: 'error' };
  if (path === '/etc') return { what: "the host's configuration and secrets (/etc)", level: 'error' };
  if (within(path, '/etc')) {
    if (TIME_FILES.has(path)) return readOnly ? undefined : { what: "the host's time zone, which the container can rewrite (add :ro)", level: 'warning' };
    if (!readOnly) return { what: "the host's own configuration, which the container can rewrite", level: 'error' };
    return ETC_SECRETS.some((s) => within(path, s)) ? { what: 'host secrets (password hashes, keys or credentials)', level: 'warning' } : undefined;
  }
  const parts = path.split('/');
  if (parts.includes('.ssh')) return { what: 'an SSH directory (keys and authorized_keys)', level };
  if (parts.includes('.gnupg')) return { what: 'a GnuPG directory (private keys)', level };
  const credentials = CREDENTIAL_FOLDERS.find((c) => c.re.test(path));
  if (credentials) return { what: credentials.what, level };
  if (HARMLESS.has(path)) return undefined;
  if (SHARED_MEMORY.some((s) => within(path, s))) {
    const queues = within(path, '/dev/mqueue');
    const what = queues ? "the host's POSIX message queues" : "the host's shared memory";
    const access = readOnly ? 'which the container can read' : 'which the container can read and change: IPC with host processes';
    return {
      what: `${what}, ${access}${queues ? '' : ' (for more shared memory set shm_size instead)'}`,
      level,
      // As much as `ipc: host` opens (host-ipc), not the whole host.
      securitySeverity: readOnly ? 5.0 : 7.0,
    };
  }
  const tree = KERNEL_AND_ENGINE_TREES.find(([root]) => within(path, root));
  if (tree) return { what: tree[1], level };
  if (path === '/home') return { what: 'every home directory on the host', level };
  if (path === '~' || /^\/home\/[^/]+$/.test(path)) return { what: 'a home directory on the host (keys, tokens, shell start-up files)', level };
  if (CONTROL_SOCKETS.some((s) => within(path, s))) return { what: "the host's systemd or D-Bus control sockets", level };
  return undefined;
}

/** A bind mount of a host path that holds kernel interfaces, host secrets or other containers' data. */
export default defineRule({
  id: 'sensitive-host-mount',
  title: 'Sensitive host path mounted',
  level: 'error',
  securitySeverity: 8.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    "Namespaces give a container its own view of the filesystem; a bind mount of a host path puts that part of the host back in view. " +
    "Paths like /, /etc, /proc, /sys, /dev, /var/lib/docker, an .ssh folder or a user's cloud and registry credentials (~/.aws, ~/.kube, ~/.docker) hold the host's secrets, its kernel's controls and other containers' data: writable, they are a direct way to root on the host, and even read-only they leak credentials. " +
    "The host's /dev/shm is its shared memory: mounted, it lets the container read and change what host processes exchange there.",
  fix: 'Mount only the specific files or folders the service needs, read-only (`:ro`), from a project directory or a named volume rather than a system path. Give credentials as Compose `secrets:` (or a scoped token) instead of a home folder, and raise `shm_size` instead of mounting /dev/shm.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  app:\n' +
      '    image: example/app:1.4\n' +
      '    volumes:\n' +
      '      - /etc:/host/etc',
    good:
      'services:\n' +
      '  app:\n' +
      '    image: example/app:1.4\n' +
      '    volumes:\n' +
      '      - ./config/app.yaml:/etc/app/app.yaml:ro',
  },
  references: [
    'https://docs.docker.com/engine/storage/bind-mounts/',
    'https://docs.docker.com/reference/compose-file/services/#volumes',
  ],
  options: {
    schema: listOptionSchema('paths', 'string', 'more host paths that must not be mounted (absolute, or ~/...)'),
    description: "`paths`: more host paths this project treats as sensitive (absolute, or `~/...`), such as a data folder of the host's own services; a mount of one or of anything under it is reported like the built-in paths.",
  },
  checkRuntime(container, { report, options }) {
    const extra = stringListOption(options, 'paths').map(normalizeHostPath);
    for (const mount of container.mounts) {
      const path = bindHostPath(mount);
      // Engine sockets and the folders holding them belong to docker-socket-mount.
      if (!path || mountedEngineSocket(mount)) continue;
      const exposure = hostPathExposure(path, mount.readOnly) ?? configuredExposure(path, mount.readOnly, extra);
      if (!exposure || !mount.source) continue;
      const mode = mount.readOnly ? 'read-only' : 'read-write';
      report(mount.source, `${container.title} mounts ${shownSource(mount)} ${mode}: ${exposure.what}`, {
        level: exposure.level,
        securitySeverity: exposure.securitySeverity ?? (exposure.level === 'error' ? 8.0 : 6.0),
      });
    }
  },
});
