import { defineRule } from '../src/engine/rule.js';
import { isHostMode } from '../src/runtime/values.js';

/**
 * `network_mode: host`: the container uses the host's network stack. Only `host` itself is
 * flagged: `service:x` / `container:x` join another container's namespace (not the host's),
 * and `bridge` / `none` are isolated. A service on an external network named `host` (the
 * Compose loader reads that as network mode host, located at `name: host`) is flagged too.
 */
export default defineRule({
  id: 'host-network',
  title: "Container shares the host's network namespace",
  level: 'warning',
  securitySeverity: 6.5,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'namespaces',
  rationale:
    "On the host network the container binds the host's own interfaces, reaches services that listen only on the host's loopback (databases, admin APIs, cloud metadata), and sees all host traffic. " +
    'Published-port rules and inter-container network isolation no longer apply; with NET_ADMIN or NET_RAW it can reconfigure or sniff the host network.',
  fix: 'Remove `network_mode: host` and publish only the ports the service needs with `ports:` (bound to 127.0.0.1 where possible).',
  example: 'services:\n  web:\n    ports:\n      - "127.0.0.1:8080:8080"',
  references: [
    'https://docs.docker.com/reference/compose-file/services/#network_mode',
    'https://docs.docker.com/engine/network/drivers/host/',
    'https://man7.org/linux/man-pages/man7/network_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.networkMode)) report(container.networkMode!, `service ${container.name.value} uses the host's network stack`);
  },
});
