import { defineRule } from '../src/engine/rule.js';
import { optionValue, securityOptions } from '../src/runtime/values.js';

/**
 * `security_opt: [systempaths=unconfined]`: the kernel interfaces Docker hides or makes
 * read-only inside every container (/proc/kcore, /proc/sysrq-trigger, /sys/firmware, ...)
 * become visible and writable. Not in the v1 catalog; added because it removes a fence of
 * its own that no catalog rule covers.
 */
export default defineRule({
  id: 'system-paths-unmasked',
  title: 'Masked kernel paths exposed',
  level: 'error',
  securitySeverity: 7.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'confinement',
  rationale:
    'Docker masks or mounts read-only the parts of /proc and /sys that talk straight to the shared kernel: /proc/kcore (kernel memory), /proc/sysrq-trigger, /proc/sys, /sys/firmware and others. ' +
    'With `systempaths=unconfined` a process with enough privilege can read kernel memory, reboot or crash the host, or change kernel settings for every container on it.',
  fix: 'Remove `systempaths=unconfined`. A tool that needs one kernel interface (for example a nested container runtime) belongs in a VM, not in a container on a shared host.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  builder:\n' +
      '    image: example/builder:1.0\n' +
      '    security_opt:\n' +
      '      - systempaths=unconfined',
    good:
      'services:\n' +
      '  builder:\n' +
      '    image: example/builder:1.0\n' +
      '    security_opt:\n' +
      '      - no-new-privileges:true',
  },
  references: [
    'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, 'systempaths')) {
      if (optionValue(opt) === 'unconfined') report(opt, `${container.title} unmasks the host kernel's /proc and /sys paths (${opt.written.trim()})`);
    }
  },
});
