import { defineRule } from '../src/engine/rule.js';
import { isHostMode } from '../src/runtime/values.js';

/** `ipc: host`: the container shares the host's System V IPC objects and POSIX message queues. */
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
    'It can read or corrupt data other programs exchange there, and exhaust the IPC limits the whole host shares.',
  fix: "Remove `ipc: host`. If two containers must share memory, give one `ipc: shareable` and the other `ipc: service:<name>`.",
  example: 'services:\n  worker:\n    ipc: service:broker',
  references: [
    'https://docs.docker.com/reference/compose-file/services/#ipc',
    'https://docs.docker.com/reference/cli/docker/container/run/#ipc',
    'https://man7.org/linux/man-pages/man7/ipc_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.ipc)) report(container.ipc!, `service ${container.name.value} shares the host's IPC namespace`);
  },
});
