/**
 * What a package-manager command installs. Rules ask "is sudo installed?", "is a kernel
 * installed?" through this one function, so every package manager is understood the same way.
 */
import { unwrapCommand, basename, type SimpleCommand, type Word } from '../shell.js';

interface Manager {
  /** Sub-commands that install packages. */
  install: Set<string>;
  /** Options that take the next word as their value (so it is not a package name). */
  valueOptions: RegExp;
}

const APT: Manager = { install: new Set(['install', 'reinstall']), valueOptions: /^-[otcq]$|^--(target-release|option|config-file)$/ };
const RPM_FAMILY: Manager = {
  install: new Set(['install', 'reinstall', 'in', 'groupinstall', 'localinstall']),
  valueOptions: /^-[cdxR]$|^--(setopt|exclude|disablerepo|enablerepo|repo|releasever|installroot|config)$/,
};

const MANAGERS: Record<string, Manager> = {
  'apt-get': APT,
  apt: APT,
  aptitude: APT,
  apk: { install: new Set(['add']), valueOptions: /^-[XpU]$|^--(repository|root|virtual|arch|keys-dir|cache-dir)$|^-t$/ },
  dnf: RPM_FAMILY,
  yum: RPM_FAMILY,
  microdnf: RPM_FAMILY,
  tdnf: RPM_FAMILY,
  zypper: { install: new Set(['install', 'in']), valueOptions: /^-[rtnp]$|^--(repo|type|from)$/ },
  pacman: { install: new Set(['-S', '-Sy', '-Syu', '-Su', '--sync']), valueOptions: /^--(config|root|dbpath)$/ },
};

export interface PackageInstall {
  manager: string;
  /** Package names with any version pin (`=1.2`) removed, each with its written location. */
  packages: Word[];
}

/** The packages a command installs, or undefined when it is not an install. */
export function packageInstall(cmd: SimpleCommand): PackageInstall | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const manager = basename(name.value);
  const spec = MANAGERS[manager];
  if (!spec) return undefined;
  let i = 0;
  // Global options may come before the sub-command (`apt-get -y install`, `zypper -n in`).
  while (i < args.length && args[i]!.value.startsWith('-') && !spec.install.has(args[i]!.value)) {
    i += spec.valueOptions.test(args[i]!.value) ? 2 : 1;
  }
  const sub = args[i];
  if (!sub || !spec.install.has(sub.value)) return undefined;
  const packages: Word[] = [];
  for (i++; i < args.length; i++) {
    const a = args[i]!;
    if (a.value.startsWith('-')) {
      if (spec.valueOptions.test(a.value)) i++;
      continue;
    }
    packages.push({ ...a, value: stripVersion(manager, a.value) });
  }
  return { manager, packages };
}

function stripVersion(manager: string, pkg: string): string {
  if (manager === 'apk') return pkg.replace(/[=<>~].*$/, '');
  if (manager.startsWith('apt') || manager === 'aptitude') return pkg.replace(/=.*$/, '').replace(/:[a-z0-9]+$/, '');
  return pkg.replace(/[<>=].*$/, '');
}
