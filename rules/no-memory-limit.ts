import { defineRule } from '../src/engine/rule.js';
import { settingName } from '../src/runtime/setting-names.js';

/** No memory limit: one container can exhaust the memory of the shared kernel. */
export default defineRule({
  id: 'no-memory-limit',
  title: 'No memory limit',
  level: 'note',
  securitySeverity: 3.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'All containers draw on one kernel\'s memory. Without a cgroup memory limit a leak or a deliberate allocation storm pushes the whole host into reclaim and the kernel\'s OOM killer, which may pick processes outside the container.',
  fix: 'Set `mem_limit` (or `deploy.resources.limits.memory`) to what the service needs.',
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
      '    mem_limit: 512m',
  },
  references: ['https://docs.docker.com/reference/compose-file/services/#mem_limit', 'https://docs.docker.com/engine/containers/resource_constraints/'],
  checkRuntime(container, { report }) {
    if (!container.limits.memory) report(container.name, `${container.title} has no memory limit (${settingName(container, 'memoryLimit')})`);
  },
});
