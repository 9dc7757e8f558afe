import { defineRule } from '../src/engine/rule.js';
import { isHostMode } from '../src/runtime/values.js';

/** `userns_mode: host`: the container opts out of the daemon's user-namespace remapping. */
export default defineRule({
  id: 'host-userns',
  title: "Container opts out of user-namespace remapping",
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'namespaces',
  rationale:
    "With user-namespace remapping, root in a container is an unprivileged UID on the host, so an escape lands as nobody. " +
    "`userns_mode: host` turns that off for this container: its root is the host's UID 0 again, on the same kernel.",
  fix: 'Remove `userns_mode: host`. If the service needs host UIDs for a mount, fix the ownership of that mount instead.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    userns_mode: host',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    user: "1000:1000"',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#userns_mode',
    'https://docs.docker.com/reference/cli/docker/container/run/#userns',
    'https://docs.docker.com/engine/security/userns-remap/',
  ],
  checkRuntime(container, { report }) {
    if (isHostMode(container.userns)) report(container.userns!, `${container.title} runs in the host's user namespace (no UID remapping)`);
  },
});
