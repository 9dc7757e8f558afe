/**
 * Namespaces joined from another container (`network_mode: service:x`), resolved for a
 * project and judged by host-network / host-pid / host-ipc / unnamespaced-sysctl as what the
 * owner uses; and the Compose service keys (legacy `net:` and `dockerfile:`, `container_name`)
 * that feed the model.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeService } from '../src/compose/normalize.js';
import { parseYaml } from '../src/compose/yaml.js';
import { runRuntimeRules } from '../src/engine/run.js';
import type { Rule } from '../src/engine/rule.js';
import { hostNamespace, joinTarget, resolveJoinedNamespaces } from '../src/runtime/namespaces.js';
import { initShellParser } from '../src/shell.js';
import hostNetwork from '../rules/host-network.js';
import hostPid from '../rules/host-pid.js';
import hostIpc from '../rules/host-ipc.js';
import unnamespacedSysctl from '../rules/unnamespaced-sysctl.js';
import { at, loadTexts, service, yamlFile } from './support/compose.js';

beforeAll(async () => {
  await initShellParser();
});

function findings(rule: Rule, text: string, name: string): string[] {
  const result = loadTexts({ 'compose.yaml': text });
  expect(result.errors).toEqual([]);
  return runRuntimeRules(service(result, name), { rules: [rule], settingsOf: () => ({ profile: 'untrusted', rules: new Map() }), sourceOf: () => undefined, onRuleError: (_r, _f, e) => { throw e; } }).map(
    (f) => [`${at(f.location)} ${f.level} ${f.message}`, ...f.related.map((r) => `  ${at(r.loc)} ${r.message}`)].join('\n'),
  );
}

describe('joinTarget', () => {
  it('reads service: and container: references, nothing else', () => {
    const t = (value: string) => joinTarget({ value, loc: { file: 'c', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } });
    expect([t('service:vpn'), t('container: gw '), t('host'), t('bridge'), t('service:')]).toEqual([
      { by: 'service', name: 'vpn' },
      { by: 'container', name: 'gw' },
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('transitive namespace sharing', () => {
  const chain = [
    'services:',
    '  host-side:',
    '    image: example/gateway:1.0',
    '    network_mode: host',
    '    pid: host',
    '    ipc: host',
    '  middle:',
    '    image: example/vpn:1.0',
    '    network_mode: "service:host-side"',
    '  app:',
    '    image: example/app:1.0',
    '    network_mode: "service:middle"',
    '    pid: service:host-side',
    '    ipc: "container:edge"',
    '  named:',
    '    image: example/named:1.0',
    '    container_name: edge',
    '    ipc: host',
    '',
  ].join('\n');

  it('reports at the joining setting, naming the chain, with each hop and the owner as related', () => {
    expect(findings(hostNetwork, chain, 'app')).toEqual([
      [
        "compose.yaml:12:19 warning service app uses the host's network stack: it joins the network namespace of service middle, which joins host-side, which is on the host network",
        '  compose.yaml:9:19 service middle joins the namespace of host-side here',
        '  compose.yaml:4:19 service host-side is on the host network here',
      ].join('\n'),
    ]);
    expect(findings(hostNetwork, chain, 'middle')).toEqual([
      [
        "compose.yaml:9:19 warning service middle uses the host's network stack: it joins the network namespace of service host-side, which is on the host network",
        '  compose.yaml:4:19 service host-side is on the host network here',
      ].join('\n'),
    ]);
    expect(findings(hostPid, chain, 'app')).toEqual([
      [
        "compose.yaml:13:10 error service app shares the host's PID namespace: it joins the PID namespace of service host-side, which shares the host's",
        "  compose.yaml:5:10 service host-side shares the host's PID namespace here",
      ].join('\n'),
    ]);
  });

  it('finds container:<name> by container_name', () => {
    expect(findings(hostIpc, chain, 'app')).toEqual([
      [
        "compose.yaml:14:10 error service app shares the host's IPC namespace: it joins the IPC namespace of service named, which shares the host's",
        "  compose.yaml:18:10 service named shares the host's IPC namespace here",
      ].join('\n'),
    ]);
  });

  it('passes joins of a container on its own namespace, an unknown container, a loop and an unresolved mode', () => {
    const text = [
      'services:',
      '  vpn:',
      '    image: example/vpn:1.0',
      '    network_mode: bridge',
      '  app:',
      '    image: example/app:1.0',
      '    network_mode: service:vpn',
      '    pid: container:not-in-this-project',
      '  a:',
      '    image: example/a:1.0',
      '    network_mode: service:b',
      '  b:',
      '    image: example/b:1.0',
      '    network_mode: service:a',
      '  c:',
      '    image: example/c:1.0',
      '    network_mode: service:${PEER}',
      '  d:',
      '    image: example/d:1.0',
      '    network_mode: service:own',
      '  own:',
      '    image: example/own:1.0',
      '    pid: host',
      '',
    ].join('\n');
    for (const name of ['vpn', 'app', 'a', 'b', 'c', 'd']) {
      expect(findings(hostNetwork, text, name), name).toEqual([]);
      expect(findings(hostPid, text, name), name).toEqual([]);
    }
    const result = loadTexts({ 'compose.yaml': text });
    expect(service(result, 'app').joined?.network).toMatchObject({ owner: 'vpn', ownerSetting: { value: 'bridge' } });
    expect(service(result, 'a').joined).toBeUndefined();
    expect(service(result, 'd').joined?.network).toMatchObject({ owner: 'own', ownerSetting: undefined });
  });

  it('a service on an external network named host is the owner of a host network', () => {
    const text = [
      'services:',
      '  proxy:',
      '    image: example/proxy:1.0',
      '  sidecar:',
      '    image: example/sidecar:1.0',
      '    network_mode: service:proxy',
      'networks:',
      '  default:',
      '    name: host',
      '    external: true',
      '',
    ].join('\n');
    expect(findings(hostNetwork, text, 'sidecar')).toEqual([
      [
        "compose.yaml:6:19 warning service sidecar uses the host's network stack: it joins the network namespace of service proxy, which is on the host network",
        '  compose.yaml:9:11 service proxy is on the host network here',
      ].join('\n'),
    ]);
  });

  it('unnamespaced-sysctl sees the resolved network mode', () => {
    const text = [
      'services:',
      '  gateway:',
      '    image: example/gateway:1.0',
      '    network_mode: host',
      '  wireguard:',
      '    image: example/wireguard:1.0',
      '    network_mode: service:gateway',
      '    sysctls:',
      '      net.ipv4.conf.all.src_valid_mark: 1',
      '',
    ].join('\n');
    expect(findings(unnamespacedSysctl, text, 'wireguard')).toEqual([
      [
        "compose.yaml:9:7 error service wireguard sets net.ipv4.conf.all.src_valid_mark in the host's NET namespace (it joins the namespace of service gateway): it would change the host",
        "  compose.yaml:4:19 service gateway shares the host's NET namespace here",
      ].join('\n'),
    ]);
  });

  it('is source-agnostic: any set of models can be resolved', () => {
    const result = loadTexts({ 'compose.yaml': chain });
    const models = result.containers.map((c) => ({ ...c, joined: undefined }));
    resolveJoinedNamespaces(models);
    const app = models.find((m) => m.name.value === 'app')!;
    expect(hostNamespace(app, 'network')?.via?.chain.map((h) => `${h.container}=${h.setting.value}`)).toEqual(['app=service:middle', 'middle=service:host-side']);
    expect(hostNamespace(app, 'network')?.at.value).toBe('service:middle');
  });
});

describe('legacy service keys', () => {
  const normalize = (text: string) => {
    const file = yamlFile(text);
    const root = parseYaml(file);
    if (root.kind !== 'map') throw new Error('not a map');
    const pair = root.pairs[0]!;
    return normalizeService(pair.key, pair.value);
  };

  it('reads net: as network_mode (format v1); network_mode wins when both are written', () => {
    const legacy = normalize('web:\n  image: example/web:1.0\n  net: host\n');
    expect([legacy.networkMode?.value, at(legacy.networkMode?.loc)]).toEqual(['host', 'compose.yaml:3:8']);
    expect(normalize('web:\n  net: "container:db"\n').networkMode?.value).toBe('container:db');
    const both = normalize('web:\n  net: host\n  network_mode: bridge\n');
    expect([both.networkMode?.value, at(both.networkMode?.loc)]).toEqual(['bridge', 'compose.yaml:3:17']);
  });

  it('reads a v1 dockerfile: key beside build: ./dir; build.dockerfile wins in a mapping', () => {
    const legacy = normalize('web:\n  build: ./app\n  dockerfile: Dockerfile.prod\n');
    expect([legacy.build?.dockerfile?.value, legacy.build?.dockerfilePath, at(legacy.build?.dockerfile?.loc)]).toEqual(['Dockerfile.prod', '/project/app/Dockerfile.prod', 'compose.yaml:3:15']);
    const mapping = normalize('web:\n  build:\n    context: ./app\n  dockerfile: Dockerfile.prod\n');
    expect(mapping.build?.dockerfilePath).toBe('/project/app/Dockerfile');
  });

  it('net: in a services: file is judged by host-network', () => {
    expect(findings(hostNetwork, 'services:\n  web:\n    image: example/web:1.0\n    net: host\n', 'web')).toEqual(["compose.yaml:4:10 warning service web uses the host's network stack"]);
  });
});
