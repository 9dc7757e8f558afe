import { startCommands } from '../src/image/config.js';
import { defineRule } from '../src/engine/rule.js';
import { imageCommands } from '../src/knowledge/query.js';
import { packageInstall } from '../src/knowledge/packages.js';
import { runsProgram, unwrapCommand, basename } from '../src/shell.js';

/** `sudo` or `su -c` run during the build, or sudo installed into the image. */
export default defineRule({
  id: 'sudo-usage',
  title: 'sudo or su used or installed in the image',
  level: 'warning',
  securitySeverity: 5.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'privilege',
  rationale:
    'Build steps already run as root, so sudo only matters at run time, where it is a ready-made path from the app user back to root on the shared kernel. ' +
    'A setuid sudo binary in the image also undoes the point of running as an unprivileged USER.',
  fix: 'Run privileged build steps before switching USER, and drop sudo from the packages; use `gosu`/`su-exec` only in an entrypoint that steps down from root.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y sudo \\\n' +
      ' && useradd --uid 10001 app && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n' +
      'USER app\n' +
      'RUN sudo apt-get install -y curl',
    good:
      'FROM debian:12-slim\n' +
      'RUN apt-get update && apt-get install -y curl \\\n' +
      ' && useradd --uid 10001 app\n' +
      'USER app',
  },
  references: ['https://docs.docker.com/build/building/best-practices/#user'],
  checkImage(image, { report }) {
    for (const { command } of [...imageCommands(image), ...startCommands(image)]) {
      const sudo = runsProgram(command, 'sudo');
      if (sudo) report(sudo, 'sudo is run in the image');
      const { name, args } = unwrapCommand(command);
      if (name && basename(name.value) === 'su' && args.some((a) => a.value === '-c' || a.value === '--command')) {
        report(name, 'su -c is run in the image');
      }
      for (const pkg of packageInstall(command)?.packages ?? []) {
        if (pkg.value === 'sudo') report(pkg, 'sudo is installed into the image');
      }
    }
  },
});
