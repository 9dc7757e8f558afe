import { defineRule } from '../src/engine/rule.js';
import { isHostMode } from '../src/runtime/values.js';

/** `uts: host`: the container shares the host's hostname and domain name. */
export default defineRule({
  id: 'host-uts',
  title: "Container shares the host's UTS namespace",
  level: 'warning',
  securitySeverity: 4.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'namespaces',
  rationale:
    "In the host UTS namespace the container reads the host's real hostname and, with SYS_ADMIN, can change it for every process on the host. " +
    'Logs, certificates and cluster membership keyed on the hostname can then be confused or spoofed from inside a container.',
  fix: 'Remove `uts: host`; set the name the service should see with `hostname:`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    uts: host',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    hostname: api',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#uts',
    'https://docs.docker.com/reference/cli/docker/container/run/#uts',
    'https://man7.org/linux/man-pages/man7/uts_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.uts)) report(container.uts!, `${container.title} shares the host's UTS namespace (hostname)`);
  },
});
