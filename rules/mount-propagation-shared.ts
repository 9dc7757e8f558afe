import { defineRule } from '../src/engine/rule.js';
import { resolvedText } from '../src/runtime/values.js';

const SHARED = new Set(['shared', 'rshared']);

/** A bind mount with `shared`/`rshared` propagation: mounts made inside the container appear on the host. */
export default defineRule({
  id: 'mount-propagation-shared',
  title: 'Bind mount propagation is shared',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'Mount namespaces keep what a container mounts to itself. With shared propagation, mounts it makes under the bind mount propagate back into the host\'s mount namespace and into every other container sharing that path. ' +
    'A container that can mount (SYS_ADMIN, privileged) can then place filesystems where host processes will use them.',
  fix: 'Use the default `rprivate` propagation, or `rslave` when the container must see mounts the host makes there but must not send its own back.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  agent:\n' +
      '    image: example/agent:1.0\n' +
      '    volumes:\n' +
      '      - /mnt/data:/data:rshared',
    good:
      'services:\n' +
      '  agent:\n' +
      '    image: example/agent:1.0\n' +
      '    volumes:\n' +
      '      - /mnt/data:/data:rslave',
  },
  references: [
    'https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation',
    'https://docs.kernel.org/filesystems/sharedsubtree.html',
  ],
  checkRuntime(container, { report }) {
    for (const mount of container.mounts) {
      const propagation = resolvedText(mount.propagation)?.toLowerCase();
      if (!propagation || !SHARED.has(propagation)) continue;
      const source = mount.source?.value ?? 'a mount';
      report(mount.propagation!, `${container.title} mounts ${source} with ${propagation} propagation: its mounts reach the host`);
    }
  },
});
