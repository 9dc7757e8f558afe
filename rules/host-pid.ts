import { defineRule } from '../src/engine/rule.js';
import { isHostMode } from '../src/runtime/values.js';

/** `pid: host`: the container shares the host's process table. */
export default defineRule({
  id: 'host-pid',
  title: "Container shares the host's PID namespace",
  level: 'error',
  securitySeverity: 8.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'namespaces',
  rationale:
    'With the host PID namespace the container sees every process on the host, can signal the ones running as its user, and reads their command lines and environments from /proc. ' +
    "With SYS_PTRACE or root it can attach to host processes and, through /proc/<pid>/root, reach the host's filesystem.",
  fix: "Remove `pid: host`. To debug another container, join that one container's namespace (`pid: service:<name>`) instead of the host's.",
  example: 'services:\n  debug:\n    pid: service:api',
  references: [
    'https://docs.docker.com/reference/compose-file/services/#pid',
    'https://docs.docker.com/reference/cli/docker/container/run/#pid',
    'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.pid)) report(container.pid!, `service ${container.name.value} shares the host's PID namespace`);
  },
});
