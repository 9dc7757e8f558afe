import { defineRule } from '../src/engine/rule.js';
import { hostNamespace, joinPath, joinRelated, ownerTitle } from '../src/runtime/namespaces.js';

/**
 * `ipc: host`: the container shares the host's System V IPC objects and POSIX message
 * queues; so does one that joins (`ipc: service:x`, through any chain) a container that has
 * `ipc: host`.
 */
export default defineRule({
  id: 'host-ipc',
  title: "Container shares the host's IPC namespace",
  level: 'error',
  securitySeverity: 7.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'namespaces',
  rationale:
    "In the host IPC namespace the container can attach to the shared memory segments, semaphores and message queues of host processes, and the host's /dev/shm. " +
    'It can read or corrupt data other programs exchange there, and exhaust the IPC limits the whole host shares. ' +
    'Joining the IPC namespace of a container that has `ipc: host` gives the same access.',
  fix: "Remove `ipc: host`. If two containers must share memory, give one `ipc: shareable` and the other `ipc: service:<name>`, never joining a container that has `ipc: host`.",
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  worker:\n' +
      '    image: example/worker:2.1\n' +
      '    ipc: host',
    good:
      'services:\n' +
      '  broker:\n' +
      '    image: example/broker:2.1\n' +
      '    ipc: shareable\n' +
      '  worker:\n' +
      '    image: example/worker:2.1\n' +
      '    ipc: service:broker',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#ipc',
    'https://docs.docker.com/reference/cli/docker/container/run/#ipc',
    'https://man7.org/linux/man-pages/man7/ipc_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    const host = hostNamespace(container, 'ipc');
    if (!host) return;
    const name = container.name.value;
    if (!host.via) report(host.at, `${container.title} shares the host's IPC namespace`);
    else {
      report(host.at, `${container.title} shares the host's IPC namespace: it joins the IPC namespace of ${joinPath(host.via)}, which shares the host's`, {
        related: joinRelated(host.via, `${ownerTitle(host.via)} shares the host's IPC namespace here`),
      });
    }
  },
});
