/**
 * Messages that say exactly what is wrong, from Compose text to finding: which host port a
 * container port is published on, which limit means unlimited, which credentials or engine
 * socket a mount hands over. Each case asserts position, level, severity and message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runRuntimeRules } from '../src/engine/run.js';
import type { Rule } from '../src/engine/rule.js';
import { initShellParser } from '../src/shell.js';
import exposedInternalPort from '../rules/exposed-internal-port.js';
import portOnAllInterfaces from '../rules/port-on-all-interfaces.js';
import noPidsLimit from '../rules/no-pids-limit.js';
import dockerSocketMount from '../rules/docker-socket-mount.js';
import sensitiveHostMount from '../rules/sensitive-host-mount.js';
import { at, loadTexts, service } from './support/compose.js';

beforeAll(async () => {
  await initShellParser();
});

/** `line:col level severity message` of each finding of `rule` on the one service `svc`. */
function findings(rule: Rule, body: string): string[] {
  const result = loadTexts({ 'compose.yaml': `services:\n  svc:\n    image: example/app:1.0\n${body}` });
  expect(result.errors).toEqual([]);
  return runRuntimeRules(service(result, 'svc'), { rules: [rule], settingsOf: () => ({ profile: 'untrusted', rules: new Map() }), sourceOf: () => undefined, onRuleError: (_r, _f, e) => { throw e; } }).map(
    (f) => `${at(f.location).replace('compose.yaml:', '')} ${f.level} ${f.securitySeverity.toFixed(1)} ${f.message}`,
  );
}

