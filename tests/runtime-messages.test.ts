/**
 * Messages that say exactly what is wrong, from Compose text to finding: which host port a
 * container port is published on, which limit means unlimited. Each case asserts position,
 * level, severity and message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runRuntimeRules } from '../src/engine/run.js';
import type { Rule } from '../src/engine/rule.js';
import { initShellParser } from '../src/shell.js';
import exposedInternalPort from '../rules/exposed-internal-port.js';
import portOnAllInterfaces from '../rules/port-on-all-interfaces.js';
import noPidsLimit from '../rules/no-pids-limit.js';
import { at, loadTexts, service } from './support/compose.js';

beforeAll(async () => {
  await initShellParser();
});

/** `line:col level severity message` of each finding of `rule` on the one service `svc`. */
function findings(rule: Rule, body: string): string[] {
  const result = loadTexts({ 'compose.yaml': `services:\n  svc:\n    image: example/app:1.0\n${body}` });
  expect(result.errors).toEqual([]);
  return runRuntimeRules(service(result, 'svc'), { rules: [rule], profile: 'untrusted', sourceOf: () => undefined, onRuleError: (_r, _f, e) => { throw e; } }).map(
    (f) => `${at(f.location).replace('compose.yaml:', '')} ${f.level} ${f.securitySeverity.toFixed(1)} ${f.message}`,
  );
}

describe('published ports name the host port and the container port', () => {
  it('exposed-internal-port', () => {
    expect(
      findings(
        exposedInternalPort,
        [
          '    ports:',
          '      - "9201:9200"',
          '      - "5432:5432"',
          '      - "6379"',
          '      - "0.0.0.0:9200-9300:9200-9300"',
          '      - "27000-27100:27017"',
          '      - target: 3306',
          '        published: "13306"',
          '        host_ip: "::"',
          '      - "11211:11211/udp"',
          '      - "127.0.0.1:5433:5432"',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '5:9 warning 5.0 service svc publishes the Elasticsearch port 9200 as host port 9201 on all host interfaces',
      '6:9 warning 5.0 service svc publishes the PostgreSQL port 5432 as host port 5432 on all host interfaces',
      '7:9 warning 5.0 service svc publishes the Redis port 6379 on a random host port on all host interfaces',
      '8:9 warning 5.0 service svc publishes the Elasticsearch port 9200 as host port 9200 and the Elasticsearch transport port 9300 as host port 9300 on all host interfaces',
      '9:9 warning 5.0 service svc publishes the MongoDB port 27017 on a host port from 27000-27100 on all host interfaces',
      '10:9 warning 5.0 service svc publishes the MySQL/MariaDB port 3306 as host port 13306 on all host interfaces',
      '13:9 warning 5.0 service svc publishes the Memcached port 11211/udp as host port 11211 on all host interfaces',
    ]);
  });

  it('port-on-all-interfaces', () => {
    expect(
      findings(
        portOnAllInterfaces,
        ['    ports:', '      - "8080:80"', '      - 3000', '      - "8000-8002:8000-8002"', '      - "53:53/udp"', '      - "[::]:8443:443"', '      - "127.0.0.1:9000:9000"', '      - "5432:5432"', ''].join('\n'),
      ),
    ).toEqual([
      '5:9 note 2.0 service svc publishes port 80 as host port 8080 on all host interfaces',
      '6:9 note 2.0 service svc publishes port 3000 on a random host port on all host interfaces',
      '7:9 note 2.0 service svc publishes ports 8000-8002 as host ports 8000-8002 on all host interfaces',
      '8:9 note 2.0 service svc publishes port 53/udp as host port 53 on all host interfaces',
      '9:9 note 2.0 service svc publishes port 443 as host port 8443 on all host interfaces',
    ]);
  });
});

describe('no-pids-limit', () => {
  it('a limit of -1 or 0 means unlimited, at the value', () => {
    expect(findings(noPidsLimit, '    pids_limit: -1\n')).toEqual(['4:17 note 3.0 service svc sets its process-count limit to -1, which means unlimited']);
    expect(findings(noPidsLimit, '    pids_limit: 0\n')).toEqual(['4:17 note 3.0 service svc sets its process-count limit to 0, which means unlimited']);
    expect(findings(noPidsLimit, '    deploy:\n      resources:\n        limits:\n          pids: -1\n')).toEqual([
      '7:17 note 3.0 service svc sets its process-count limit to -1, which means unlimited',
    ]);
    expect(findings(noPidsLimit, '    pids_limit: "${PIDS:--1}"\n')).toEqual(['4:17 note 3.0 service svc sets its process-count limit to -1, which means unlimited']);
  });

  it('a positive or unresolved limit is a limit; none at all is reported at the name', () => {
    expect(findings(noPidsLimit, '    pids_limit: 200\n')).toEqual([]);
    expect(findings(noPidsLimit, '    pids_limit: "${PIDS}"\n')).toEqual([]);
    expect(findings(noPidsLimit, '')).toEqual(['2:3 note 3.0 service svc has no process-count limit (pids_limit or deploy.resources.limits.pids)']);
  });
});
