import { defineRule, listOptionSchema } from '../src/engine/rule.js';
import { INTERNAL_SERVICE_PORTS, internalPortsOnAllInterfaces } from '../src/knowledge/ports.js';
import { describeNamedPort } from '../src/runtime/published.js';

/** A database, cache, broker or search port published on every host interface. */
export default defineRule({
  id: 'exposed-internal-port',
  title: 'Internal service port published on all interfaces',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'network',
  rationale:
    'Docker publishes ports with its own NAT rules, ahead of the host firewall (ufw/firewalld rules do not apply), so a database or cache published without a host IP answers on every interface of the host. ' +
    'Such services usually trust their network and are a common way into a host and its neighbours.',
  fix: 'Drop the `ports` entry and reach the service over the Compose network, or bind it to loopback: `"127.0.0.1:5432:5432"`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  db:\n' +
      '    image: postgres:16\n' +
      '    ports:\n' +
      '      - "5432:5432"',
    good:
      'services:\n' +
      '  db:\n' +
      '    image: postgres:16\n' +
      '    ports:\n' +
      '      - "127.0.0.1:5432:5432"',
  },
  references: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw', 'https://docs.docker.com/reference/compose-file/services/#ports'],
  options: {
    schema: listOptionSchema('ports', 'integer', "more container ports of internal services (an admin UI, a private API)"),
    description: "`ports`: more container ports that belong to internal services (an admin UI, a metrics endpoint, a private API), reported like the built-in databases' and brokers' ports.",
  },
  checkRuntime(container, { report, options }) {
    const extra = new Set((options.ports as number[] | undefined) ?? []);
    for (const port of container.ports) {
      const extraHits = port.allInterfaces ? port.targetPorts.filter((p) => extra.has(p) && !INTERNAL_SERVICE_PORTS.has(p)) : [];
      const internal = [...internalPortsOnAllInterfaces(port), ...extraHits];
      if (internal.length === 0) continue;
      const ports = internal.map((p) => describeNamedPort(port, p, INTERNAL_SERVICE_PORTS.get(p) ?? 'configured internal service'));
      const list = ports.length > 1 ? `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}` : ports[0];
      report(port, `${container.title} publishes ${list} on all host interfaces`);
    }
  },
});
