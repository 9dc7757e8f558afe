import { defineRule } from '../src/engine/rule.js';
import { commandMode, modeEffect, type ModeEffect } from '../src/file-mode.js';
import { startCommands } from '../src/image/config.js';
import { buildInstructions, imageCommands } from '../src/query.js';

/**
 * A chmod (or `install -m`, `mkdir -m`, `COPY/ADD --chmod`) that sets the setuid or setgid
 * bit, in any step of the stages that are built or in the command the container starts with.
 */
export default defineRule({
  id: 'setuid-bit',
  title: 'File made setuid or setgid',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'privilege',
  rationale:
    'A setuid or setgid program runs with its owner\'s identity, usually root, whoever starts it. ' +
    'In a container that runs as an unprivileged USER, each such binary is a way back to UID 0 on the shared kernel; ' +
    'one bug in it, or in what it loads, undoes the non-root user.',
  fix:
    'Do not add setuid/setgid bits; give the program the one capability it needs with `setcap`, or run that step as root at build time. ' +
    'Use modes such as `755`, and `--chmod=755` on COPY/ADD.',
  example: '# bad\nRUN chmod u+s /usr/local/bin/helper\n# good\nRUN chmod 755 /usr/local/bin/helper',
  references: [
    'https://man7.org/linux/man-pages/man1/chmod.1.html',
    'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod',
    'https://docs.docker.com/engine/security/#linux-kernel-capabilities',
  ],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const mode = commandMode(command);
      const bits = mode && special(modeEffect(mode.mode));
      if (mode && bits) report(mode.word, `mode ${mode.mode} sets the ${bits} ${bits.includes(' and ') ? 'bits' : 'bit'}`);
    }
    for (const ins of buildInstructions(image, ['COPY', 'ADD'])) {
      for (const flag of ins.flags) {
        if (flag.name !== 'chmod' || flag.value === undefined) continue;
        const { value, unresolved } = ins.expand(flag.value);
        const bits = unresolved.length ? undefined : special(modeEffect(value));
        if (bits) report(flag, `${ins.keyword} --chmod=${value} sets the ${bits} ${bits.includes(' and ') ? 'bits' : 'bit'}`);
      }
    }
  },
});

function special(effect: ModeEffect | undefined): string | undefined {
  if (!effect) return undefined;
  if (effect.setuid && effect.setgid) return 'setuid and setgid';
  if (effect.setuid) return 'setuid';
  if (effect.setgid) return 'setgid';
  return undefined;
}
