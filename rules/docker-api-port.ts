import { defineRule } from '../src/engine/rule.js';
import { exposedPorts, exposesTcp, startCommands } from '../src/image/config.js';
import { imageCommands } from '../src/query.js';
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';

/** The Docker Engine API's registered ports: plain HTTP, and TLS. */
export const DOCKER_API_PORT = 2375;
export const DOCKER_API_TLS_PORT = 2376;

export interface DockerApiListener {
  /** The `-H`/`--host` word whose address is reachable from the network. */
  at: Word;
  /** The address as given (`tcp://0.0.0.0:2375`). */
  address: string;
  /** `--tlsverify` is given: clients must present a certificate. */
  tlsVerify: boolean;
}

/**
 * `dockerd -H tcp://0.0.0.0:2375` (also `--host=`, `-H=`, `-Htcp://…`, a bare `host:port`,
 * which dockerd reads as tcp): the daemon serves its API on a non-loopback address. An
 * empty host (`tcp://:2375`) is localhost to dockerd, as are `127.x` and `::1`.
 */
export function dockerApiListener(cmd: SimpleCommand): DockerApiListener | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name || basename(name.value) !== 'dockerd') return undefined;
  let found: { at: Word; address: string } | undefined;
  let tlsVerify = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const a = word.value;
    let address: string | undefined;
    let where = word;
    if (a === '-H' || a === '--host') {
      where = args[++i] ?? word;
      address = args[i]?.value;
    } else if (a.startsWith('--host=')) address = a.slice('--host='.length);
    else if (a.startsWith('-H')) address = a.slice(a[2] === '=' ? 3 : 2);
    else if (a === '--tlsverify' || a === '--tlsverify=true') tlsVerify = true;
    if (address !== undefined && !where.hasExpansion && onNetwork(address)) found ??= { at: where, address };
  }
  return found ? { ...found, tlsVerify } : undefined;
}

function onNetwork(address: string): boolean {
  const withScheme = address.includes('://') ? address : `tcp://${address}`;
  const m = /^tcp:\/\/(\[[^\]]*\]|[^:/]*)/i.exec(withScheme);
  if (!m) return false;
  const host = m[1]!.replace(/^\[|\]$/g, '').toLowerCase();
  return !(host === '' || host === 'localhost' || host === '::1' || /^127\./.test(host));
}

/**
 * Image: the built image EXPOSEs 2375 (error) or 2376 (warning), or a command in the built
 * stages starts dockerd listening on a network address (error; warning with --tlsverify).
 */
export default defineRule({
  id: 'docker-api-port',
  title: 'Docker Engine API exposed on the network',
  level: 'error',
  securitySeverity: 9.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'host-resources',
  rationale:
    'Whoever can reach the Docker API can start a privileged container that mounts the host\'s root filesystem: it is root on the host, past every container fence. ' +
    'Port 2375 serves that API without authentication or encryption; 2376 is meant for TLS with client certificates, which is only as safe as the certificates and their distribution.',
  fix:
    'Do not expose the Engine API from a container. Talk to a daemon over its Unix socket or over SSH (`DOCKER_HOST=ssh://…`); ' +
    'if TCP is unavoidable, bind to 127.0.0.1 or use `--tlsverify` with client certificates on 2376.',
  example: '# bad\nEXPOSE 2375\nCMD ["dockerd", "-H", "tcp://0.0.0.0:2375"]\n# good\nCMD ["dockerd", "-H", "unix:///var/run/docker.sock"]',
  references: [
    'https://docs.docker.com/engine/security/protect-access/',
    'https://docs.docker.com/engine/daemon/remote-access/',
    'https://docs.docker.com/reference/dockerfile/#expose',
  ],
  checkImage(image, { report }) {
    for (const port of exposedPorts(image)) {
      if (exposesTcp(port, DOCKER_API_PORT)) {
        report(port.written, `EXPOSE ${port.written.value} declares the unencrypted Docker API port ${DOCKER_API_PORT}`);
      } else if (exposesTcp(port, DOCKER_API_TLS_PORT)) {
        report(port.written, `EXPOSE ${port.written.value} declares the Docker API TLS port ${DOCKER_API_TLS_PORT}`, { level: 'warning', securitySeverity: 6.0 });
      }
    }
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const listener = dockerApiListener(command);
      if (!listener) continue;
      if (listener.tlsVerify) {
        report(listener.at, `dockerd serves its API on ${listener.address}, protected only by TLS client certificates`, { level: 'warning', securitySeverity: 6.0 });
      } else {
        report(listener.at, `dockerd serves its API without authentication on ${listener.address}`);
      }
    }
  },
  // checkRuntime: added with the Compose runtime rules
});
