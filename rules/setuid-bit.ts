import { defineRule } from '../src/engine/rule.js';
import { modeEffect, modeSettings, type ModeEffect } from '../src/knowledge/file-mode.js';
import { containerStarts } from '../src/image/config.js';
import { buildInstructions } from '../src/knowledge/query.js';

/**
 * A chmod (or `install -m`, `mkdir -m`, `COPY/ADD --chmod`) that sets the setuid or setgid
 * bit, in any step of any stage or in the command the built image starts with. Setgid alone
 * on a directory is not flagged: `install -d -m 2775 dir`, `mkdir -m 2775 dir`, or `chmod g+s
 * dir` after the same RUN made `dir` with mkdir. On a directory it only makes new files
 * inherit the directory's group, and runs nothing with anyone's privileges.
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
    'one bug in it, or in what it loads, undoes the non-root user. ' +
    'A setgid directory is different and not flagged: it only makes files created in it inherit its group.',
  fix:
    'Do not add setuid/setgid bits to programs; give the program the one capability it needs with `setcap`, or run that step as root at build time. ' +
    'Use modes such as `755`, and `--chmod=755` on COPY/ADD. For a shared directory, create it with its mode (`install -d -m 2775 /srv/shared`).',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'COPY helper /usr/local/bin/helper\n' +
      'RUN chmod u+s /usr/local/bin/helper',
    good:
      'FROM debian:12-slim\n' +
      'COPY helper /usr/local/bin/helper\n' +
      'RUN chmod 755 /usr/local/bin/helper',
  },
  references: [
    'https://man7.org/linux/man-pages/man1/chmod.1.html',
    'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod',
    'https://docs.docker.com/engine/security/#linux-kernel-capabilities',
  ],
  checkImage(image, { report }) {
    for (const { shell } of [...buildInstructions(image, ['RUN']), ...containerStarts(image)]) {
      for (const mode of modeSettings(shell?.commands ?? [])) {
        const effect = modeEffect(mode.mode);
        if (effect && !effect.setuid && mode.onDirectories) continue;
        const bits = special(effect);
        if (bits) report(mode.word, `mode ${mode.mode} sets the ${bits} ${bits.includes(' and ') ? 'bits' : 'bit'}`);
      }
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
