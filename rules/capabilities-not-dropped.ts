import { defineRule } from '../src/engine/rule.js';
import { settingName, settingWritten } from '../src/runtime/setting-names.js';
import { resolvedText } from '../src/runtime/values.js';

/** `cap_drop` does not contain ALL: the container keeps Docker's default capability set. */
export default defineRule({
  id: 'capabilities-not-dropped',
  title: 'Capabilities not dropped',
  level: 'note',
  securitySeverity: 3.0,
  profile: 'strict',
  sources: ['runtime'],
  category: 'privilege',
  rationale:
    'By default a container keeps about fourteen capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW, MKNOD, ...) that most services never use. ' +
    'Each is kernel attack surface on the shared host: a process that gets code execution can use them to raise its privileges inside the container or to attack the network and the kernel.',
  fix: 'Add `cap_drop: [ALL]` and add back only the capabilities the service needs with `cap_add`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  web:\n' +
      '    image: example/web:2.3\n' +
      '    cap_add: [NET_BIND_SERVICE]',
    good:
      'services:\n' +
      '  web:\n' +
      '    image: example/web:2.3\n' +
      '    cap_drop: [ALL]\n' +
      '    cap_add: [NET_BIND_SERVICE]',
  },
  references: [
    'https://docs.docker.com/reference/compose-file/services/#cap_drop',
    'https://docs.docker.com/engine/security/#linux-kernel-capabilities',
  ],
  checkRuntime(container, { report }) {
    const names = container.capDrop.map((c) => resolvedText(c));
    // A list item whose variable has no value might be ALL: not guessed.
    if (names.some((n) => n === undefined)) return;
    if (names.some((n) => n!.toUpperCase().replace(/^CAP_/, '') === 'ALL')) return;
    const what = container.capDrop.length ? `${settingName(container, 'capDrop')} does not contain ALL` : `no ${settingWritten(container, 'capDrop', 'ALL')}`;
    report(container.name, `${container.title} keeps the default capabilities (${what})`, {
      logicalKey: `service ${container.name.value}/cap_drop-all`,
    });
  },
});
