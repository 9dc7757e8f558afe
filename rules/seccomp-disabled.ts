import { defineRule } from '../src/engine/rule.js';
import { optionValue, securityOptions } from '../src/runtime/values.js';

/** `security_opt: [seccomp=unconfined]` (or `seccomp:unconfined`): no system-call filter at all. */
export default defineRule({
  id: 'seccomp-disabled',
  title: 'Seccomp filtering disabled',
  level: 'error',
  securitySeverity: 8.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'confinement',
  rationale:
    "Docker's default seccomp profile blocks the few dozen system calls (keyctl, bpf, unshare, mount, kexec_load, ...) behind most kernel exploits and container escapes. " +
    'Unconfined, every system call reaches the shared kernel, so one kernel bug reachable from any of them is a way out.',
  fix: 'Remove `seccomp=unconfined`. If one system call is missing, copy the default profile, allow just that call, and use `seccomp=/path/profile.json`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    security_opt:\n' +
      '      - seccomp=unconfined',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    security_opt:\n' +
      '      - seccomp=./seccomp-with-perf.json',
  },
  references: [
    'https://docs.docker.com/engine/security/seccomp/',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, 'seccomp')) {
      if (optionValue(opt) === 'unconfined') report(opt, `${container.title} runs without a seccomp filter (${opt.written.trim()})`);
    }
  },
});
