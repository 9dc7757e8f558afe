import { defineRule } from '../src/engine/rule.js';
import { optionValue, securityOptions } from '../src/runtime/values.js';

// How Docker reads the flag's value (a Go boolean); a bare `no-new-privileges` means true.
const ON = /^(|true|t|1)$/;
const OFF = /^(false|f|0)$/;

/** No `no-new-privileges` in `security_opt`: setuid binaries can still raise a process's privileges. */
export default defineRule({
  id: 'no-new-privileges-missing',
  title: 'no-new-privileges not set',
  level: 'note',
  securitySeverity: 3.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'privilege',
  rationale:
    'Without the no_new_privs bit, a process in the container that runs a setuid or setgid binary, or one with file capabilities, gains privileges its parent did not have. ' +
    'An intruder running as an unprivileged user can then climb to root inside the container, one step closer to the shared kernel; with the bit set, execve never grants more.',
  fix: 'Add `security_opt: ["no-new-privileges:true"]` to the service.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    security_opt:\n' +
      '      - no-new-privileges:true',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
    'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
    'https://docs.kernel.org/userspace-api/no_new_privs.html',
  ],
  checkRuntime(container, { report }) {
    const name = container.name.value;
    // Each entry sets the flag again, so the last one is the one that counts.
    const last = securityOptions(container, 'no-new-privileges').at(-1);
    if (!last) {
      report(container.name, `${container.title} does not set no-new-privileges, so setuid binaries can raise privileges`, {
        logicalKey: `service ${name}/no-new-privileges`,
      });
      return;
    }
    const value = optionValue(last);
    if (ON.test(value)) return;
    if (OFF.test(value)) report(last, `${container.title} turns no-new-privileges off (${last.written.trim()})`);
  },
});
