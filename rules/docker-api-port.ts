import { defineRule, type Level, type Report } from '../src/engine/rule.js';
import { exposedPorts, exposesTcp, startCommands } from '../src/image/config.js';
import { imageCommands, runtimeCommands } from '../src/knowledge/query.js';
import type { PortMapping } from '../src/runtime/model.js';
import { resolvedText } from '../src/runtime/values.js';
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

export interface DockerApiPort {
  port: number;
  /** For messages: `the unencrypted Docker API port 2375`. */
  what: string;
  level: Level;
  securitySeverity: number;
}

const PLAIN: DockerApiPort = { port: DOCKER_API_PORT, what: `the unencrypted Docker API port ${DOCKER_API_PORT}`, level: 'error', securitySeverity: 9.0 };
const TLS: DockerApiPort = { port: DOCKER_API_TLS_PORT, what: `the Docker API TLS port ${DOCKER_API_TLS_PORT}`, level: 'warning', securitySeverity: 6.0 };

/**
 * The Docker API port a TCP port entry covers, given whether it covers a port number: 2375
 * wins over 2376 when a range covers both. Used for EXPOSE, Compose `expose` and `ports`.
 */
export function dockerApiPort(covers: (port: number) => boolean): DockerApiPort | undefined {
  return [PLAIN, TLS].find((p) => covers(p.port));
}

/** A Compose `expose` entry (`2375`, `"2375/tcp"`, `2370-2380`) as a TCP port range; undefined for UDP or text that is not a port. */
export function exposeRange(entry: string): { from: number; to: number } | undefined {
  const m = /^(\d+)(?:-(\d+))?(?:\/([a-z]+))?$/i.exec(entry.trim());
  if (!m || (m[3] && m[3].toLowerCase() !== 'tcp')) return undefined;
  const from = Number(m[1]);
  return { from, to: m[2] ? Number(m[2]) : from };
}

/** A `ports` entry publishes the port on the container side or the host side, over TCP. */
function publishes(mapping: PortMapping, port: number): boolean {
  return mapping.protocol === 'tcp' && (mapping.targetPorts.includes(port) || mapping.publishedPorts.includes(port));
}

/** Reports a dockerd that listens on the network: unauthenticated is an error, `--tlsverify` a warning. */
function reportListener(listener: DockerApiListener, report: Report): void {
  if (listener.tlsVerify) {
    report(listener.at, `dockerd serves its API on ${listener.address}, protected only by TLS client certificates`, { level: 'warning', securitySeverity: 6.0 });
  } else {
    report(listener.at, `dockerd serves its API without authentication on ${listener.address}`);
  }
}

/**
 * Image: the built image EXPOSEs 2375 (error) or 2376 (warning), or a command in the built
 * stages starts dockerd listening on a network address (error; warning with --tlsverify).
 * Runtime: `ports` publishes 2375/2376 on either side, `expose` lists them, or `command`/
 * `entrypoint` starts such a dockerd.
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
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM docker:27-dind\n' +
      'EXPOSE 2375\n' +
      'CMD ["dockerd", "-H", "tcp://0.0.0.0:2375"]',
    good:
      'FROM docker:27-dind\n' +
      'CMD ["dockerd", "-H", "unix:///var/run/docker.sock"]',
  },
  references: [
    'https://docs.docker.com/engine/security/protect-access/',
    'https://docs.docker.com/engine/daemon/remote-access/',
    'https://docs.docker.com/reference/dockerfile/#expose',
    'https://docs.docker.com/reference/compose-file/services/#ports',
    'https://docs.docker.com/reference/compose-file/services/#expose',
  ],
  checkImage(image, { report }) {
    for (const port of exposedPorts(image)) {
      const api = dockerApiPort((n) => exposesTcp(port, n));
      if (api) report(port.written, `EXPOSE ${port.written.value} declares ${api.what}`, level(api));
    }
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const listener = dockerApiListener(command);
      if (listener) reportListener(listener, report);
    }
  },
  checkRuntime(container, { report }) {
    const name = container.name.value;
    // A loopback host IP keeps the port off the host's interfaces, but the container still
    // serves the API on its own network, to every container that can reach it.
    for (const mapping of container.ports) {
      const api = dockerApiPort((n) => publishes(mapping, n));
      if (!api) continue;
      const where = mapping.allInterfaces ? 'on every host interface' : `on ${mapping.hostIp}, and to its networks`;
      report(mapping, `${container.title} publishes ${api.what} ${where}`, level(api));
    }
    for (const entry of container.expose) {
      const text = resolvedText(entry);
      const range = text === undefined ? undefined : exposeRange(text);
      const api = range && dockerApiPort((n) => range.from <= n && n <= range.to);
      if (api) report(entry, `${container.title} exposes ${api.what} to the containers on its networks`, level(api));
    }
    for (const command of runtimeCommands(container)) {
      const listener = dockerApiListener(command);
      if (listener) reportListener(listener, report);
    }
  },
});

function level(api: DockerApiPort): { level: Level; securitySeverity: number } {
  return { level: api.level, securitySeverity: api.securitySeverity };
}
