import { defineRule } from '../src/engine/rule.js';
import { hostNamespace, joinPath, joinRelated, ownerTitle } from '../src/runtime/namespaces.js';

/**
 * `network_mode: host`: the container uses the host's network stack. `service:x` /
 * `container:x` join x's namespace, which is the host's when x is on the host network (also
 * through a chain of joins): that is reported at the joining setting, x's `host` as related.
 * `bridge` / `none` are isolated. A service on an external network named `host` (the
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
    'Published-port rules and inter-container network isolation no longer apply; with NET_ADMIN or NET_RAW it can reconfigure or sniff the host network. ' +
    "A container that joins another one's network (`network_mode: service:vpn`) is on the host network too when that one is.",
  fix: 'Remove `network_mode: host` and publish only the ports the service needs with `ports:` (bound to 127.0.0.1 where possible). For a service that joins another one\'s network, fix the one that is on the host network.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  web:\n' +
      '    image: example/web:2.3\n' +
      '    network_mode: host',
    good:
      'services:\n' +
      '  web:\n' +
      '    image: example/web:2.3\n' +
      '    ports:\n' +
      '      - "127.0.0.1:8080:8080"',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#network_mode',
    'https://docs.docker.com/engine/network/drivers/host/',
    'https://man7.org/linux/man-pages/man7/network_namespaces.7.html',
  ],
  checkRuntime(container, { report }) {
    const host = hostNamespace(container, 'network');
    if (!host) return;
    const name = container.name.value;
    if (!host.via) report(host.at, `${container.title} uses the host's network stack`);
    else {
      report(host.at, `${container.title} uses the host's network stack: it joins the network namespace of ${joinPath(host.via)}, which is on the host network`, {
        related: joinRelated(host.via, `${ownerTitle(host.via)} is on the host network here`),
      });
    }
  },
});
