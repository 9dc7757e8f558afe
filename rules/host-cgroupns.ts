import { defineRule } from '../src/engine/rule.js';
import { isHostMode } from '../src/runtime/values.js';

/** `cgroup: host`: the container sees the host's whole cgroup hierarchy. */
export default defineRule({
  id: 'host-cgroupns',
  title: "Container shares the host's cgroup namespace",
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'namespaces',
  rationale:
    "In the host cgroup namespace the container sees the host's cgroup tree: the names, resource use and limits of every other container and host service. " +
    'That leaks what runs on the host and, combined with a writable cgroup mount or extra capabilities, lets a container meddle with the limits the shared kernel enforces.',
  fix: 'Remove `cgroup: host` (or set `cgroup: private`).',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    cgroup: host',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    cgroup: private',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#cgroup',
    'https://man7.org/linux/man-pages/man7/cgroup_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.cgroup)) report(container.cgroup!, `${container.title} shares the host's cgroup namespace`);
  },
});
