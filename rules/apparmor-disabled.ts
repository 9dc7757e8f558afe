import { defineRule } from '../src/engine/rule.js';
import { optionValue, securityOptions } from '../src/runtime/values.js';

/** `security_opt: [apparmor=unconfined]` (or `apparmor:unconfined`): no AppArmor profile. */
export default defineRule({
  id: 'apparmor-disabled',
  title: 'AppArmor confinement disabled',
  level: 'error',
  securitySeverity: 7.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'confinement',
  rationale:
    "On AppArmor hosts Docker confines every container with the docker-default profile, which denies mounts and writes to sensitive /proc and /sys files even to root. " +
    'Unconfined, those kernel interfaces are guarded only by capabilities, so a capability added later, or a kernel bug, has nothing behind it.',
  fix: 'Remove `apparmor=unconfined`. If the default profile blocks something the service needs, load a custom profile and name it: `apparmor=my-profile`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    security_opt:\n' +
      '      - apparmor=unconfined',
    good:
      'services:\n' +
      '  api:\n' +
      '    image: example/api:1.4\n' +
      '    security_opt:\n' +
      '      - apparmor=api-profile',
  },
  references: [
    'https://docs.docker.com/engine/security/apparmor/',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  checkRuntime(container, { report }) {
    for (const opt of securityOptions(container, 'apparmor')) {
      if (optionValue(opt) === 'unconfined') report(opt, `${container.title} runs without an AppArmor profile (${opt.written.trim()})`);
    }
  },
});
