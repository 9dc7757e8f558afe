import { defineRule } from '../src/engine/rule.js';
import { hostNamespace, joinPath, joinRelated, ownerTitle } from '../src/runtime/namespaces.js';

/**
 * `pid: host`: the container shares the host's process table; so does one that joins
 * (`pid: service:x`, through any chain) a container that has `pid: host`.
 */
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
    "With SYS_PTRACE or root it can attach to host processes and, through /proc/<pid>/root, reach the host's filesystem. " +
    "Joining the PID namespace of a container that has `pid: host` gives the same view.",
  fix: "Remove `pid: host`. To debug another container, join that one container's namespace (`pid: service:<name>`) instead of the host's; it must not itself have `pid: host`.",
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  debug:\n' +
      '    image: busybox:1.36\n' +
      '    pid: host',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '  debug:\n' +
      '    image: busybox:1.36\n' +
      '    pid: service:api',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#pid',
    'https://docs.docker.com/reference/cli/docker/container/run/#pid',
    'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    const host = hostNamespace(container, 'pid');
    if (!host) return;
    const name = container.name.value;
    if (!host.via) report(host.at, `${container.title} shares the host's PID namespace`);
    else {
      report(host.at, `${container.title} shares the host's PID namespace: it joins the PID namespace of ${joinPath(host.via)}, which shares the host's`, {
        related: joinRelated(host.via, `${ownerTitle(host.via)} shares the host's PID namespace here`),
      });
    }
  },
});
