import { defineRule } from '../src/engine/rule.js';
import { packageInstall } from '../src/knowledge/packages.js';
import { imageCommands } from '../src/knowledge/query.js';

/**
 * A kernel, its modules, or the headers to build modules against it, installed by a package
 * manager in any stage (or ONBUILD trigger). Left alone on purpose: the userspace kernel API headers a C
 * compiler needs (`linux-libc-dev` on Debian, `linux-headers` on Alpine, `libkernel…`), and
 * Fedora's `kernel-tools` (perf, cpupower: userspace programs, not a kernel). The RPM
 * `kernel-headers` is flagged because the catalog names it, although on Fedora it is the
 * userspace API headers.
 */
export function isKernelPackage(manager: string, pkg: string): boolean {
  if (pkg === 'dkms') return true;
  if (/^linux-(image|headers|modules)-/.test(pkg)) return true;
  if (/^kernel(-(core|modules|modules-extra|devel|headers|default|default-devel|lt|ml|lt-devel|ml-devel))?$/.test(pkg)) return true;
  if (/^kernel-(devel|headers|core|modules)-/.test(pkg)) return true;
  if (manager === 'apk') return /^linux-(lts|virt|edge|rpi)(-dev)?$/.test(pkg);
  if (manager === 'pacman') return /^linux(-(lts|zen|hardened))?(-headers)?$/.test(pkg);
  return false;
}

export default defineRule({
  id: 'kernel-package',
  title: 'Kernel or kernel headers installed in the image',
  level: 'warning',
  securitySeverity: 3.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'kernel',
  rationale:
    'A container runs on the host\'s kernel, never on one installed in its image: a kernel package there is dead weight, ' +
    'and headers or dkms for it only make sense for building modules that would be loaded into the host\'s shared kernel. ' +
    'It signals an image that expects a kernel of its own, which only a VM gives.',
  fix:
    'Drop the kernel, kernel-modules, kernel-headers and dkms packages; build and load modules on the host, or use a VM image if the workload needs its own kernel. ' +
    'For compiling userspace code, the userspace API headers (`linux-libc-dev`, Alpine\'s `linux-headers`) are enough.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y build-essential linux-headers-amd64',
    good:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y build-essential linux-libc-dev',
  },
  references: ['https://docs.docker.com/engine/security/', 'https://docs.kernel.org/kbuild/modules.html'],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image)) {
      const install = packageInstall(command);
      if (!install) continue;
      for (const pkg of install.packages) {
        if (isKernelPackage(install.manager, pkg.value)) report(pkg, `${pkg.value} installs a kernel, its modules or its headers, which a container never runs`);
      }
    }
  },
});
