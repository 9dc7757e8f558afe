import { defineRule } from '../src/engine/rule.js';
import { exposesTcp, portsDeclared, stageStartInstructions } from '../src/image/config.js';
import type { Stage } from '../src/image/model.js';
import type { Location } from '../src/position.js';
import { packageInstall } from '../src/knowledge/packages.js';
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

interface SshPlace {
  loc: Location;
  message: string;
}

/**
 * Where a stage makes itself an SSH server: a RUN that installs one, the stage's own
 * ENTRYPOINT/CMD starting sshd, an EXPOSE of port 22 (ONBUILD triggers of the stage too), in
 * file order. A daemon started inside a RUN only lives while that step runs: not a place.
 */
function sshPlaces(stage: Stage): SshPlace[] {
  const places: SshPlace[] = [];
  const triggers = stage.instructions.flatMap((i) => (i.trigger ? [i.trigger] : []));
  for (const ins of [...stage.instructions, ...triggers].filter((i) => i.keyword === 'RUN')) {
    for (const command of ins.shell?.commands ?? []) {
      const install = packageInstall(command);
      for (const pkg of install?.packages ?? []) {
        if (SERVER_PACKAGES.has(pkg.value) || SERVER_PACKAGES_BY_MANAGER[install!.manager]?.has(pkg.value)) {
          places.push({ loc: pkg.loc, message: `${pkg.value} installs an SSH server` });
        }
      }
    }
  }
  const starts = [...stageStartInstructions(stage).filter((i) => i.stage === stage), ...triggers.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')];
  for (const ins of starts) {
    for (const command of ins.shell?.commands ?? []) {
      const daemon = sshServerCommand(command);
      if (daemon) places.push({ loc: daemon.loc, message: `the container starts an SSH server (${daemon.value})` });
    }
  }
  for (const port of portsDeclared([...stage.instructions, ...triggers])) {
    if (exposesTcp(port, 22)) places.push({ loc: port.written.loc, message: `EXPOSE ${port.written.value} declares the SSH port 22` });
  }
  return places.sort((a, b) => a.loc.startLine - b.loc.startLine || a.loc.startColumn - b.loc.startColumn);
}

/**
 * An SSH server set up in a stage (any stage: each can be built with `--target`): one finding
 * per stage at the first place, the other places of that stage as related locations, so one
 * SSH server is one finding to fix or suppress.
 */
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
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y openssh-server\n' +
      'EXPOSE 22\n' +
      'CMD ["/usr/sbin/sshd", "-D"]',
    good:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y openssh-client\n' +
      '# a shell, when needed: docker exec -it <container> sh',
  },
  references: ['https://docs.docker.com/reference/cli/docker/container/exec/', 'https://man.openbsd.org/sshd', 'https://docs.docker.com/reference/dockerfile/#expose'],
  checkImage(image, { report }) {
    for (const stage of image.stages) {
      const [first, ...others] = sshPlaces(stage);
      if (!first) continue;
      const name = stage.name ? `stage ${stage.name.value}` : `stage ${stage.index}`;
      const more = others.length ? ` (and ${others.length} more ${others.length === 1 ? 'place' : 'places'} in ${name})` : '';
      report(first.loc, `${first.message}${more}`, { related: others, logicalKey: `${name}/ssh-server` });
    }
  },
});
