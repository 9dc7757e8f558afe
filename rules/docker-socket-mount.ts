import { defineRule } from '../src/engine/rule.js';
import { mountedEngineSocket, shownSource } from '../src/runtime/host-paths.js';

/**
 * A mount whose host side is a container engine's API socket, or a directory holding one
 * (`/var/run`, `/run/containerd`, Docker Desktop's `~/.docker/run`), or Windows' engine pipe. Read-only does not help: a socket opened read-only
 * still accepts API calls. Which paths count lives in src/runtime/host-paths.ts, shared with
 * sensitive-host-mount so that one mount is reported once.
 */
export default defineRule({
  id: 'docker-socket-mount',
  title: 'Container engine socket mounted into the container',
  level: 'error',
  securitySeverity: 9.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'Whoever can talk to the Docker, containerd, CRI-O or Podman API (a Unix socket, or on Windows the `docker_engine` named pipe) can start a privileged container with the host\'s root filesystem mounted, so the socket is root on the host. ' +
    'Mounting it read-only changes nothing: the API still answers, and every other fence of this container stops mattering.',
  fix: 'Remove the mount. If the service only reads container state, put a filtering API proxy (e.g. a socket proxy that allows only GET endpoints) between it and the engine, or run it rootless.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  traefik:\n' +
      '    image: traefik:v3.1\n' +
      '    volumes:\n' +
      '      - /var/run/docker.sock:/var/run/docker.sock:ro',
    good:
      'services:\n' +
      '  traefik:\n' +
      '    image: traefik:v3.1\n' +
      '    environment:\n' +
      '      DOCKER_HOST: tcp://socket-proxy:2375',
  },
  references: [
    'https://docs.docker.com/engine/security/#docker-daemon-attack-surface',
    'https://docs.docker.com/engine/security/protect-access/',
    'https://docs.docker.com/reference/compose-file/services/#volumes',
  ],
  checkRuntime(container, { report }) {
    for (const mount of container.mounts) {
      const socket = mountedEngineSocket(mount);
      if (!socket) continue;
      // As written, not the resolved absolute path: messages must not depend on the checkout.
      const path = shownSource(mount);
      const what = {
        socket: `the ${socket.engine} API socket ${path}`,
        directory: `${path}, which holds the ${socket.engine} API socket`,
        pipe: `the Docker Engine named pipe ${path}`,
      }[socket.kind];
      const ro = mount.readOnly ? ' (read-only does not help: the API still answers)' : '';
      report(mount.source ?? mount, `${container.title} mounts ${what}: it can control the engine and through it the host${ro}`);
    }
  },
});
