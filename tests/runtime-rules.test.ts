/**
 * The runtime rules of the privilege / namespace / confinement / host-resource families,
 * checked on RuntimeModel objects built by hand, so they hold whatever produces the model
 * (Compose today, `docker run` or devcontainer.json later). Each case asserts the exact
 * reports: position, level and security severity.
 */
import { describe, expect, it } from 'vitest';
import type { Location } from '../src/position.js';
import type { Device, KeyValue, Mount, RuntimeModel, SecurityOpt, Value } from '../src/runtime/model.js';
import { defaultContainer } from '../src/runtime/model.js';
import { runRuntimeRules } from '../src/engine/run.js';
import type { Profile, Rule } from '../src/engine/rule.js';
import privilegedContainer from '../rules/privileged-container.js';
import dangerousCapability from '../rules/dangerous-capability.js';
import capabilitiesNotDropped from '../rules/capabilities-not-dropped.js';
import noNewPrivilegesMissing from '../rules/no-new-privileges-missing.js';
import hostPid from '../rules/host-pid.js';
import hostIpc from '../rules/host-ipc.js';
import hostNetwork from '../rules/host-network.js';
import hostUts from '../rules/host-uts.js';
import hostUserns from '../rules/host-userns.js';
import hostCgroupns from '../rules/host-cgroupns.js';
import seccompDisabled from '../rules/seccomp-disabled.js';
import apparmorDisabled from '../rules/apparmor-disabled.js';
import selinuxDisabled from '../rules/selinux-disabled.js';
import dockerSocketMount from '../rules/docker-socket-mount.js';
import sensitiveHostMount, { hostPathExposure } from '../rules/sensitive-host-mount.js';
import mountPropagationShared from '../rules/mount-propagation-shared.js';
import hostDevice from '../rules/host-device.js';
import unnamespacedSysctl, { sysctlNamespace } from '../rules/unnamespaced-sysctl.js';

const FILE = 'compose.yaml';

function at(line: number, column: number, length = 1): Location {
  return { file: FILE, startLine: line, startColumn: column, endLine: line, endColumn: column + length };
}

/** A value written at line:column; `unresolved` names variables that had no value. */
function v<T>(value: T, line: number, column = 5, unresolved?: string[]): Value<T> {
  return { value, loc: at(line, column, String(value).length), ...(unresolved ? { unresolved } : {}) };
}

/** A `security_opt` entry as the model describes it: key before the first `:` or `=`, value after. */
function opt(written: string, line: number, column = 9): SecurityOpt {
  const m = /[:=]/.exec(written);
  const key = (m ? written.slice(0, m.index) : written).trim().toLowerCase();
  const value = m ? written.slice(m.index + 1).trim() : '';
  return { key, value, written, loc: at(line, column, written.length) };
}

function bind(source: string, line: number, options: { readOnly?: boolean; propagation?: Value<string>; hostPath?: string } = {}): Mount {
  return {
    type: 'bind',
    source: v(source, line, 9),
    hostPath: 'hostPath' in options ? options.hostPath : source.startsWith('/') ? source : undefined,
    target: v('/target', line, 9 + source.length + 1),
    readOnly: options.readOnly ?? false,
    propagation: options.propagation,
    loc: at(line, 9),
  };
}

function device(host: string, line: number, unresolved?: string[]): Device {
  return { host: v(host, line, 9, unresolved), container: undefined, permissions: undefined, loc: at(line, 9) };
}

function sysctl(name: string, line: number, column = 7): KeyValue {
  return { name: { value: name, loc: at(line, column, name.length) }, value: v('1', line, column + name.length + 2), loc: at(line, column) };
}

/** A service `svc` (name key at 2:3) that sets nothing. */
function service(settings: Partial<RuntimeModel> = {}): RuntimeModel {
  return { ...defaultContainer('compose-service', { value: 'svc', loc: at(2, 3, 3) }, 'service svc', FILE), image: v('example/app:1.0', 3, 12), ...settings };
}

