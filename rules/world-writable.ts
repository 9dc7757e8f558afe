import { defineRule } from '../src/engine/rule.js';
import { commandMode, modeEffect, type ModeEffect } from '../src/knowledge/file-mode.js';
import { startCommands } from '../src/image/config.js';
import { buildInstructions, imageCommands } from '../src/knowledge/query.js';

/**
 * A chmod (or `install -m`, `mkdir -m`, `COPY/ADD --chmod`) that lets everyone write, in any
 * step of any stage or in the command the built image starts with.
 * Only an explicit `o`/`a` counts in symbolic modes: plain `+w` honours the umask (022), which
 * keeps the others' write bit off. A sticky directory (`1777`, `a+rwxt`, as /tmp) is a
 * deliberate shared scratch space where only a file's owner may delete or rename it: not flagged.
 */
export default defineRule({
  id: 'world-writable',
  title: 'File made world-writable',
  level: 'warning',
  securitySeverity: 4.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'privilege',
  rationale:
    'A world-writable file or directory can be changed by every user in the container, including whatever an attacker first lands as. ' +
    'Scripts, binaries or configs that a root process later reads or runs then become a step from an unprivileged process to root, ' +
    'and root in the container is root on the shared kernel, fenced only by capabilities and seccomp.',
  fix:
    'Give the files to the user that needs them (`chown app:app` or `COPY --chown=app:app`) and use `755`/`644` (or `775` with a shared group) instead of `777`/`666`. ' +
    'A scratch directory every user must write to gets the sticky bit, as /tmp has (`install -d -m 1777 /scratch`): it is not flagged.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM php:8.3-fpm\n' +
      'COPY . /var/www/html\n' +
      'RUN chmod -R 777 /var/www/html/storage',
    good:
      'FROM php:8.3-fpm\n' +
      'COPY . /var/www/html\n' +
      'RUN chown -R www-data:www-data /var/www/html/storage \\\n' +
      ' && chmod -R 775 /var/www/html/storage',
  },
  references: [
    'https://man7.org/linux/man-pages/man1/chmod.1.html',
    'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod',
  ],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const mode = commandMode(command);
      if (mode && worldWritable(modeEffect(mode.mode))) report(mode.word, `mode ${mode.mode} lets every user write`);
    }
    for (const ins of buildInstructions(image, ['COPY', 'ADD'])) {
      for (const flag of ins.flags) {
        if (flag.name !== 'chmod' || flag.value === undefined) continue;
        const { value, unresolved } = ins.expand(flag.value);
        if (!unresolved.length && worldWritable(modeEffect(value))) report(flag, `${ins.keyword} --chmod=${value} lets every user write`);
      }
    }
  },
});

function worldWritable(effect: ModeEffect | undefined): boolean {
  return !!effect && effect.worldWritable && !effect.sticky;
}
