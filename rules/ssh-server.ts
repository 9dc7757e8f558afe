import { defineRule } from '../src/engine/rule.js';
import { exposedPorts, exposesTcp, startCommands } from '../src/image/config.js';
import { packageInstall } from '../src/packages.js';
import { imageCommands } from '../src/query.js';
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';

/** Packages that install an SSH daemon, by package manager where the name is ambiguous. */
const SERVER_PACKAGES = new Set(['openssh-server', 'dropbear', 'dropbear-bin', 'tinysshd']);
/** Alpine's and Arch's `openssh`, and Debian's `ssh` metapackage, pull in the server too. */
const SERVER_PACKAGES_BY_MANAGER: Record<string, Set<string>> = {
  apk: new Set(['openssh']),
  pacman: new Set(['openssh']),
  'apt-get': new Set(['ssh']),
  apt: new Set(['ssh']),
  aptitude: new Set(['ssh']),
};
const DAEMONS = new Set(['sshd', 'dropbear', 'tinysshd']);
const SERVICES = new Set(['ssh', 'sshd', 'dropbear']);

/** `sshd`, `/usr/sbin/sshd -D`, `dropbear -F`, or `service ssh start` / `rc-service sshd start`. */
export function sshServerCommand(cmd: SimpleCommand): Word | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const program = basename(name.value);
  if (DAEMONS.has(program)) return name;
  if ((program === 'service' || program === 'rc-service') && args[0] && SERVICES.has(args[0].value)) return args[0];
  if (/^\/etc\/init\.d\/(ssh|sshd|dropbear)$/.test(name.value)) return name;
  return undefined;
}

/** An SSH server installed or started in the built stages, or port 22 exposed by the built image. */
export default defineRule({
  id: 'ssh-server',
  title: 'SSH server in the image',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'network',
  rationale:
    'An SSH daemon adds a network login service, host keys and usually a password or key to every container started from the image, ' +
    'and it typically runs as root to switch users: a remote way in that sits directly on the shared kernel. ' +
    'The engine already gives operators a shell through `docker exec`, without any listening port.',
  fix: 'Remove the SSH server and the EXPOSE 22; use `docker exec` (or `kubectl exec`) to get a shell, and ship files in with the build or a volume.',
  example: '# bad\nRUN apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n# good\n# docker exec -it <container> sh',
  references: ['https://docs.docker.com/reference/cli/docker/container/exec/', 'https://man.openbsd.org/sshd', 'https://docs.docker.com/reference/dockerfile/#expose'],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const install = packageInstall(command);
      for (const pkg of install?.packages ?? []) {
        if (SERVER_PACKAGES.has(pkg.value) || SERVER_PACKAGES_BY_MANAGER[install!.manager]?.has(pkg.value)) {
          report(pkg, `${pkg.value} installs an SSH server`);
        }
      }
      const daemon = sshServerCommand(command);
      if (daemon) report(daemon, `the image starts an SSH server (${daemon.value})`);
    }
    for (const port of exposedPorts(image)) {
      if (exposesTcp(port, 22)) report(port.written, `EXPOSE ${port.written.value} declares the SSH port 22`);
    }
  },
});
