/**
 * Published ports in words, so a message says which container port reaches the host on which
 * host port (`"9201:9200"` publishes container port 9200 as host port 9201).
 */
import type { PortMapping } from './model.js';

function protocolSuffix(port: PortMapping): string {
  return port.protocol && port.protocol !== 'tcp' ? `/${port.protocol}` : '';
}

/** Where one container port of a mapping lands on the host: `as host port 9201`, `on a random host port`. */
export function hostPortFor(port: PortMapping, containerPort: number): string {
  const i = port.targetPorts.indexOf(containerPort);
  if (i >= 0 && port.publishedPorts.length === port.targetPorts.length) return `as host port ${port.publishedPorts[i]}`;
  // One container port and a host range: Docker picks a free port of the range.
  if (port.publishedPorts.length > 1) return `on a host port from ${port.published}`;
  if (port.published && port.publishedPorts.length === 0) return `as host port ${port.published}`;
  return 'on a random host port';
}

/** `port 80 as host port 8080`, `ports 8000-8010 as host ports 8000-8010`, `port 53/udp on a random host port`. */
export function describeMapping(port: PortMapping): string {
  const proto = protocolSuffix(port);
  if (port.targetPorts.length <= 1) {
    const target = port.targetPorts[0];
    return `port ${port.target}${proto} ${target === undefined ? (port.published ? `as host port ${port.published}` : 'on a random host port') : hostPortFor(port, target)}`;
  }
  if (port.publishedPorts.length === port.targetPorts.length) return `ports ${port.target}${proto} as host ports ${port.published}`;
  return `ports ${port.target}${proto} on ${port.published ? `host ports from ${port.published}` : 'random host ports'}`;
}

/** `the PostgreSQL port 5432 as host port 15432`: one container port of a mapping, named. */
export function describeNamedPort(port: PortMapping, containerPort: number, service: string): string {
  return `the ${service} port ${containerPort}${protocolSuffix(port)} ${hostPortFor(port, containerPort)}`;
}
