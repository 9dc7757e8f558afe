import { defineRule } from '../src/engine/rule.js';
import { imageCommands } from '../src/knowledge/query.js';
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';

/** Files that hold the running kernel's release or version string. */
const KERNEL_VERSION_FILES = /^\/proc\/(version|version_signature|sys\/kernel\/(osrelease|version))$/;

/**
 * Where a command reads the running kernel's release or version: `uname -r` / `-v` (also
 * `-sr`, `--kernel-release`; inside `$(…)` too, so `/lib/modules/$(uname -r)` is caught at its
 * uname), or `/proc/version` and friends as an argument. `uname -a` is not flagged: it is
 * almost always build-log output, and the release is only one field of it; `uname -m` and
 * `-s` read the architecture and OS name, which the image does share with the host.
 * Limitation: a file read through `<` redirection is not seen (the shell model keeps only
 * output redirects).
 */
export function kernelVersionRead(cmd: SimpleCommand): Word | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  if (basename(name.value) === 'uname') {
    const release = args.some((a) => /^--(kernel-release|kernel-version|release)$/.test(a.value) || /^-[a-z]*[rv][a-z]*$/.test(a.value));
    return release ? name : undefined;
  }
  return args.find((a) => KERNEL_VERSION_FILES.test(a.value));
}

/** Image: a RUN step in any stage (or ONBUILD trigger) reads the build host's kernel version. */
export default defineRule({
  id: 'kernel-version-assumption',
  title: "Build reads the build host's kernel version",
  level: 'note',
  securitySeverity: 2.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'kernel',
  rationale:
    'Inside a build step, `uname -r` and /proc/version report the kernel of whatever machine runs the build, because a container shares it; ' +
    'the image then bakes in paths, headers or modules for a kernel that is not the one it will run on. ' +
    'It usually marks a step that builds kernel modules, which belong on the host, not in a container.',
  fix: 'Pass the target kernel version explicitly (`ARG KERNEL_VERSION`) if the image really builds against one, or move kernel-specific work to the host.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM ubuntu:24.04\n' +
      'RUN apt-get update && apt-get install -y linux-headers-$(uname -r)',
    good:
      'FROM ubuntu:24.04\n' +
      'ARG KERNEL_VERSION=6.8.0-45-generic\n' +
      'RUN apt-get update && apt-get install -y linux-headers-${KERNEL_VERSION}',
  },
  references: ['https://man7.org/linux/man-pages/man2/uname.2.html', 'https://man7.org/linux/man-pages/man5/proc_version.5.html', 'https://docs.docker.com/reference/dockerfile/#arg'],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image)) {
      const read = kernelVersionRead(command);
      if (!read) continue;
      const what = basename(read.value) === 'uname' ? 'uname' : read.value;
      report(read, `${what} reports the build host's kernel version, not the one the image will run on`);
    }
  },
});
