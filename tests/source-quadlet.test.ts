/** Podman Quadlet `.container` units: systemd INI, each key the `podman run` option it stands for. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { kindOfName } from '../src/sources/index.js';
import { parseUnitFile, words } from '../src/sources/common/unit-file.js';
import { LineIndex } from '../src/position.js';

async function run(text: string, profile: 'recommended' | 'strict' = 'recommended') {
  return lint({ files: [{ path: 'quadlet/web.container', text }], profile, config: false });
}
const ids = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.ruleId}@${f.location.startLine}:${f.location.startColumn}`);

describe('Quadlet units', () => {
  it('claims *.container', () => {
    expect(kindOfName('web.container')).toBe('quadlet');
    expect(kindOfName('containers/systemd/db.container')).toBe('quadlet');
    expect(kindOfName('web.volume')).toBeUndefined();
  });

  it('reads keys, repeated keys, comments and continuation lines at their columns', async () => {
    const r = await run(
      [
        '[Unit]',
        'Description=web',
        '',
        '[Container]',
        '# a comment',
        '; another',
        'Image=docker.io/library/nginx:1.27',
        'AddCapability=NET_BIND_SERVICE SYS_ADMIN',
        'AddCapability=sys_module',
        'SecurityLabelDisable=true',
        'SeccompProfile=unconfined',
        'Network=host',
        'Volume=/var/run/docker.sock:/var/run/docker.sock',
        'Volume=%h/.ssh:/root/.ssh:ro',
        'AddDevice=/dev/mem',
        'User=root',
        'PublishPort=5432:5432',
        'Environment=API_TOKEN=s3cr3tvalue1 DEBUG=1',
        'Exec=/bin/sh -c \\',
        '  "modprobe br_netfilter"',
        '',
        '[Install]',
        'WantedBy=default.target',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(ids(r)).toEqual([
      'dangerous-capability@8:32',
      'dangerous-capability@9:15',
      'selinux-disabled@10:22',
      'seccomp-disabled@11:16',
      'host-network@12:9',
      'docker-socket-mount@13:8',
      'sensitive-host-mount@14:8',
      'host-device@15:11',
      'root-user@16:6',
      'exposed-internal-port@17:13',
      'plaintext-secret-env@18:13',
      'kernel-module-load@20:4',
    ]);
    expect(r.findings[0]!.message).toMatch(/^Quadlet unit web\.container /);
  });

  it('Volume=%h:/h binds the whole home folder, as ~:/h does in Compose; a volume named by another specifier is not a path', async () => {
    const r = await run('[Container]\nImage=quay.io/app/web:1.0\nUser=1000\nVolume=%h:/h\nVolume=%i:/data\n');
    expect(ids(r)).toEqual(['sensitive-host-mount@4:8']);
    expect(r.findings[0]!.message).toBe('Quadlet unit web.container mounts ~ read-write: a home directory on the host (keys, tokens, shell start-up files)');
  });

  it('PodmanArgs= and AddCapability=SYS_ADMIN (the Done-when unit)', async () => {
    const r = await run('[Container]\nImage=quay.io/app/web:1.0\nPodmanArgs=--privileged\nAddCapability=SYS_ADMIN\n');
    expect(ids(r)).toEqual(['privileged-container@3:12', 'dangerous-capability@4:15']);
    expect(r.findings[0]!.message).toBe('Quadlet unit web.container runs privileged: it has every capability and device of the host');
  });

  it('a unit without [Container] is an error; a clean unit gives nothing; strict sees the limits', async () => {
    expect((await run('[Service]\nExecStart=/bin/true\n')).errors[0]!.message).toBe('not a Quadlet container unit: it has no [Container] section');
    const clean = '[Container]\nImage=quay.io/app/web:1.0\nUser=1000\nDropCapability=ALL\nNoNewPrivileges=true\nReadOnly=true\nPidsLimit=100\nImage=quay.io/app/web:1.0\n';
    expect(ids(await run(clean))).toEqual([]);
    const strict = ids(await run(clean, 'strict'));
    expect(strict).not.toContain('capabilities-not-dropped@1:2');
    expect(strict).not.toContain('no-new-privileges-missing@1:2');
    expect(strict).not.toContain('writable-root-filesystem@1:2');
    expect(strict).not.toContain('no-pids-limit@1:2');
    expect(strict).toContain('no-memory-limit@1:2');
  });

  it('Image= naming a .build or .image unit is not judged as a registry reference', async () => {
    expect(ids(await run('[Container]\nImage=web.build\nUser=app\n'))).toEqual([]);
  });

  it('an empty assignment resets a list key', async () => {
    expect(ids(await run('[Container]\nImage=a/b:1\nAddCapability=SYS_ADMIN\nAddCapability=\n'))).toEqual([]);
  });

  it('# isolint-ignore: comments suppress', async () => {
    const r = await run('[Container]\nImage=a/b:1\n# isolint-ignore: host-network -- the unit is a router\nNetwork=host\n');
    expect(ids(r)).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(['host-network']);
  });

  it('splits words as systemd does, each located', () => {
    const lines = new LineIndex('u', '[Container]\nPodmanArgs=--a "b c" \'d\'\\x41 e\\ f\n');
    const entry = parseUnitFile(lines).entries[0]!;
    expect(words(entry.value).map((w) => [w.value, w.loc.startColumn])).toEqual([
      ['--a', 12],
      ['b c', 16],
      ['dA', 22],
      ['e f', 30],
    ]);
  });
});

describe('Quadlet key and PodmanArgs= together', () => {
  it('PodmanArgs= come after the keys in the generated command: a conflict is theirs, lists get both', async () => {
    const r = await lint({ files: [{ path: 'web.container', text: '[Container]\nImage=a/b:1\nUser=1000\nPodmanArgs=--user root --cap-add NET_ADMIN\nAddCapability=SYS_ADMIN\n' }], config: false });
    expect(r.findings.map((f) => `${f.ruleId}@${f.location.startLine}:${f.location.startColumn}`)).toEqual(['root-user@4:12', 'dangerous-capability@4:34', 'dangerous-capability@5:15']);
  });
});

describe('messages name the settings as each source spells them', () => {
  it('Quadlet keys and devcontainer.json keys', async () => {
    const q = await lint({ files: [{ path: 'web.container', text: '[Container]\nImage=a/b:1\nUser=root\n' }], profile: 'strict', config: false });
    const byRule = (r: Awaited<ReturnType<typeof lint>>, id: string) => r.findings.find((f) => f.ruleId === id)?.message;
    expect(byRule(q, 'root-user')).toBe('Quadlet unit web.container runs as root (User=root)');
    expect(byRule(q, 'no-memory-limit')).toBe('Quadlet unit web.container has no memory limit (Memory=)');
    expect(byRule(q, 'capabilities-not-dropped')).toMatch(/no DropCapability=ALL/);
    const d = await lint({ files: [{ path: '.devcontainer/devcontainer.json', text: '{ "image": "a/b:1", "containerUser": "root" }' }], profile: 'strict', config: false });
    expect(byRule(d, 'root-user')).toBe('the dev container in .devcontainer/devcontainer.json runs as root ("containerUser": "root")');
    expect(byRule(d, 'no-pids-limit')).toBe('the dev container in .devcontainer/devcontainer.json has no process-count limit (--pids-limit in runArgs)');
  });
});

describe('the shell parser', () => {
  it('is needed only by units that run a command; a BOM before Exec= still counts', async () => {
    const { quadletSource } = await import('../src/sources/quadlet.js');
    const f = (text: string) => [{ path: '/x/web.container', display: 'web.container', root: '/x', named: true, text }];
    const needs = quadletSource.usesShellParser as (files: ReturnType<typeof f>) => boolean;
    expect(needs(f('[Container]\nImage=a/b:1\n'))).toBe(false);
    expect(needs(f('[Container]\nImage=a/b:1\nExec=/bin/sh -c "modprobe x"\n'))).toBe(true);
    expect(needs(f('\ufeffExec=x\n'))).toBe(true);
    expect(needs(f('[Container]\r  PodmanArgs=--privileged\r'))).toBe(true);
  });
});
