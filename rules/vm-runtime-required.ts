import { defineRule } from '../src/engine/rule.js';

/** Runtimes that give the container a kernel of its own (VM) or a user-space kernel (gVisor). */
const STRONG_RUNTIMES = new Set([
  'runsc',
  'io.containerd.runsc.v1',
  'kata',
  'kata-runtime',
  'kata-qemu',
  'kata-fc',
  'kata-clh',
  'io.containerd.kata.v2',
  'aws.firecracker',
]);

/**
 * Untrusted code needs more than namespaces: in the untrusted profile, or for a service
 * marked `x-isolint: {trust: untrusted}`, the runtime must be VM-backed or gVisor.
 */
export default defineRule({
  id: 'vm-runtime-required',
  title: 'Untrusted workload without a VM-backed runtime',
  level: 'error',
  securitySeverity: 8.0,
  profile: 'untrusted',
  // A service marked untrusted is checked whatever the profile.
  checksOutsideProfile: true,
  sources: ['runtime'],
  category: 'vm-isolation',
  rationale:
    'Namespaces, cgroups and seccomp all rely on the one host kernel being bug-free: a single kernel exploit from inside an ordinary container owns the host. ' +
    'Code you do not trust should get a kernel of its own (Kata Containers, Firecracker) or a user-space kernel (gVisor) so that such an exploit stays inside.',
  fix: 'Set `runtime: runsc` (gVisor) or a Kata/Firecracker runtime configured on the host; a Windows service can use `isolation: hyperv`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  sandbox:\n' +
      '    image: example/code-runner:1.0\n' +
      '    x-isolint:\n' +
      '      trust: untrusted',
    good:
      'services:\n' +
      '  sandbox:\n' +
      '    image: example/code-runner:1.0\n' +
      '    runtime: runsc\n' +
      '    x-isolint:\n' +
      '      trust: untrusted',
  },
  references: ['https://gvisor.dev/docs/user_guide/quick_start/docker/', 'https://github.com/kata-containers/kata-containers/tree/main/docs', 'https://docs.docker.com/reference/compose-file/services/#runtime'],
  checkRuntime(container, { report, profile }) {
    const marked = container.trust && !container.trust.unresolved?.length && String(container.trust.value).toLowerCase() === 'untrusted';
    if (profile !== 'untrusted' && !marked) return;
    if (container.isolation && String(container.isolation.value).toLowerCase() === 'hyperv') return;
    const runtime = container.runtime;
    if (runtime?.unresolved?.length) return;
    const name = container.name.value;
    if (!runtime) report(container.name, `${container.title} runs untrusted code on the shared host kernel: set a VM-backed runtime such as runsc or kata`);
    else if (!STRONG_RUNTIMES.has(String(runtime.value))) report(runtime, `${container.title} runs untrusted code with runtime ${String(runtime.value)}, which shares the host kernel`);
  },
});
