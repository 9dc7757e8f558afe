/** Well-known ports of services meant for a private network (databases, caches, brokers, search). */
export const INTERNAL_SERVICE_PORTS: ReadonlyMap<number, string> = new Map([
  [5432, 'PostgreSQL'],
  [3306, 'MySQL/MariaDB'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [27017, 'MongoDB'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [9200, 'Elasticsearch'],
  [9300, 'Elasticsearch transport'],
  [5984, 'CouchDB'],
  [8086, 'InfluxDB'],
  [2379, 'etcd'],
  [2380, 'etcd peer'],
  [5672, 'RabbitMQ'],
  [9092, 'Kafka'],
  [2181, 'ZooKeeper'],
  [8500, 'Consul'],
]);

import type { PortMapping } from '../runtime/model.js';

/** The internal-service ports a mapping publishes on every host interface. */
export function internalPortsOnAllInterfaces(port: PortMapping): number[] {
  if (!port.allInterfaces) return [];
  return port.targetPorts.filter((p) => INTERNAL_SERVICE_PORTS.has(p));
}
