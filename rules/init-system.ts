import { defineRule, type Report } from '../src/engine/rule.js';
import { startCommands } from '../src/image/config.js';
import { packageInstall } from '../src/knowledge/packages.js';
import { imageCommands, runtimeCommands } from '../src/knowledge/query.js';
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';

/** Full-system init programs, by path (a bare `init` or s6-overlay's `/init` is not one of them). */
const INIT_PATHS = new Set(['/sbin/init', '/usr/sbin/init', '/bin/init', '/usr/bin/init']);
/**
 * Packages that make systemd the init. `systemd-container` (systemd-nspawn, machinectl) is not
 * flagged: it is tooling to run other containers, not the init of this one.
 */
const INIT_PACKAGES = new Set(['systemd', 'systemd-sysv']);

/**
 * The command word when a simple command starts a full init system: `systemd` by name or
 * at any path (`/lib/systemd/systemd`, `/usr/lib/systemd/systemd`), or `/sbin/init`,
 * `/usr/sbin/init`, behind wrappers such as `exec` or `tini --`. Container inits
 * (tini, dumb-init, s6-overlay's `/init`, `docker run --init`) are not.
 */
export function initSystemCommand(cmd: SimpleCommand): Word | undefined {
  const { name } = unwrapCommand(cmd);
  if (!name || name.hasExpansion) return undefined;
  return basename(name.value) === 'systemd' || INIT_PATHS.has(name.value) ? name : undefined;
}

/** Reports the start commands that boot a full init system; the image and runtime sides share it. */
function reportInits(commands: SimpleCommand[], report: Report): void {
  for (const command of commands) {
    const init = initSystemCommand(command);
    if (init) report(init, `the container starts ${init.value} as its init system`);
  }
}

/**
 * Image: the built image's ENTRYPOINT/CMD starts systemd or /sbin/init, or systemd is installed in any stage.
 * Runtime: a Compose `command`/`entrypoint` starts one. Compose's `init: true` runs Docker's
 * tini-based init, a container init, and is fine.
 */
export default defineRule({
  id: 'init-system',
  title: 'Image boots a full init system',
  level: 'warning',
  securitySeverity: 3.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'kernel',
  rationale:
    'systemd as PID 1 expects to own a machine: it wants to mount cgroup and other kernel filesystems, manage devices and run many services, ' +
    'so containers built around it are usually run privileged or with the host\'s cgroup tree mounted writable, removing the fences of the shared kernel. ' +
    'It also turns one container into many unrelated services behind one set of privileges.',
  fix:
    'Run one service per container in the foreground as PID 1; use `docker run --init` (or `init: true` in Compose), tini or dumb-init to reap zombies and forward signals, ' +
    'and a small supervisor only when several processes must share a container.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y systemd-sysv nginx\n' +
      'CMD ["/sbin/init"]',
    good:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y tini nginx\n' +
      'ENTRYPOINT ["/usr/bin/tini", "--"]\n' +
      'CMD ["nginx", "-g", "daemon off;"]',
  },
  references: [
    'https://docs.docker.com/engine/containers/multi-service_container/',
    'https://docs.docker.com/reference/cli/docker/container/run/#init',
    'https://docs.docker.com/reference/compose-file/services/#init',
  ],
  checkImage(image, { report }) {
    reportInits(startCommands(image).map((c) => c.command), report);
    for (const { command } of imageCommands(image)) {
      for (const pkg of packageInstall(command)?.packages ?? []) {
        if (INIT_PACKAGES.has(pkg.value)) report(pkg, `installing ${pkg.value} sets systemd up as the image's init system`);
      }
    }
  },
  checkRuntime(container, { report }) {
    reportInits(runtimeCommands(container), report);
  },
});