/** `line:column level severity` of each report, in report order. */
function reports(rule: Rule, container: RuntimeModel, profile: Profile = 'untrusted'): string[] {
  return runRuntimeRules(container, { rules: [rule], settingsOf: () => ({ profile, rules: new Map() }), sourceOf: () => undefined, onRuleError: (_r, _f, e) => { throw e; } }).map(
    (f) => `${f.location.startLine}:${f.location.startColumn} ${f.level} ${f.securitySeverity.toFixed(1)}`,
  );
}

function messages(rule: Rule, container: RuntimeModel): string[] {
  return runRuntimeRules(container, { rules: [rule], settingsOf: () => ({ profile: 'untrusted', rules: new Map() }), sourceOf: () => undefined, onRuleError: (_r, _f, e) => { throw e; } }).map((f) => f.message);
}

describe('privileged-container', () => {
  it('reports a true value, also one from an interpolation default', () => {
    expect(reports(privilegedContainer, service({ privileged: v(true, 4, 17) }))).toEqual(['4:17 error 9.5']);
    expect(reports(privilegedContainer, service({ privileged: v('true', 4, 17) }))).toEqual(['4:17 error 9.5']);
    expect(messages(privilegedContainer, service({ privileged: v(true, 4, 17) }))).toEqual([
      'service svc runs privileged: it has every capability and device of the host',
    ]);
  });

  it('does not guess an unresolved value and passes false', () => {
    expect(reports(privilegedContainer, service({ privileged: v('', 4, 17, ['PRIV']) }))).toEqual([]);
    expect(reports(privilegedContainer, service({ privileged: v(false, 4, 17) }))).toEqual([]);
    expect(reports(privilegedContainer, service({ privileged: v('false', 4, 17) }))).toEqual([]);
    expect(reports(privilegedContainer, service())).toEqual([]);
  });

  it('is on in the recommended profile', () => {
    expect(reports(privilegedContainer, service({ privileged: v(true, 4, 17) }), 'recommended')).toEqual(['4:17 error 9.5']);
  });
});

