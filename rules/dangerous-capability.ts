import { defineRule, listOptionSchema, stringListOption } from '../src/engine/rule.js';
import { resolvedText } from '../src/runtime/values.js';

// What each capability lets a container do to the shared kernel. ALL and SYS_ADMIN are as
// good as privileged; the rest each open one well-known way out.
const CRITICAL: ReadonlyMap<string, string> = new Map([
  ['ALL', 'every capability'],
  ['SYS_ADMIN', 'mount, namespaces, BPF and most kernel administration'],
]);
const HIGH: ReadonlyMap<string, string> = new Map([
  ['SYS_MODULE', 'loading kernel modules'],
  ['SYS_PTRACE', 'tracing and reading the memory of other processes'],
  ['SYS_RAWIO', 'raw I/O ports and device memory'],
  ['SYS_BOOT', 'rebooting the host or loading a new kernel'],
  ['SYS_TIME', "setting the host's clock"],
  ['DAC_READ_SEARCH', 'opening host files by handle (open_by_handle_at), bypassing read permissions'],
  ['NET_ADMIN', 'reconfiguring interfaces, routes and firewall rules'],
  ['BPF', 'loading BPF programs into the kernel'],
  ['PERFMON', 'kernel performance monitoring and tracing'],
  ['MAC_ADMIN', 'changing AppArmor/SELinux policy'],
  ['MAC_OVERRIDE', 'overriding AppArmor/SELinux policy'],
  ['SYSLOG', 'reading and clearing the kernel log, which leaks kernel addresses'],
  ['LINUX_IMMUTABLE', 'changing immutable and append-only file flags'],
]);

/** `SYS_ADMIN`, `sys_admin`, `CAP_SYS_ADMIN` → `SYS_ADMIN` (the loader normalises too; this stays robust). */
function capabilityName(written: string): string {
  return written.trim().toUpperCase().replace(/^CAP_/, '');
}

/** `cap_add` grants a capability that lets the container reach past its namespaces into the host kernel. */
export default defineRule({
  id: 'dangerous-capability',
  title: 'Dangerous capability added',
  level: 'error',
  securitySeverity: 9.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'privilege',
  rationale:
    'Capabilities split root\'s power; Docker keeps the dangerous ones away from containers because they act on the one kernel every container shares. ' +
    'Adding ALL or SYS_ADMIN is close to running privileged, and each of the others (module loading, ptrace, raw I/O, BPF, network or LSM administration) is a known escape or host-tampering path.',
  fix: 'Remove the capability from `cap_add`. If a narrower one does the job (NET_BIND_SERVICE for a low port, CHOWN), add only that, and start from `cap_drop: [ALL]`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  web:\n' +
      '    image: example/web:2.3\n' +
      '    cap_add: [SYS_ADMIN]',
    good:
      'services:\n' +
      '  web:\n' +
      '    image: example/web:2.3\n' +
      '    cap_drop: [ALL]\n' +
      '    cap_add: [NET_BIND_SERVICE]',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#cap_add',
    'https://docs.docker.com/engine/security/#linux-kernel-capabilities',
    'https://man7.org/linux/man-pages/man7/capabilities.7.html',
  ],
  options: {
    schema: listOptionSchema('allow', 'string', 'capabilities not to report, e.g. [NET_ADMIN] for a VPN gateway (with or without CAP_)'),
    description: '`allow`: capabilities this project has judged acceptable (with or without `CAP_`), e.g. `[NET_ADMIN]` for a VPN gateway; best given in an `overrides` entry for the one file that needs it.',
  },
  checkRuntime(container, { report, options }) {
    const allowed = new Set(stringListOption(options, 'allow').map(capabilityName));
    for (const cap of container.capAdd) {
      const written = resolvedText(cap);
      if (!written) continue;
      const name = capabilityName(written);
      const critical = CRITICAL.get(name);
      const high = HIGH.get(name);
      if ((!critical && !high) || allowed.has(name)) continue;
      report(cap, `${container.title} adds capability ${name} (${critical ?? high})`, {
        securitySeverity: critical ? 9.0 : 7.5,
      });
    }
  },
});
