/** A Compose service turned into the runtime model, field family by field family. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePortSpec, parseSecurityOpt } from '../src/compose/normalize.js';
import { initShellParser } from '../src/shell.js';
import type { RuntimeModel, Value } from '../src/runtime/model.js';
import { at, load, loadTexts, root, service } from './support/compose.js';

const F = 'fixtures/compose/normalize/compose.yaml';
let all: RuntimeModel;
let deploy: RuntimeModel;
const v = (x: Value<unknown> | undefined) => (x ? `${String(x.value)}@${at(x.loc).replace(`${F}:`, '')}` : undefined);

beforeAll(async () => {
  await initShellParser();
  const r = load(['fixtures/compose/normalize']);
  all = service(r, 'all');
  deploy = service(r, 'deploy');
});

describe('identity and namespaces', () => {
  it('reads user, privileged and the namespace modes, located on their values', () => {
    expect(v(all.name)).toBe('all@2:3');
    expect(all.file).toBe(F);
    expect([v(all.user), v(all.privileged), v(all.pid), v(all.ipc), v(all.networkMode), v(all.uts), v(all.userns), v(all.cgroup)]).toEqual([
      '0@4:11',
      'yes@5:17',
      'host@6:10',
      'host@7:10',
      'host@8:19',
      'host@9:10',
      'host@10:18',
      'host@11:13',
    ]);
    expect(all.user?.value).toBe('0');
  });

  it('normalises capabilities: upper case, no CAP_ prefix', () => {
    expect(all.capAdd.map(v)).toEqual(['SYS_ADMIN@12:15', 'NET_ADMIN@12:30', 'SYS_PTRACE@12:45']);
    expect(all.capDrop.map(v)).toEqual(['ALL@14:9']);
  });

  it('parses security options written with : or =', () => {
    expect(all.securityOpt.map((s) => [s.key, s.value, s.written, at(s.loc).replace(`${F}:`, '')])).toEqual([
      ['seccomp', 'unconfined', 'seccomp=unconfined', '16:9'],
      ['apparmor', 'unconfined', 'apparmor:unconfined', '17:9'],
      ['no-new-privileges', '', 'no-new-privileges', '18:9'],
      ['no-new-privileges', 'true', 'no-new-privileges:true', '19:9'],
      ['label', 'disable', 'label:disable', '20:9'],
      ['label', 'type:spc_t', 'label=type:spc_t', '21:9'],
    ]);
    expect(parseSecurityOpt('Seccomp = /etc/profile.json')).toEqual({ key: 'seccomp', value: '/etc/profile.json' });
  });
});

describe('host resources', () => {
  it('reads devices in short and long syntax, and device cgroup rules', () => {
    expect(all.devices.map((d) => [v(d.host), d.container, d.permissions, at(d.loc).replace(`${F}:`, '')])).toEqual([
      ['/dev/sda@23:9', '/dev/xvda', 'rwm', '23:9'],
      ['/dev/fuse@24:9', undefined, undefined, '24:9'],
      ['/dev/kmsg@25:17', '/dev/kmsg', 'r', '25:9'],
    ]);
    expect(all.deviceCgroupRules.map(v)).toEqual(['c *:* rwm@29:9']);
  });

  it('reads short and long volume syntax, resolving bind sources against the file’s folder', () => {
    const dir = `${root}/fixtures/compose/normalize`;
    expect(all.mounts.map((m) => [m.type, v(m.source), m.hostPath, v(m.target), m.readOnly, v(m.propagation), at(m.loc).replace(`${F}:`, '')])).toEqual([
      ['bind', '/var/run/docker.sock@31:9', '/var/run/docker.sock', '/var/run/docker.sock@31:30', true, undefined, '31:9'],
      ['bind', './data@32:9', `${dir}/data`, '/data@32:16', false, 'rshared@32:22', '32:9'],
      ['bind', '~/.ssh@33:9', undefined, '/root/.ssh@33:16', true, undefined, '33:9'],
      ['volume', 'named@34:9', undefined, '/named@34:15', false, undefined, '34:9'],
      ['volume', undefined, undefined, '/anonymous@35:9', false, undefined, '35:9'],
      ['bind', '../etc@37:17', `${root}/fixtures/compose/etc`, '/host-etc@38:17', true, 'shared@41:24', '36:9'],
      ['volume', 'cache@43:17', undefined, '/cache@44:17', false, undefined, '42:9'],
      ['tmpfs', undefined, undefined, '/run@46:9', false, undefined, '46:9'],
      ['tmpfs', undefined, undefined, '/tmp@47:9', false, undefined, '47:9'],
    ]);
  });

  it('reads sysctls in list form, and limits from top-level keys or deploy.resources', () => {
    expect(all.sysctls.map((s) => `${v(s.name)}=${v(s.value)}`)).toEqual(['kernel.randomize_va_space@49:9=0@49:35', 'net.core.somaxconn@50:9=1024@50:28']);
    expect([v(all.limits.memory), v(all.limits.pids), v(all.limits.cpus)]).toEqual(['512m@51:16', '100@52:17', '0.5@53:11']);
    expect([all.limits.pids?.value, all.limits.cpus?.value]).toEqual([100, 0.5]);
    // cpu_quota counts as a CPU limit; deploy limits are used when there is no top-level key.
    expect([v(deploy.limits.memory), v(deploy.limits.pids), v(deploy.limits.cpus)]).toEqual(['256M@87:19', '50@88:17', '50000@90:16']);
    expect([v(all.readOnly), v(all.oomKillDisable)]).toEqual(['true@54:16', 'true@55:23']);
  });
});

describe('network', () => {
  it('reads short and long port syntax with host IP, ranges and protocol', () => {
    expect(all.ports.map((p) => ({ ...p, targetPorts: p.targetPorts.length, publishedPorts: p.publishedPorts.join(','), loc: at(p.loc).replace(`${F}:`, '') }))).toEqual([
      { hostIp: '127.0.0.1', published: '5432', target: '5432', targetPorts: 1, publishedPorts: '5432', protocol: 'tcp', allInterfaces: false, loc: '57:9' },
      {
        hostIp: undefined,
        published: '8000-8010',
        target: '8000-8010',
        targetPorts: 11,
        publishedPorts: '8000,8001,8002,8003,8004,8005,8006,8007,8008,8009,8010',
        protocol: 'udp',
        allInterfaces: true,
        loc: '58:9',
      },
      { hostIp: '::1', published: '80', target: '80', targetPorts: 1, publishedPorts: '80', protocol: 'tcp', allInterfaces: false, loc: '59:9' },
      { hostIp: undefined, published: undefined, target: '80', targetPorts: 1, publishedPorts: '', protocol: 'tcp', allInterfaces: true, loc: '60:9' },
      { hostIp: '0.0.0.0', published: undefined, target: '9000', targetPorts: 1, publishedPorts: '', protocol: 'tcp', allInterfaces: true, loc: '61:9' },
      { hostIp: '::', published: '12375', target: '2375', targetPorts: 1, publishedPorts: '12375', protocol: 'tcp', allInterfaces: true, loc: '62:9' },
    ]);
    expect(all.expose.map(v)).toEqual(['2376@66:14', '9000@66:20']);
  });

  it('parses port specs as Docker does', () => {
    expect(parsePortSpec('127.0.0.1:5432:5432')).toEqual({ hostIp: '127.0.0.1', published: '5432', target: '5432', protocol: 'tcp' });
    expect(parsePortSpec('[::1]:80:80/UDP')).toEqual({ hostIp: '::1', published: '80', target: '80', protocol: 'udp' });
    expect(parsePortSpec('::1:80:80')).toEqual({ hostIp: '::1', published: '80', target: '80', protocol: 'tcp' });
    expect(parsePortSpec('127.0.0.1::80')).toEqual({ hostIp: '127.0.0.1', published: undefined, target: '80', protocol: 'tcp' });
    expect(parsePortSpec('9000-9001:80')).toEqual({ hostIp: undefined, published: '9000-9001', target: '80', protocol: 'tcp' });
  });

  it('deduplicates entries Compose keeps unique', () => {
    const r = loadTexts({ 'u/compose.yaml': 'services:\n  a:\n    ports: ["80:80", "80:80"]\n    expose: [80, "80"]\n    cap_add: [NET_ADMIN, cap_net_admin]\n' });
    const a = service(r, 'a');
    expect([a.ports.length, a.expose.length, a.capAdd.map((c) => `${c.value}@${at(c.loc)}`)]).toEqual([1, 1, ['NET_ADMIN@u/compose.yaml:5:26']]);
  });
});

describe('environment, commands and the rest', () => {
  it('reads environment in list and map form', () => {
    const env = (m: RuntimeModel) => m.environment.map((e) => [v(e.name), v(e.value), at(e.loc).replace(`${F}:`, '')]);
    expect(env(all)).toEqual([
      ['DEBUG@68:9', undefined, '68:9'],
      ['API_TOKEN@69:9', 'abc=def@69:19', '69:9'],
    ]);
    expect(env(deploy)).toEqual([
      ['NAME@92:7', 'value@92:13', '92:7'],
      ['EMPTY@93:7', '@93:14', '93:7'],
      ['UNSET@94:7', undefined, '94:7'],
      ['NUMBER@95:7', '0800@95:15', '95:7'],
    ]);
  });

  it('splits a string command into words as Compose does: no shell, so it ends at `|`', () => {
    const cmd = all.command!;
    expect(cmd.written.value).toBe('curl -fsSL https://example.com/install.sh | sh\n');
    expect(at(cmd.loc)).toBe(`${F}:71:14`);
    expect(cmd.script.commands.map((c) => c.words.map((w) => `${w.value}@${at(w.loc).replace(`${F}:`, '')}`))).toEqual([
      ['curl@72:7', '-fsSL@72:12', 'https://example.com/install.sh@72:18'],
    ]);
  });

  it('takes a list command as exec form, and splits the script of sh -c in place', () => {
    const ep = all.entrypoint!;
    expect(ep.written.value).toEqual(['/bin/sh', '-c', 'modprobe br_netfilter && exec "$@"']);
    expect(ep.script.commands.map((c) => c.words.map((w) => `${w.value}@${at(w.loc).replace(`${F}:`, '')}`))).toEqual([
      ['/bin/sh@70:18', '-c@70:29', 'modprobe br_netfilter && exec "$@"@70:35'],
      ['modprobe@70:36', 'br_netfilter@70:45'],
      ['exec@70:61', '$@@70:67'],
    ]);
  });

  it('reads runtime, platform, isolation, healthcheck and x-isolint trust', () => {
    expect([v(all.runtime), v(all.platform), v(all.isolation), v(all.trust)]).toEqual(['runsc@73:14', 'linux/amd64@74:15', 'default@75:16', 'untrusted@79:14']);
    expect([all.healthcheck?.disabled, at(all.healthcheck?.loc).replace(`${F}:`, '')]).toEqual([true, '77:16']);
    expect([deploy.healthcheck?.disabled, at(deploy.healthcheck?.loc).replace(`${F}:`, '')]).toEqual([false, '82:5']);
    expect(all.image?.value).toBe('example/all:1.0');
  });

  it('reads build: context, dockerfile, target, args, privileged, network, entitlements', () => {
    const b = deploy.build!;
    expect([v(b.context), b.contextPath, v(b.dockerfile), b.dockerfilePath, v(b.target), v(b.privileged), v(b.network)]).toEqual([
      './api@97:16',
      `${root}/fixtures/compose/normalize/api`,
      'Dockerfile.dev@98:19',
      `${root}/fixtures/compose/normalize/api/Dockerfile.dev`,
      'build@99:15',
      'true@103:19',
      'host@104:16',
    ]);
    expect(b.args.map((a) => [v(a.name), v(a.value)])).toEqual([
      ['VERSION@101:11', '1.2@101:19'],
      ['NOVALUE@102:11', undefined],
    ]);
    expect(b.entitlements.map(v)).toEqual(['network.host@105:22', 'security.insecure@105:36']);
    expect(at(b.loc)).toBe(`${F}:97:7`);
  });
});
