import { defineRule } from '../src/engine/rule.js';
import { settingName, settingWritten } from '../src/runtime/setting-names.js';
import { isWindowsImage, isWindowsPlatform, isWindowsStage } from '../src/knowledge/image-refs.js';
import { isRootUser } from '../src/knowledge/query.js';
import { resolvedText } from '../src/runtime/values.js';

/**
 * Image: the built stage ends as root (no USER at all, or a last USER that is root).
 * Runtime: `user:` is root, or the service's own Dockerfile ends as root.
 * A Windows image is not judged: Windows has no root or UID 0 (its accounts are
 * ContainerUser/ContainerAdministrator), and foreign-kernel-image already notes it.
 */
export default defineRule({
  id: 'root-user',
  title: 'Container runs as root',
  level: 'error',
  securitySeverity: 7.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'privilege',
  rationale:
    'Root in a container is root on the host kernel: the same UID 0, held back only by dropped capabilities, seccomp and namespaces. ' +
    'Any kernel bug or misconfigured mount that lets a process out of its fences then hands the host to an attacker with full privileges. ' +
    'Windows images are not judged: Windows has no root (foreign-kernel-image notes them).',
  fix: 'Create an unprivileged user in the image and end the built stage with `USER <name or uid>`; in Compose, set `user: "1000:1000"`.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM node:22-slim\n' +
      'COPY --chown=node:node . /app\n' +
      'CMD ["node", "/app/server.js"]',
    good:
      'FROM node:22-slim\n' +
      'COPY --chown=node:node . /app\n' +
      'USER node\n' +
      'CMD ["node", "/app/server.js"]',
  },
  references: ['https://docs.docker.com/build/building/best-practices/#user', 'https://docs.docker.com/engine/security/#linux-kernel-capabilities'],
  checkImage(image, { report }) {
    const stage = image.builtStage;
    // A dockerfile_inline image is judged on its service, whose `user:` wins; Windows has no root.
    if (!stage || image.writtenInService || isWindowsStage(stage)) return;
    const user = image.effectiveUser(stage);
    if (!user) {
      report(stage.from.keywordLoc, 'the built stage sets no USER, so the container runs as root', { logicalKey: `stage ${stage.index}/no-user` });
      return;
    }
    // A USER whose variable has no value cannot be judged; not guessed.
    if (user.resolved !== undefined && isRootUser(user.resolved)) {
      report(user.written, `the built stage runs as root (USER ${user.written.value})`);
    }
  },
  checkRuntime(container, { report, profile }) {
    const name = container.name.value;
    if (container.user) {
      if (!container.user.unresolved?.length && isRootUser(String(container.user.value))) {
        report(container.user, `${container.title} runs as root (${settingWritten(container, 'user', String(container.user.value))})`);
      }
      return;
    }
    const image = container.builtImage;
    const stage = image?.builtStage;
    const platform = resolvedText(container.platform);
    const ref = resolvedText(container.image);
    // Windows has no UID 0 to run as; foreign-kernel-image speaks for these services.
    if ((stage && isWindowsStage(stage)) || (platform && isWindowsPlatform(platform)) || (!container.build && ref && isWindowsImage(ref))) return;
    if (image && stage) {
      const user = image.effectiveUser(stage);
      if (!user) {
        report(container.name, `${container.title} has no ${settingName(container, 'user', 'key')} and its Dockerfile sets no USER, so it runs as root`, {
          related: [{ loc: stage.from.keywordLoc, message: 'built stage without USER' }],
        });
      } else if (user.resolved !== undefined && isRootUser(user.resolved)) {
        report(container.name, `${container.title} has no ${settingName(container, 'user', 'key')} and its Dockerfile ends with USER ${user.written.value}`, {
          related: [{ loc: user.written.loc, message: 'the USER the image ends with' }],
        });
      }
      return;
    }
    if (!container.build && profile !== 'recommended') {
      report(container.name, `${container.title} sets no ${settingName(container, 'user', 'key')}, so it runs as whatever user its image defaults to (often root)`, {
        level: 'note',
        securitySeverity: 3.0,
      });
    }
  },
});
