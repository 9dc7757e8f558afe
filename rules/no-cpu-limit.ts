import { defineRule } from '../src/engine/rule.js';
import { settingName } from '../src/runtime/setting-names.js';

/** No CPU limit: one container can starve every other workload on the kernel's scheduler. */
export default defineRule({
  id: 'no-cpu-limit',
  title: 'No CPU limit',
  level: 'note',
  securitySeverity: 2.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'Containers share the host kernel\'s scheduler. Without a CPU quota a busy or compromised container can take every core, starving its neighbours and the host\'s own services.',
  fix: 'Set `cpus` (or `deploy.resources.limits.cpus`), e.g. `cpus: "1.5"`.',
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
      '    cpus: "1.5"',
  },
  references: ['https://docs.docker.com/reference/compose-file/services/#cpus'],
  checkRuntime(container, { report }) {
    if (!container.limits.cpus) report(container.name, `${container.title} has no CPU limit (${settingName(container, 'cpuLimit')})`);
  },
});
