import { defineRule } from '../src/engine/rule.js';

/** No PID limit: a fork bomb in one container exhausts the host's process table. */
export default defineRule({
  id: 'no-pids-limit',
  title: 'No process-count limit',
  level: 'note',
  securitySeverity: 3.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'Process IDs come from the shared kernel\'s one table. A fork bomb in a container without a pids cgroup limit exhausts it, and then nothing on the host, including its administrators, can start a process.',
  fix: 'Set `pids_limit` (or `deploy.resources.limits.pids`), e.g. `pids_limit: 256`.',
  example: 'services:\n  api:\n    pids_limit: 256',
  references: ['https://docs.docker.com/reference/compose-file/services/#pids_limit'],
  checkRuntime(container, { report }) {
    if (!container.limits.pids) report(container.name, `service ${container.name.value} has no process-count limit (pids_limit or deploy.resources.limits.pids)`);
  },
});
