import { defineRule } from '../src/engine/rule.js';
import { internalPortsOnAllInterfaces } from '../src/knowledge/ports.js';
import { describeMapping } from '../src/runtime/published.js';

/** Any port published on every host interface (internal-service ports are exposed-internal-port's). */
export default defineRule({
  id: 'port-on-all-interfaces',
  title: 'Port published on all host interfaces',
  level: 'note',
  securitySeverity: 2.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'network',
  rationale:
    'A published port without a host IP listens on every interface of the host, bypassing host firewall rules through Docker\'s own NAT rules. ' +
    'Services meant for a reverse proxy or local use are then reachable from any network the host is on.',
  fix: 'Bind to the interface that needs it (`"127.0.0.1:8080:8080"`), or put the service behind a proxy on an internal network.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    ports:\n' +
      '      - "8080:8080"',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    ports:\n' +
      '      - "127.0.0.1:8080:8080"',
  },
  references: ['https://docs.docker.com/reference/compose-file/services/#ports', 'https://docs.docker.com/engine/network/packet-filtering-firewalls/'],
  checkRuntime(container, { report }) {
    for (const port of container.ports) {
      if (!port.allInterfaces || internalPortsOnAllInterfaces(port).length > 0) continue;
      report(port, `${container.title} publishes ${describeMapping(port)} on all host interfaces`);
    }
  },
});
