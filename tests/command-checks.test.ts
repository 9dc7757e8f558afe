/**
 * The command checks the image rules export for their runtime side (compose `command:` and
 * `entrypoint:` run through the same functions).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser, type SimpleCommand, type Word } from '../src/shell.js';
import { dockerApiListener } from '../rules/docker-api-port.js';
import { isWindowsImage, isWindowsPlatform } from '../rules/foreign-kernel-image.js';
import { initSystemCommand } from '../rules/init-system.js';
import { isKernelPackage } from '../rules/kernel-package.js';
import { kernelModuleCommand } from '../rules/kernel-module-load.js';
import { kernelVersionRead } from '../rules/kernel-version-assumption.js';
import { sshServerCommand } from '../rules/ssh-server.js';
import { sysctlWrite } from '../rules/sysctl-in-build.js';

beforeAll(() => initShellParser());

/** `column value` of what the check returns for each command of a RUN line. */
function hits(run: string, check: (c: SimpleCommand) => Word | undefined): string[] {
  const image = parseImage({ file: 'Dockerfile', text: `FROM a\nRUN ${run}\n` });
  return image.instructions[1]!.shell!.commands.flatMap((c) => {
    const w = check(c);
    return w ? [`${w.loc.startColumn} ${w.value}`] : [];
  });
}

describe('kernelModuleCommand', () => {
  it('finds module tools as commands only', () => {
    expect(hits('modprobe x && sudo insmod a.ko; env A=1 /sbin/rmmod y | depmod -a', kernelModuleCommand)).toEqual(['5 modprobe', '24 insmod', '45 /sbin/rmmod', '61 depmod']);
    expect(hits('echo modprobe; apt-get install -y kmod; cat /etc/modprobe.d/x.conf; modinfo x', kernelModuleCommand)).toEqual([]);
  });
});

describe('sysctlWrite', () => {
  it('finds writes, not reads', () => {
    expect(hits('sysctl -w a.b=1; sysctl a.b=1; sysctl -p; sysctl --system; sysctl -qw x=1', sysctlWrite)).toEqual(['5 sysctl', '22 sysctl', '36 sysctl', '47 sysctl', '64 sysctl']);
    expect(hits('echo 1 > /proc/sys/net/ipv4/ip_forward; echo 2 | tee -a /proc/sys/vm/x', sysctlWrite)).toEqual(['14 /proc/sys/net/ipv4/ip_forward', '61 /proc/sys/vm/x']);
    expect(hits('sysctl -a; sysctl -n kernel.pid_max; cat /proc/sys/kernel/pid_max; echo x=1 > /etc/sysctl.d/a.conf', sysctlWrite)).toEqual([]);
  });
});

describe('initSystemCommand', () => {
  it('finds systemd and /sbin/init behind exec or tini, not container inits', () => {
    expect(hits('exec /sbin/init; tini -- /lib/systemd/systemd; systemd --system; /usr/sbin/init', initSystemCommand)).toEqual([
      '10 /sbin/init',
      '30 /lib/systemd/systemd',
      '52 systemd',
      '70 /usr/sbin/init',
    ]);
    expect(hits('/init; tini -- app; dumb-init app; systemctl start x; echo /sbin/init', initSystemCommand)).toEqual([]);
  });
});

describe('dockerApiListener', () => {
  const listener = (run: string) => {
    const image = parseImage({ file: 'Dockerfile', text: `FROM a\nRUN ${run}\n` });
    const l = dockerApiListener(image.instructions[1]!.shell!.commands[0]!);
    return l && `${l.at.loc.startColumn} ${l.address} ${l.tlsVerify ? 'tls' : 'open'}`;
  };
  it('finds network addresses in every -H spelling', () => {
    expect(listener('dockerd -H tcp://0.0.0.0:2375')).toBe('16 tcp://0.0.0.0:2375 open');
    expect(listener('dockerd --host=tcp://[::]:2375')).toBe('13 tcp://[::]:2375 open');
    expect(listener('dockerd -H=tcp://10.1.2.3:2376 --tlsverify')).toBe('13 tcp://10.1.2.3:2376 tls');
    expect(listener('dockerd -Htcp://docker:2375')).toBe('13 tcp://docker:2375 open');
    expect(listener('dockerd -H 0.0.0.0:2375')).toBe('16 0.0.0.0:2375 open');
  });
  it('ignores loopback, sockets and other programs', () => {
    expect(listener('dockerd -H unix:///var/run/docker.sock -H fd:// -H tcp://127.0.0.1:2375 -H tcp://:2375 -H tcp://localhost -H tcp://[::1]:2375')).toBeUndefined();
    expect(listener('docker -H tcp://0.0.0.0:2375 ps')).toBeUndefined();
  });
});

describe('sshServerCommand and kernelVersionRead', () => {
  it('finds sshd and service starts', () => {
    expect(hits('/usr/sbin/sshd -D; service ssh start; ssh-keyscan github.com; ssh -T git@x', sshServerCommand)).toEqual(['5 /usr/sbin/sshd', '32 ssh']);
  });
  it('finds uname -r/-v and /proc/version, not uname -m/-a', () => {
    expect(hits('uname -r; X=$(uname -sr); cat /proc/version; uname -m; uname -a; uname --kernel-release', kernelVersionRead)).toEqual([
      '5 uname',
      '19 uname',
      '35 /proc/version',
      '70 uname',
    ]);
  });
});

describe('isKernelPackage', () => {
  it('knows kernels and module headers per package manager', () => {
    const yes = [['apt-get', 'linux-image-amd64'], ['apt-get', 'linux-headers-6.8.0-45-generic'], ['apt', 'linux-modules-extra-6.8.0-45-generic'], ['dnf', 'kernel'], ['yum', 'kernel-devel'], ['dnf', 'kernel-headers'], ['zypper', 'kernel-default-devel'], ['apk', 'linux-lts'], ['pacman', 'linux-headers'], ['apt-get', 'dkms']];
    const no = [['apt-get', 'linux-libc-dev'], ['apk', 'linux-headers'], ['dnf', 'kernel-tools'], ['apt-get', 'libkernelshark1'], ['apt-get', 'linux-tools-common'], ['apk', 'linux-firmware']];
    expect(yes.filter(([m, p]) => !isKernelPackage(m!, p!))).toEqual([]);
    expect(no.filter(([m, p]) => isKernelPackage(m!, p!))).toEqual([]);
  });
});

describe('isWindowsImage and isWindowsPlatform', () => {
  it('knows Windows bases by repository and tag, not by a name that contains "windows"', () => {
    expect(['mcr.microsoft.com/windows/servercore:ltsc2022', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', 'mcr.microsoft.com/windows:ltsc2019', 'microsoft/nanoserver', 'mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022', 'python:3.12-windowsservercore-ltsc2022'].filter((r) => !isWindowsImage(r))).toEqual([]);
    expect(['mcr.microsoft.com/dotnet/sdk:8.0', 'registry.example.com/windowsill-app:1.4', 'windows-exporter:1.0', 'alpine:3.20'].filter((r) => isWindowsImage(r))).toEqual([]);
  });
  it('knows windows platforms', () => {
    expect([isWindowsPlatform('windows/amd64'), isWindowsPlatform('Windows'), isWindowsPlatform('linux/amd64'), isWindowsPlatform('')]).toEqual([true, true, false, false]);
  });
});
