import { defineRule } from '../src/engine/rule.js';
import { settingName } from '../src/runtime/setting-names.js';
import { resolvedText } from '../src/runtime/values.js';

/**
 * No PID limit, or one that means none (`-1`, `0`: Docker's "unlimited"): a fork bomb in
 * one container exhausts the host's process table. A limit that did not resolve is not
 * guessed.
 */
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
  fix: 'Set `pids_limit` (or `deploy.resources.limits.pids`) to a positive number, e.g. `pids_limit: 256`; `-1` and `0` mean no limit.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    pids_limit: -1',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    pids_limit: 256',
  },
  references: ['https://docs.docker.com/reference/compose-file/services/#pids_limit'],
  checkRuntime(container, { report }) {
    const pids = container.limits.pids;
    const name = container.name.value;
    if (!pids) report(container.name, `${container.title} has no process-count limit (${settingName(container, 'pidsLimit')})`);
    else if (unlimited(resolvedText(pids))) report(pids, `${container.title} sets its process-count limit to ${resolvedText(pids)}, which means unlimited`);
  },
});

// The daemon treats zero and every negative limit as no limit (-1 is how it is usually written).
function unlimited(text: string | undefined): boolean {
  return text !== undefined && /^[-+]?\d+$/.test(text) && Number(text) <= 0;
}
