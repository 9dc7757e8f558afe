import { defineRule } from '../src/engine/rule.js';
import { optionValue, securityOptions } from '../src/runtime/values.js';

// `label=disable` turns labelling off; spc_t ("super privileged container") and unconfined_t
// are the SELinux types that container policy does not confine.
const UNCONFINED_TYPES = new Set(['type:spc_t', 'type:unconfined_t']);

/** `security_opt: [label=disable]` or an unconfined SELinux type (`label=type:spc_t`). */
export default defineRule({
  id: 'selinux-disabled',
  title: 'SELinux confinement disabled',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'confinement',
  rationale:
    'On SELinux hosts each container runs as container_t with its own category pair, which keeps it out of host files and out of other containers even when it is root. ' +
    'Disabling labels, or running as spc_t, removes that fence: any host path it can reach through a mount or an escape is open to it.',
  fix: 'Remove `label=disable` / `label=type:spc_t`. Relabel the mounts the service needs with `:z` / `:Z` instead.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    security_opt:\n' +
      '      - label=disable\n' +
      '    volumes:\n' +
      '      - ./data:/data',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    volumes:\n' +
      '      - ./data:/data:Z',
  },
  references: [
    'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, 'label')) {
      const value = optionValue(opt).replace(/\s+/g, '');
      if (value === 'disable' || UNCONFINED_TYPES.has(value)) {
        report(opt, `${container.title} runs without SELinux confinement (${opt.written.trim()})`);
      }
    }
  },
});
