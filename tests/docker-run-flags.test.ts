import { beforeAll, describe, expect, it } from 'vitest';
import { readRunArguments, type RunArguments } from '../src/sources/docker-cli/run-flags.js';
import { initShellParser, parseShell, type Word } from '../src/shell.js';
import { LineIndex, type Location } from '../src/position.js';
import { isTrue } from '../src/runtime/model.js';

beforeAll(() => initShellParser());

/** The words after `run` of the first command of `line`, read as docker run arguments. */
function read(line: string, withLines = true): RunArguments {
  const lines = new LineIndex('deploy.sh', line);
  const script = parseShell({ text: line, offsets: [...line].map((_, i) => i), lines });
  const words = script.commands[0]!.words;
  const at = words.findIndex((w) => w.value === 'run' || w.value === 'create');
  const args = words.slice(at + 1);
  const base = { kind: 'docker-run' as const, name: { value: 'docker run', loc: words[at]!.loc }, title: 'docker run in deploy.sh:1', file: 'deploy.sh' };
  return readRunArguments(args, withLines ? { ...base, lines } : base);
}

const at = (loc: Location | undefined) => (loc ? `${loc.startLine}:${loc.startColumn}` : undefined);
const text = (w: Word | undefined) => w?.value;

describe('docker run arguments: image and command', () => {
  it('finds the image after boolean flags that take no value', () => {
    for (const flags of ['--rm', '-d', '-i', '-t', '-it', '-itd', '--init', '--privileged', '--read-only', '-P', '--sig-proxy', '--no-healthcheck', '--oom-kill-disable', '-q', '--use-api-socket', '--rm=false', '-d=true']) {
      const r = read(`docker run ${flags} alpine:3.20 echo hello`);
      expect(text(r.image), flags).toBe('alpine:3.20');
      expect(r.command.map((w) => w.value), flags).toEqual(['echo', 'hello']);
      expect(r.notes, flags).toEqual([]);
    }
  });

  it('skips the values of flags written apart or joined', () => {
    const r = read('docker run --name web -e A=1 --env=B=2 -p80:80 -p 443:443 -w /app -u 1000 --restart always nginx:1.27');
    expect(text(r.image)).toBe('nginx:1.27');
    expect(r.command).toEqual([]);
    expect(r.container.containerName?.value).toBe('web');
    expect(r.container.environment.map((e) => `${e.name.value}=${e.value?.value}`)).toEqual(['A=1', 'B=2']);
    expect(r.container.ports.map((p) => `${p.published}:${p.target}`)).toEqual(['80:80', '443:443']);
    expect(r.container.user?.value).toBe('1000');
  });

  it('ends the options at --', () => {
    const r = read('docker run --rm -- --weird-image-name x');
    expect(text(r.image)).toBe('--weird-image-name');
    expect(r.command.map((w) => w.value)).toEqual(['x']);
  });

  it('keeps the command after the image, flags and all', () => {
    const r = read('docker run --rm alpine ls --privileged -v /:/host');
    expect(r.container.privileged).toBeUndefined();
    expect(r.container.mounts).toEqual([]);
    expect(r.container.command?.written.value).toEqual(['ls', '--privileged', '-v', '/:/host']);
  });

  it('splits sh -c scripts of the command when the lines are known', () => {
    const r = read(`docker run --rm alpine sh -c "modprobe br_netfilter && echo ok"`);
    const programs = r.container.command!.script.commands.map((c) => c.words[0]!.value);
    expect(programs).toEqual(['sh', 'modprobe', 'echo']);
    expect(read(`docker run --rm alpine sh -c "modprobe x"`, false).container.command!.script.commands).toHaveLength(1);
  });

  it('a $IMAGE image is unresolved, never guessed', () => {
    expect(read('docker run --rm $IMAGE').container.image).toMatchObject({ value: '$IMAGE', unresolved: ['IMAGE'] });
    expect(read('docker run --rm ${REGISTRY}/app:${TAG}').container.image).toMatchObject({ unresolved: ['REGISTRY', 'TAG'] });
    const r = read('docker run --rm "$IMAGE" ./run.sh');
    expect(r.container.image).toMatchObject({ value: '$IMAGE', unresolved: ['IMAGE'] });
    expect(r.command.map((w) => w.value)).toEqual(['./run.sh']);
  });

  it('a $OPTS word may hold options: a note, and the image after it is still found', () => {
    const r = read('docker run --rm $DOCKER_OPTS alpine:3 true');
    expect(text(r.image)).toBe('alpine:3');
    expect(r.notes.map((n) => `${n.line}:${n.column} ${n.message}`)).toEqual(['1:17 docker run in deploy.sh:1: $DOCKER_OPTS may hold options that are not read; settings it gives are not checked']);
    const all = read('docker run "${ARGS[@]}" alpine:3');
    expect(text(all.image)).toBe('alpine:3');
    expect(all.notes).toHaveLength(1);
  });

  it('an unknown flag is a note, never an error', () => {
    const r = read('docker run --frobnicate alpine:3');
    expect(r.notes.map((n) => `${n.line}:${n.column} ${n.message}`)).toEqual([
      '1:12 docker run in deploy.sh:1: unknown option --frobnicate; if it takes a value, the image and command after it may be misread',
    ]);
    expect(text(r.image)).toBe('alpine:3');
    expect(read('docker run -Z alpine:3').notes[0]!.message).toContain('unknown option -Z');
  });
});

