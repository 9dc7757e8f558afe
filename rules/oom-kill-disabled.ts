import { defineRule } from '../src/engine/rule.js';
import { isTrue } from '../src/runtime/model.js';

/** `oom_kill_disable: true`: the kernel may not kill this container when memory runs out. */
export default defineRule({
  id: 'oom-kill-disabled',
  title: 'OOM killer disabled for the container',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'When the shared kernel runs out of memory it must kill something. Exempting this container means the kernel kills other containers or host processes instead, or the host hangs; without a memory limit the whole machine is at stake.',
  fix: 'Remove `oom_kill_disable`, and give the service a memory limit sized for it.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  db:\n' +
      '    image: postgres:16\n' +
      '    oom_kill_disable: true',
    good:
      'services:\n' +
      '  db:\n' +
      '    image: postgres:16\n' +
      '    mem_limit: 2g',
  },
  references: ['https://docs.docker.com/reference/compose-file/services/#oom_kill_disable', 'https://docs.docker.com/engine/containers/resource_constraints/#understand-the-risks-of-running-out-of-memory'],
  checkRuntime(container, { report }) {
    const v = container.oomKillDisable;
    if (isTrue(v)) report(v!, `${container.title} disables the OOM killer`);
  },
});