describe('published ports name the host port and the container port', () => {
  it('exposed-internal-port', () => {
    expect(
      findings(
        exposedInternalPort,
        [
          '    ports:',
          '      - "9201:9200"',
          '      - "5432:5432"',
          '      - "6379"',
          '      - "0.0.0.0:9200-9300:9200-9300"',
          '      - "27000-27100:27017"',
          '      - target: 3306',
          '        published: "13306"',
          '        host_ip: "::"',
          '      - "11211:11211/udp"',
          '      - "127.0.0.1:5433:5432"',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '5:9 warning 5.0 service svc publishes the Elasticsearch port 9200 as host port 9201 on all host interfaces',
      '6:9 warning 5.0 service svc publishes the PostgreSQL port 5432 as host port 5432 on all host interfaces',
      '7:9 warning 5.0 service svc publishes the Redis port 6379 on a random host port on all host interfaces',
      '8:9 warning 5.0 service svc publishes the Elasticsearch port 9200 as host port 9200 and the Elasticsearch transport port 9300 as host port 9300 on all host interfaces',
      '9:9 warning 5.0 service svc publishes the MongoDB port 27017 on a host port from 27000-27100 on all host interfaces',
      '10:9 warning 5.0 service svc publishes the MySQL/MariaDB port 3306 as host port 13306 on all host interfaces',
      '13:9 warning 5.0 service svc publishes the Memcached port 11211/udp as host port 11211 on all host interfaces',
    ]);
  });

  it('port-on-all-interfaces', () => {
    expect(
      findings(
        portOnAllInterfaces,
        ['    ports:', '      - "8080:80"', '      - 3000', '      - "8000-8002:8000-8002"', '      - "53:53/udp"', '      - "[::]:8443:443"', '      - "127.0.0.1:9000:9000"', '      - "5432:5432"', ''].join('\n'),
      ),
    ).toEqual([
      '5:9 note 2.0 service svc publishes port 80 as host port 8080 on all host interfaces',
      '6:9 note 2.0 service svc publishes port 3000 on a random host port on all host interfaces',
      '7:9 note 2.0 service svc publishes ports 8000-8002 as host ports 8000-8002 on all host interfaces',
      '8:9 note 2.0 service svc publishes port 53/udp as host port 53 on all host interfaces',
      '9:9 note 2.0 service svc publishes port 443 as host port 8443 on all host interfaces',
    ]);
  });
});

describe('no-pids-limit', () => {
  it('a limit of -1 or 0 means unlimited, at the value', () => {
    expect(findings(noPidsLimit, '    pids_limit: -1\n')).toEqual(['4:17 note 3.0 service svc sets its process-count limit to -1, which means unlimited']);
    expect(findings(noPidsLimit, '    pids_limit: 0\n')).toEqual(['4:17 note 3.0 service svc sets its process-count limit to 0, which means unlimited']);
    expect(findings(noPidsLimit, '    deploy:\n      resources:\n        limits:\n          pids: -1\n')).toEqual([
      '7:17 note 3.0 service svc sets its process-count limit to -1, which means unlimited',
    ]);
    expect(findings(noPidsLimit, '    pids_limit: "${PIDS:--1}"\n')).toEqual(['4:17 note 3.0 service svc sets its process-count limit to -1, which means unlimited']);
  });

  it('a positive or unresolved limit is a limit; none at all is reported at the name', () => {
    expect(findings(noPidsLimit, '    pids_limit: 200\n')).toEqual([]);
    expect(findings(noPidsLimit, '    pids_limit: "${PIDS}"\n')).toEqual([]);
    expect(findings(noPidsLimit, '')).toEqual(['2:3 note 3.0 service svc has no process-count limit (pids_limit or deploy.resources.limits.pids)']);
  });
});

describe('docker-socket-mount', () => {
  it('Docker Desktop socket and folder, however the home is written', () => {
    const body = ['    volumes:', '      - ~/.docker/run/docker.sock:/var/run/docker.sock', '      - ${HOME}/.docker/run/docker.sock:/d.sock:ro', '      - $HOME/.docker/run:/run-dir', ''].join('\n');
    expect(findings(dockerSocketMount, body)).toEqual([
      '5:9 error 9.0 service svc mounts the Docker API socket ~/.docker/run/docker.sock: it can control the engine and through it the host',
      '6:9 error 9.0 service svc mounts the Docker API socket ~/.docker/run/docker.sock: it can control the engine and through it the host (read-only does not help: the API still answers)',
      '7:9 error 9.0 service svc mounts ~/.docker/run, which holds the Docker Desktop API socket: it can control the engine and through it the host',
    ]);
  });

  it('the Windows engine pipe in short and long syntax', () => {
    const body = ['    volumes:', '      - //./pipe/docker_engine://./pipe/docker_engine', '      - type: npipe', '        source: \\\\.\\pipe\\docker_engine', '        target: \\\\.\\pipe\\docker_engine', ''].join('\n');
    expect(findings(dockerSocketMount, body)).toEqual([
      '5:9 error 9.0 service svc mounts the Docker Engine named pipe //./pipe/docker_engine: it can control the engine and through it the host',
      '7:17 error 9.0 service svc mounts the Docker Engine named pipe \\\\.\\pipe\\docker_engine: it can control the engine and through it the host',
    ]);
  });
});

describe('sensitive-host-mount', () => {
  it('credential folders: read-write an error, read-only a warning; the socket is not reported twice', () => {
    const body = [
      '    volumes:',
      '      - ~/.aws:/root/.aws:ro',
      '      - ${HOME}/.kube:/root/.kube',
      '      - /root/.config/gcloud:/gcloud:ro',
      '      - /home/ci/.docker/config.json:/root/.docker/config.json:ro',
      '      - /home/ci/.gnupg:/root/.gnupg',
      '      - ~/.docker/run/docker.sock:/var/run/docker.sock',
      '      - ./.docker/php.ini:/usr/local/etc/php/php.ini:ro',
      '',
    ].join('\n');
    expect(findings(sensitiveHostMount, body)).toEqual([
      '5:9 warning 6.0 service svc mounts ~/.aws read-only: AWS credentials',
      '6:9 error 8.0 service svc mounts ~/.kube read-write: Kubernetes credentials (kubeconfig)',
      '7:9 warning 6.0 service svc mounts /root/.config/gcloud read-only: Google Cloud credentials',
      '8:9 warning 6.0 service svc mounts /home/ci/.docker/config.json read-only: Docker credentials (registry logins in config.json)',
      '9:9 error 8.0 service svc mounts /home/ci/.gnupg read-write: a GnuPG directory (private keys)',
    ]);
  });

  it('/dev/shm is the host shared memory, not device nodes', () => {
    expect(findings(sensitiveHostMount, '    volumes:\n      - /dev/shm:/dev/shm\n      - /dev/shm:/host-shm:ro\n      - /dev/mqueue:/dev/mqueue\n      - /dev:/host-dev:ro\n')).toEqual([
      "5:9 error 7.0 service svc mounts /dev/shm read-write: the host's shared memory, which the container can read and change: IPC with host processes (for more shared memory set shm_size instead)",
      "6:9 warning 5.0 service svc mounts /dev/shm read-only: the host's shared memory, which the container can read (for more shared memory set shm_size instead)",
      "7:9 error 7.0 service svc mounts /dev/mqueue read-write: the host's POSIX message queues, which the container can read and change: IPC with host processes",
      "8:9 warning 6.0 service svc mounts /dev read-only: the host's device nodes",
    ]);
  });
});