describe('docker run arguments: settings, each at its flag', () => {
  it('--pid=host and --pid host at the --pid word', () => {
    const joined = read('docker run --rm --pid=host alpine ps');
    expect(joined.container.pid).toMatchObject({ value: 'host' });
    expect(at(joined.container.pid!.loc)).toBe('1:17');
    const apart = read('docker run --rm --pid host alpine ps');
    expect(apart.container.pid!.loc).toMatchObject({ startLine: 1, startColumn: 17, endColumn: 27 });
  });

  it('namespaces: --ipc, --uts, --userns, --cgroupns, --network and --net', () => {
    const r = read('docker run --ipc=host --uts host --userns=host --cgroupns host --net=host alpine');
    const c = r.container;
    expect([c.ipc?.value, c.uts?.value, c.userns?.value, c.cgroup?.value, c.networkMode?.value]).toEqual(['host', 'host', 'host', 'host', 'host']);
    expect(at(c.networkMode!.loc)).toBe('1:64');
    expect(read('docker run --network mynet --network host alpine').container.networkMode?.value).toBe('host');
    expect(read('docker run --network container:vpn alpine').container.networkMode?.value).toBe('container:vpn');
  });

  it('podman: --userns=keep-id is not host; --security-opt label=disable', () => {
    const r = read('podman run --userns=keep-id --security-opt label=disable fedora:40');
    expect(r.container.userns?.value).toBe('keep-id');
    expect(r.container.securityOpt.map((o) => `${o.key}=${o.value}`)).toEqual(['label=disable']);
  });

  it('--privileged, --privileged=false, --privileged=$PRIV', () => {
    expect(isTrue(read('docker run --privileged alpine').container.privileged)).toBe(true);
    expect(at(read('docker run --rm --privileged alpine').container.privileged!.loc)).toBe('1:17');
    const off = read('docker run --privileged=false alpine').container.privileged;
    expect(off?.value).toBe(false);
    expect(isTrue(off)).toBe(false);
    const unresolved = read('docker run --privileged=$PRIV alpine').container.privileged;
    expect(unresolved).toMatchObject({ value: '$PRIV', unresolved: ['PRIV'] });
    expect(isTrue(unresolved)).toBe(false);
  });

  it('--read-only, --oom-kill-disable', () => {
    const c = read('docker run --read-only --oom-kill-disable=true alpine').container;
    expect(isTrue(c.readOnly)).toBe(true);
    expect(isTrue(c.oomKillDisable)).toBe(true);
  });

  it('--user/-u, joined and apart', () => {
    expect(read('docker run -u 0:0 alpine').container.user).toMatchObject({ value: '0:0', loc: { startColumn: 12 } });
    expect(read('docker run -uroot alpine').container.user?.value).toBe('root');
    expect(read('docker run --user=1000 alpine').container.user?.value).toBe('1000');
    expect(read('docker run -itu root alpine').container.user?.value).toBe('root');
  });

  it('--cap-add and --cap-drop, normalised, comma lists (podman)', () => {
    const c = read('docker run --cap-add SYS_ADMIN --cap-add=cap_net_admin,sys_ptrace --cap-drop ALL alpine').container;
    expect(c.capAdd.map((v) => v.value)).toEqual(['SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE']);
    expect(c.capAdd.map((v) => at(v.loc))).toEqual(['1:22', '1:42', '1:56']);
    expect(c.capDrop.map((v) => v.value)).toEqual(['ALL']);
  });

  it('--security-opt in both spellings', () => {
    const c = read('docker run --security-opt seccomp=unconfined --security-opt=seccomp:unconfined --security-opt no-new-privileges alpine').container;
    expect(c.securityOpt.map((o) => [o.key, o.value, at(o.loc)])).toEqual([
      ['seccomp', 'unconfined', '1:12'],
      ['seccomp', 'unconfined', '1:46'],
      ['no-new-privileges', '', '1:80'],
    ]);
  });

  it('--device, --device-cgroup-rule, --sysctl', () => {
    const c = read(`docker run --device /dev/sda:/dev/xvda:rwm --device=/dev/fuse --device-cgroup-rule 'c *:* rwm' --sysctl net.ipv4.ip_forward=1 alpine`).container;
    expect(c.devices.map((d) => [d.host.value, d.container, d.permissions, at(d.host.loc)])).toEqual([
      ['/dev/sda', '/dev/xvda', 'rwm', '1:21'],
      ['/dev/fuse', undefined, undefined, '1:53'],
    ]);
    expect(c.deviceCgroupRules.map((r) => r.value)).toEqual(['c *:* rwm']);
    expect(c.sysctls.map((s) => [s.name.value, s.value?.value, at(s.name.loc)])).toEqual([['net.ipv4.ip_forward', '1', '1:105']]);
  });

  it('-v with options: ro, rshared, z; a named volume; an anonymous one', () => {
    const c = read('docker run -v /var/run/docker.sock:/var/run/docker.sock:ro -v /:/host:rshared,z -v data:/data -v /cache alpine').container;
    expect(c.mounts.map((m) => [m.type, m.source?.value, m.hostPath, m.target?.value, m.readOnly, m.propagation?.value])).toEqual([
      ['bind', '/var/run/docker.sock', '/var/run/docker.sock', '/var/run/docker.sock', true, undefined],
      ['bind', '/', '/', '/host', false, 'rshared'],
      ['volume', 'data', undefined, '/data', false, undefined],
      ['volume', undefined, undefined, '/cache', false, undefined],
    ]);
    expect(at(c.mounts[0]!.source!.loc)).toBe('1:15');
    expect(at(c.mounts[1]!.propagation!.loc)).toBe('1:71');
    expect(at(c.mounts[0]!.loc)).toBe('1:12');
  });

  it('-v without the file lines: values at their value word', () => {
    const c = read('docker run -v /etc:/host/etc alpine', false).container;
    expect(c.mounts[0]!.source).toMatchObject({ value: '/etc', loc: { startColumn: 15, endColumn: 29 } });
  });

  it('-v sources from variables: $PWD unresolved, $HOME and ~ home-relative, relative paths not resolved', () => {
    const c = read('docker run -v "$PWD:/src" -v $HOME/.aws:/root/.aws -v ~/.ssh:/root/.ssh:ro -v ./data:/data alpine').container;
    expect(c.mounts.map((m) => [m.type, m.source?.value, m.source?.unresolved, m.hostPath, m.homePath])).toEqual([
      ['bind', '$PWD', ['PWD'], undefined, undefined],
      ['bind', '$HOME/.aws', ['HOME'], undefined, '~/.aws'],
      ['bind', '~/.ssh', undefined, undefined, '~/.ssh'],
      ['bind', './data', undefined, undefined, undefined],
    ]);
  });

  it('--mount: type, src/source, dst/target/destination, readonly/ro, bind-propagation', () => {
    const c = read(
      'docker run --mount type=bind,src=/etc,dst=/host/etc,readonly --mount type=bind,source=/,target=/h,bind-propagation=rshared ' +
        '--mount "type=bind,source=/var/run/docker.sock,destination=/s,ro=false" --mount source=vol,target=/v --mount type=tmpfs,destination=/t alpine',
    ).container;
    expect(c.mounts.map((m) => [m.type, m.source?.value, m.hostPath, m.target?.value, m.readOnly, m.propagation?.value])).toEqual([
      ['bind', '/etc', '/etc', '/host/etc', true, undefined],
      ['bind', '/', '/', '/h', false, 'rshared'],
      ['bind', '/var/run/docker.sock', '/var/run/docker.sock', '/s', false, undefined],
      ['volume', 'vol', undefined, '/v', false, undefined],
      ['tmpfs', undefined, undefined, '/t', false, undefined],
    ]);
    expect(at(c.mounts[0]!.source!.loc)).toBe('1:34');
    expect(at(c.mounts[2]!.source!.loc)).toBe('1:150');
  });

  it('--tmpfs', () => {
    const c = read('docker run --tmpfs /run:rw,size=64m --tmpfs=/tmp alpine').container;
    expect(c.mounts.map((m) => [m.type, m.target?.value])).toEqual([
      ['tmpfs', '/run'],
      ['tmpfs', '/tmp'],
    ]);
  });

  it('limits: --pids-limit, --memory/-m, --cpus, --cpu-quota', () => {
    const c = read('docker run --pids-limit 100 -m 512m --cpus=1.5 alpine').container;
    expect([c.limits.pids?.value, c.limits.memory?.value, c.limits.cpus?.value]).toEqual(['100', '512m', '1.5']);
    expect(read('docker run --memory=1g --cpu-quota 50000 alpine').container.limits).toMatchObject({ memory: { value: '1g' }, cpus: { value: '50000' } });
  });

  it('-p/--publish, -P with --expose', () => {
    const c = read('docker run -p 127.0.0.1:5432:5432 --publish=6379:6379/udp -p 8080 alpine').container;
    expect(c.ports.map((p) => [p.hostIp, p.published, p.target, p.protocol, p.allInterfaces, at(p.loc)])).toEqual([
      ['127.0.0.1', '5432', '5432', 'tcp', false, '1:12'],
      [undefined, '6379', '6379', 'udp', true, '1:35'],
      [undefined, undefined, '8080', 'tcp', true, '1:59'],
    ]);
    const all = read('docker run -P --expose 2375 alpine').container;
    expect(all.expose.map((e) => e.value)).toEqual(['2375']);
    expect(all.ports.map((p) => [p.target, p.allInterfaces, p.published])).toEqual([['2375', true, undefined]]);
  });

  it('--runtime, --platform, --isolation, --entrypoint, --name', () => {
    const c = read('docker run --runtime=runsc --platform windows/amd64 --isolation hyperv --entrypoint /sbin/init --name=web alpine').container;
    expect([c.runtime?.value, c.platform?.value, c.isolation?.value, c.containerName?.value]).toEqual(['runsc', 'windows/amd64', 'hyperv', 'web']);
    expect(c.entrypoint?.written.value).toEqual(['/sbin/init']);
    expect(c.entrypoint?.script.commands[0]!.words[0]!.value).toBe('/sbin/init');
    expect(read('docker run --entrypoint=/sbin/init alpine').container.entrypoint?.written.value).toEqual(['/sbin/init']);
  });

  it('-e/--env with and without a value; --env-file is a note', () => {
    const r = read('docker run -e PASSWORD=hunter2 -e DEBUG --env-file .env alpine');
    expect(r.container.environment.map((e) => [e.name.value, e.value?.value, at(e.name.loc), at(e.value?.loc)])).toEqual([
      ['PASSWORD', 'hunter2', '1:15', '1:24'],
      ['DEBUG', undefined, '1:35', undefined],
    ]);
    expect(r.notes.map((n) => `${n.line}:${n.column} ${n.message}`)).toEqual(['1:41 docker run in deploy.sh:1: the variables of .env (--env-file) are not read']);
  });

  it('--health-cmd and --no-healthcheck', () => {
    expect(read(`docker run --health-cmd 'curl -f http://localhost/' alpine`).container.healthcheck).toMatchObject({ disabled: false, hasTest: true });
    expect(read('docker run --no-healthcheck alpine').container.healthcheck).toMatchObject({ disabled: true, loc: { startColumn: 12 } });
  });

  it('--use-api-socket mounts the engine socket', () => {
    const m = read('docker run --use-api-socket alpine').container.mounts;
    expect(m.map((x) => [x.type, x.hostPath, at(x.loc)])).toEqual([['bind', '/var/run/docker.sock', '1:12']]);
  });

  it('values with expansions are unresolved: --pid=$MODE, --user "${USER_ID}", Makefile $(VAR)', () => {
    const c = read('docker run --pid=$MODE --user "${USER_ID}" -v $(SRC):/src alpine').container;
    expect(c.pid).toMatchObject({ value: '$MODE', unresolved: ['MODE'] });
    expect(c.user).toMatchObject({ value: '${USER_ID}', unresolved: ['USER_ID'] });
    expect(c.mounts[0]!.source).toMatchObject({ value: '$(SRC)', unresolved: ['SRC'] });
    expect(c.mounts[0]!.hostPath).toBeUndefined();
  });

  it('a flag with no value at the end is a note', () => {
    expect(read('docker run --name').notes.map((n) => n.message)).toEqual(['docker run in deploy.sh:1: --name has no value']);
  });
});
