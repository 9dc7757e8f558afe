import { defineRule } from '../src/engine/rule.js';
import { settingName, settingWritten } from '../src/runtime/setting-names.js';
import { isTrue } from '../src/runtime/model.js';

/** `read_only` is not true: the container can rewrite its own image files. */
export default defineRule({
  id: 'writable-root-filesystem',
  title: 'Root filesystem is writable',
  level: 'note',
  securitySeverity: 3.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'host-resources',
  rationale:
    'A writable root filesystem lets an intruder replace binaries and libraries inside the container, persist tooling and stage kernel exploits from files it drops. ' +
    'A read-only root with explicit tmpfs or volume mounts for the few paths that need writing leaves far less to work with on the shared kernel.',
  fix: 'Set `read_only: true` and mount writable paths explicitly (`tmpfs: [/tmp]`, volumes for data).',
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
      '    read_only: true\n' +
      '    tmpfs: [/tmp]',
  },
  references: ['https://docs.docker.com/reference/compose-file/services/#read_only'],
  checkRuntime(container, { report }) {
    const ro = container.readOnly;
    if (ro?.unresolved?.length) return;
    if (ro && !isTrue(ro)) report(ro, `${container.title} sets ${settingName(container, 'readOnly')} to ${String(ro.value)}: its root filesystem is writable`);
    else if (!ro) report(container.name, `${container.title} does not set ${settingWritten(container, 'readOnly', 'true')}, so its root filesystem is writable`);
  },
});
