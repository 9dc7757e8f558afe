import { defineRule } from '../src/engine/rule.js';
import { isTrue } from '../src/runtime/model.js';

/** `privileged: true`: every fence between the container and the host kernel comes down at once. */
export default defineRule({
  id: 'privileged-container',
  title: 'Container runs privileged',
  level: 'error',
  securitySeverity: 9.5,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'privilege',
  rationale:
    'A privileged container gets every capability, every host device, no seccomp filter, no AppArmor/SELinux confinement and writable /sys and /proc. ' +
    'Root inside it can mount the host disk or load a kernel module, so on the shared kernel it is root on the host.',
  fix: 'Remove `privileged: true`. Grant only what the service needs: a single `cap_add` entry, one device under `devices:`, or a narrower mount.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  web:\n' +
      '    image: nginx:1.27\n' +
      '    privileged: true\n' +
      '    ports: ["127.0.0.1:80:80"]',
    good:
      'services:\n' +
      '  web:\n' +
      '    image: nginx:1.27\n' +
      '    cap_drop: [ALL]\n' +
      '    cap_add: [CHOWN, SETUID, SETGID, NET_BIND_SERVICE]\n' +
      '    ports: ["127.0.0.1:80:80"]',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#privileged',
    'https://docs.docker.com/reference/cli/docker/container/run/#privileged',
  ],
  checkRuntime(container, { report }) {
    // A value whose variable has no value is not guessed (isTrue is false for it).
    const v = container.privileged;
    if (isTrue(v)) report(v!, `${container.title} runs privileged: it has every capability and device of the host`);
  },
});