describe('dangerous-capability', () => {
  it('rates ALL and SYS_ADMIN 9.0 and the other dangerous ones 7.5, whatever the spelling', () => {
    const capAdd = [v('SYS_ADMIN', 5, 9), v('NET_BIND_SERVICE', 6, 9), v('cap_sys_ptrace', 7, 9), v('ALL', 8, 9), v('CHOWN', 9, 9), v('Cap_Net_Admin', 10, 9)];
    expect(reports(dangerousCapability, service({ capAdd }))).toEqual(['5:9 error 9.0', '7:9 error 7.5', '8:9 error 9.0', '10:9 error 7.5']);
    expect(messages(dangerousCapability, service({ capAdd: [v('cap_sys_admin', 4, 15)] }))).toEqual([
      'service svc adds capability SYS_ADMIN (mount, namespaces, BPF and most kernel administration)',
    ]);
  });

  it('knows every capability of the catalog', () => {
    const names = ['SYS_MODULE', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_BOOT', 'SYS_TIME', 'DAC_READ_SEARCH', 'NET_ADMIN', 'BPF', 'PERFMON', 'MAC_ADMIN', 'MAC_OVERRIDE', 'SYSLOG', 'LINUX_IMMUTABLE'];
    const capAdd = names.map((n, i) => v(n, 10 + i, 9));
    expect(reports(dangerousCapability, service({ capAdd }))).toEqual(names.map((_, i) => `${10 + i}:9 error 7.5`));
  });

  it('passes harmless and unresolved capabilities, and dropped ones', () => {
    const capAdd = [v('NET_BIND_SERVICE', 5, 9), v('CHOWN', 6, 9), v('SETUID', 7, 9), v('', 8, 9, ['EXTRA_CAP'])];
    expect(reports(dangerousCapability, service({ capAdd, capDrop: [v('SYS_ADMIN', 9, 9)] }))).toEqual([]);
  });
});

describe('capabilities-not-dropped', () => {
  it('points at the service name when cap_drop is missing or lacks ALL', () => {
    expect(reports(capabilitiesNotDropped, service())).toEqual(['2:3 note 3.0']);
    expect(reports(capabilitiesNotDropped, service({ capDrop: [v('NET_RAW', 5, 9)] }))).toEqual(['2:3 note 3.0']);
    expect(messages(capabilitiesNotDropped, service({ capDrop: [v('NET_RAW', 5, 9)] }))).toEqual([
      'service svc keeps the default capabilities (cap_drop does not contain ALL)',
    ]);
  });

  it('passes ALL in any spelling and an unresolved entry', () => {
    expect(reports(capabilitiesNotDropped, service({ capDrop: [v('ALL', 5, 9)] }))).toEqual([]);
    expect(reports(capabilitiesNotDropped, service({ capDrop: [v('NET_RAW', 5, 9), v('all', 6, 9)] }))).toEqual([]);
    expect(reports(capabilitiesNotDropped, service({ capDrop: [v('CAP_ALL', 5, 9)] }))).toEqual([]);
    expect(reports(capabilitiesNotDropped, service({ capDrop: [v('', 5, 9, ['DROP'])] }))).toEqual([]);
  });

  it('is a strict-profile rule', () => {
    expect(reports(capabilitiesNotDropped, service(), 'recommended')).toEqual([]);
    expect(reports(capabilitiesNotDropped, service(), 'strict')).toEqual(['2:3 note 3.0']);
  });
});

describe('no-new-privileges-missing', () => {
  it('points at the service name when the option is missing', () => {
    expect(reports(noNewPrivilegesMissing, service())).toEqual(['2:3 note 3.0']);
    expect(reports(noNewPrivilegesMissing, service({ securityOpt: [opt('apparmor=docker-default', 5)] }))).toEqual(['2:3 note 3.0']);
  });

  it('accepts the bare, `:true` and `=true` spellings', () => {
    for (const written of ['no-new-privileges', 'no-new-privileges:true', 'no-new-privileges=true', 'no-new-privileges: true']) {
      expect(reports(noNewPrivilegesMissing, service({ securityOpt: [opt(written, 5)] })), written).toEqual([]);
    }
  });

  it('points at an entry that turns it off; the last entry decides', () => {
    expect(reports(noNewPrivilegesMissing, service({ securityOpt: [opt('no-new-privileges:false', 5)] }))).toEqual(['5:9 note 3.0']);
    expect(reports(noNewPrivilegesMissing, service({ securityOpt: [opt('no-new-privileges=false', 5, 20)] }))).toEqual(['5:20 note 3.0']);
    expect(reports(noNewPrivilegesMissing, service({ securityOpt: [opt('no-new-privileges:true', 5), opt('no-new-privileges:false', 6)] }))).toEqual(['6:9 note 3.0']);
    expect(reports(noNewPrivilegesMissing, service({ securityOpt: [opt('no-new-privileges:false', 5), opt('no-new-privileges:true', 6)] }))).toEqual([]);
  });
});

describe('namespace rules', () => {
  const cases: [Rule, keyof RuntimeModel, string][] = [
    [hostPid, 'pid', '4:10 error 8.0'],
    [hostIpc, 'ipc', '4:10 error 7.0'],
    [hostNetwork, 'networkMode', '4:10 warning 6.5'],
    [hostUts, 'uts', '4:10 warning 4.0'],
    [hostUserns, 'userns', '4:10 warning 6.0'],
    [hostCgroupns, 'cgroup', '4:10 warning 5.0'],
  ];
  for (const [rule, field, expected] of cases) {
    it(`${rule.id}: host only, not guessed when unresolved`, () => {
      expect(reports(rule, service({ [field]: v('host', 4, 10) }))).toEqual([expected]);
      expect(reports(rule, service({ [field]: v(' host ', 4, 10) }))).toEqual([expected]);
      expect(reports(rule, service({ [field]: v('', 4, 10, ['MODE']) }))).toEqual([]);
      for (const other of ['service:api', 'container:abc', 'private', 'shareable', 'bridge', 'none', '']) {
        expect(reports(rule, service({ [field]: v(other, 4, 10) })), other).toEqual([]);
      }
      expect(reports(rule, service())).toEqual([]);
    });
  }

  it('judges a joined namespace as its owner uses it, whoever filled it in (here a docker run line)', () => {
    const joinSetting = v('container:gateway', 4, 19);
    const ownerSetting = { ...v('host', 9, 11), loc: { ...at(9, 11, 4), file: 'run.sh' } };
    const container = service({ kind: 'docker-run', networkMode: joinSetting, joined: { network: { chain: [{ container: 'svc', setting: joinSetting }], owner: 'gateway', ownerSetting } } });
    const found = runRuntimeRules(container, { rules: [hostNetwork], settingsOf: () => ({ profile: 'untrusted', rules: new Map() }), sourceOf: () => undefined, onRuleError: (_r, _f, e) => { throw e; } });
    expect(found.map((f) => [`${f.location.startLine}:${f.location.startColumn}`, f.message, f.related.map((r) => `${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn} ${r.message}`)])).toEqual([
      ['4:19', "service svc uses the host's network stack: it joins the network namespace of service gateway, which is on the host network", ['run.sh:9:11 service gateway is on the host network here']],
    ]);
    const own = { ...container, joined: { network: { ...container.joined!.network!, ownerSetting: v('bridge', 9, 11) } } };
    expect(reports(hostNetwork, own)).toEqual([]);
    expect(reports(unnamespacedSysctl, { ...container, sysctls: [sysctl('net.ipv4.ip_forward', 6)] })).toEqual(['6:7 error 6.0']);
  });

  it('names the shared namespace', () => {
    expect(messages(hostPid, service({ pid: v('host', 4, 10) }))).toEqual(["service svc shares the host's PID namespace"]);
    expect(messages(hostNetwork, service({ networkMode: v('host', 4, 19) }))).toEqual(["service svc uses the host's network stack"]);
  });
});

describe('seccomp-disabled / apparmor-disabled / selinux-disabled', () => {
  const withOpts = (...written: string[]) => service({ securityOpt: written.map((w, i) => opt(w, 5 + i)) });

  it('seccomp: both spellings of unconfined; a profile path is a filter', () => {
    expect(reports(seccompDisabled, withOpts('seccomp=unconfined', 'seccomp:unconfined', 'seccomp=/path/profile.json', 'seccomp:./p.json'))).toEqual([
      '5:9 error 8.0',
      '6:9 error 8.0',
    ]);
    expect(reports(seccompDisabled, withOpts('apparmor=unconfined', 'seccomp='))).toEqual([]);
  });

  it('apparmor: both spellings of unconfined; a named profile is confinement', () => {
    expect(reports(apparmorDisabled, withOpts('apparmor=unconfined', 'apparmor:unconfined', 'apparmor=docker-default'))).toEqual(['5:9 error 7.0', '6:9 error 7.0']);
    expect(reports(apparmorDisabled, withOpts('seccomp=unconfined'))).toEqual([]);
  });

  it('selinux: disable and the unconfined types, in both spellings', () => {
    expect(
      reports(selinuxDisabled, withOpts('label:disable', 'label=disable', 'label:type:spc_t', 'label=type:spc_t', 'label=type:unconfined_t', 'label=level:s0:c100,c200', 'label=type:container_t', 'label:user:USER')),
    ).toEqual(['5:9 warning 6.0', '6:9 warning 6.0', '7:9 warning 6.0', '8:9 warning 6.0', '9:9 warning 6.0']);
  });
});

describe('docker-socket-mount', () => {
  it('flags engine sockets and the folders that hold them, read-only too', () => {
    const mounts = [
      bind('/var/run/docker.sock', 5),
      bind('/run/docker.sock', 6, { readOnly: true }),
      bind('/var/run/docker', 7),
      bind('/run/containerd/containerd.sock', 8),
      bind('/var/run/crio/crio.sock', 9),
      bind('/run/podman/podman.sock', 10),
      bind('/run/user/1000/docker.sock', 11),
      bind('/run/user/1000/podman/podman.sock', 12),
      bind('/var/run', 13, { readOnly: true }),
      bind('~/.docker/run/docker.sock', 14, { hostPath: undefined }),
    ];
    expect(reports(dockerSocketMount, service({ mounts }))).toEqual(mounts.map((m) => `${m.source!.loc.startLine}:9 error 9.0`));
    expect(messages(dockerSocketMount, service({ mounts: [mounts[1]!, mounts[8]!] }))).toEqual([
      'service svc mounts the Docker API socket /run/docker.sock: it can control the engine and through it the host (read-only does not help: the API still answers)',
      'service svc mounts /var/run, which holds the Docker API socket: it can control the engine and through it the host (read-only does not help: the API still answers)',
    ]);
  });

  it('flags the long syntax at its source and the Windows engine pipe', () => {
    const long: Mount = { ...bind('/var/run/docker.sock', 6), loc: at(5, 9), source: v('/var/run/docker.sock', 6, 17) };
    const pipe: Mount = { type: 'npipe', source: v('\\\\.\\pipe\\docker_engine', 9, 17), hostPath: undefined, target: undefined, readOnly: false, propagation: undefined, loc: at(8, 9) };
    expect(reports(dockerSocketMount, service({ mounts: [long, pipe] }))).toEqual(['6:17 error 9.0', '9:17 error 9.0']);
  });

  it('passes named volumes, look-alike host paths and unresolved sources', () => {
    const mounts: Mount[] = [
      { type: 'volume', source: v('docker_sock', 5, 9), hostPath: undefined, target: v('/var/run/docker.sock', 5, 21), readOnly: false, propagation: undefined, loc: at(5, 9) },
      bind('./docker.sock.d/config', 6, { hostPath: '/project/docker.sock.d/config' }),
      bind('/srv/fake.sock', 7),
      bind('/run/docker/netns', 8),
      bind('/run/user/1000', 9),
      bind('', 10, { hostPath: undefined }),
    ];
    mounts[5]!.source = v('', 10, 9, ['DOCKER_SOCK']);
    expect(reports(dockerSocketMount, service({ mounts }))).toEqual([]);
  });
});

describe('sensitive-host-mount', () => {
  it('read-write is an error, read-only a warning, / and /etc always an error', () => {
    const mounts = [
      bind('/', 5, { readOnly: true }),
      bind('/etc', 6, { readOnly: true }),
      bind('/proc', 7),
      bind('/sys', 8, { readOnly: true }),
      bind('/home/alice/.ssh', 9, { readOnly: true }),
      bind('/var/lib/docker/containers', 10, { readOnly: true }),
      bind('/etc/cron.d', 11),
      bind('/etc/shadow', 12, { readOnly: true }),
      bind('~/.ssh', 13, { hostPath: undefined, readOnly: true }),
    ];
    expect(reports(sensitiveHostMount, service({ mounts }))).toEqual([
      '5:9 error 8.0',
      '6:9 error 8.0',
      '7:9 error 8.0',
      '8:9 warning 6.0',
      '9:9 warning 6.0',
      '10:9 warning 6.0',
      '11:9 error 8.0',
      '12:9 warning 6.0',
      '13:9 warning 6.0',
    ]);
    expect(messages(sensitiveHostMount, service({ mounts: [bind('/sys', 8, { readOnly: true })] }))).toEqual([
      "service svc mounts /sys read-only: the host's /sys (kernel, cgroup and device settings)",
    ]);
  });

  it('leaves engine sockets to docker-socket-mount and passes everyday mounts', () => {
    const mounts = [
      bind('/var/run/docker.sock', 5),
      bind('/var/run', 6),
      bind('/etc/localtime', 7, { readOnly: true }),
      bind('/etc/ssl/certs', 8, { readOnly: true }),
      bind('./etc', 9, { hostPath: '/project/etc' }),
      bind('/home/alice/projects/app', 10),
      bind('/dev/log', 11),
      bind('/srv/data', 12),
    ];
    expect(reports(sensitiveHostMount, service({ mounts }))).toEqual([]);
  });

  it('judges each host path as documented', () => {
    const judge = (path: string, ro = false) => hostPathExposure(path, ro)?.level ?? 'none';
    expect(
      Object.fromEntries(
        [
          '/', '/etc', '/etc/passwd', '/etc/localtime', '/etc/sudoers.d/app', '/proc/sys', '/sys/fs/cgroup', '/dev', '/dev/shm', '/dev/log', '/boot', '/lib/modules', '/usr/lib/modules/6.1.0',
          '/usr/src', '/var/lib/docker', '/var/lib/containerd', '/var/lib/kubelet', '/root', '/root/.docker', '/home', '/home/alice', '/home/alice/code',
          '/srv/.ssh/id_ed25519', '~', '~/.ssh', '~/code', '/run/systemd/private', '/var/run/dbus/system_bus_socket', '/run/udev', '/var/log', '/opt/app',
        ].map((p) => [p, `${judge(p)}/${judge(p, true)}`]),
      ),
    ).toEqual({
      '/': 'error/error',
      '/etc': 'error/error',
      '/etc/passwd': 'error/none',
      '/etc/localtime': 'warning/none',
      '/etc/sudoers.d/app': 'error/warning',
      '/proc/sys': 'error/warning',
      '/sys/fs/cgroup': 'error/warning',
      '/dev': 'error/warning',
      '/dev/shm': 'error/warning',
      '/dev/log': 'none/none',
      '/boot': 'error/warning',
      '/lib/modules': 'error/warning',
      '/usr/lib/modules/6.1.0': 'error/warning',
      '/usr/src': 'error/warning',
      '/var/lib/docker': 'error/warning',
      '/var/lib/containerd': 'error/warning',
      '/var/lib/kubelet': 'error/warning',
      '/root': 'error/warning',
      '/root/.docker': 'error/warning',
      '/home': 'error/warning',
      '/home/alice': 'error/warning',
      '/home/alice/code': 'none/none',
      '/srv/.ssh/id_ed25519': 'error/warning',
      '~': 'error/warning',
      '~/.ssh': 'error/warning',
      '~/code': 'none/none',
      '/run/systemd/private': 'error/warning',
      '/var/run/dbus/system_bus_socket': 'error/warning',
      '/run/udev': 'none/none',
      '/var/log': 'none/none',
      '/opt/app': 'none/none',
    });
  });

  it('skips volumes and unresolved sources', () => {
    const volume: Mount = { type: 'volume', source: v('etc', 5, 9), hostPath: undefined, target: v('/etc', 5, 13), readOnly: false, propagation: undefined, loc: at(5, 9) };
    const unresolved = bind('/etc', 6);
    unresolved.source = v('', 6, 9, ['ETC']);
    unresolved.hostPath = undefined;
    expect(reports(sensitiveHostMount, service({ mounts: [volume, unresolved] }))).toEqual([]);
  });
});

describe('mount-propagation-shared', () => {
  it('flags shared and rshared at the propagation value', () => {
    const mounts = [
      bind('/mnt/a', 5, { propagation: v('rshared', 9, 24) }),
      bind('/mnt/b', 10, { propagation: v('shared', 10, 25) }),
      bind('/mnt/c', 11, { propagation: v('rslave', 11, 25) }),
      bind('/mnt/d', 12, { propagation: v('private', 12, 25) }),
      bind('/mnt/e', 13, { propagation: v('', 13, 25, ['PROPAGATION']) }),
      bind('/mnt/f', 14),
    ];
    expect(reports(mountPropagationShared, service({ mounts }))).toEqual(['9:24 warning 5.0', '10:25 warning 5.0']);
  });
});

describe('host-device', () => {
  it('raw memory, disk and kernel-log devices are errors, any other device a note', () => {
    const devices = ['/dev/mem', '/dev/kmem', '/dev/port', '/dev/sda', '/dev/sdb1', '/dev/nvme0n1', '/dev/nvme0n1p2', '/dev/vda', '/dev/xvdf', '/dev/dm-0', '/dev/disk/by-id/x', '/dev/kmsg', '/dev/mmcblk0', '/dev/mapper/root', '/dev/ttyUSB0', '/dev/dri/renderD128', '/dev/fuse', '/dev/net/tun', 'nvidia.com/gpu=all'].map((d, i) =>
      device(d, 5 + i),
    );
    expect(reports(hostDevice, service({ devices }))).toEqual([
      ...devices.slice(0, 14).map((d) => `${d.host.loc.startLine}:9 error 8.0`),
      ...devices.slice(14).map((d) => `${d.host.loc.startLine}:9 note 3.0`),
    ]);
  });

  it('does not guess an unresolved device', () => {
    expect(reports(hostDevice, service({ devices: [device('', 5, ['ZIGBEE_DEVICE'])] }))).toEqual([]);
  });

  it('flags device cgroup rules that allow every device of a type', () => {
    const deviceCgroupRules = ['a *:* rwm', 'c *:* rw', 'b *:* rwm', 'c 188:* rmw', 'c 1:3 rw', 'c *:* m', 'b *:* r'].map((r, i) => v(r, 5 + i, 9));
    expect(reports(hostDevice, service({ deviceCgroupRules }))).toEqual(['5:9 error 8.0', '6:9 error 8.0', '7:9 error 8.0', '11:9 error 8.0']);
    expect(messages(hostDevice, service({ deviceCgroupRules: [v('a *:* rwm', 5, 9)] }))).toEqual([
      'service svc may open every device on the host (device_cgroup_rules: a *:* rwm)',
    ]);
  });
});

describe('unnamespaced-sysctl', () => {
  it('flags keys outside the namespaced set, at the key', () => {
    const sysctls = [sysctl('net.core.somaxconn', 5), sysctl('kernel.randomize_va_space', 6), sysctl('vm.overcommit_memory', 7), sysctl('kernel.shmmax', 8), sysctl('fs.mqueue.msg_max', 9), sysctl('fs.file-max', 10)];
    expect(reports(unnamespacedSysctl, service({ sysctls }))).toEqual(['6:7 error 6.0', '7:7 error 6.0', '10:7 error 6.0']);
  });

  it('flags namespaced keys when the container shares that namespace with the host', () => {
    const sysctls = [sysctl('net.ipv4.ip_forward', 5), sysctl('kernel.msgmax', 6), sysctl('kernel.domainname', 7)];
    expect(reports(unnamespacedSysctl, service({ sysctls }))).toEqual([]);
    expect(reports(unnamespacedSysctl, service({ sysctls, networkMode: v('host', 4, 19) }))).toEqual(['5:7 error 6.0']);
    expect(reports(unnamespacedSysctl, service({ sysctls, ipc: v('host', 4, 10) }))).toEqual(['6:7 error 6.0']);
    expect(reports(unnamespacedSysctl, service({ sysctls, uts: v('host', 4, 10) }))).toEqual(['7:7 error 6.0']);
    expect(reports(unnamespacedSysctl, service({ sysctls, networkMode: v('service:vpn', 4, 19) }))).toEqual([]);
  });

  it('knows which namespace a key belongs to', () => {
    expect(['kernel.sem', 'kernel.shm_rmid_forced', 'fs.mqueue.queues_max', 'net/ipv4/ip_forward', 'NET.core.somaxconn', 'kernel.hostname', 'kernel.randomize_va_space', 'fs.mqueue', 'user.max_user_namespaces'].map(sysctlNamespace)).toEqual([
      'ipc',
      'ipc',
      'ipc',
      'net',
      'net',
      'uts',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
