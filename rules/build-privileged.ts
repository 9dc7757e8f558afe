import { defineRule } from '../src/engine/rule.js';
import { buildInstructions } from '../src/query.js';

/**
 * Image: a RUN step of the built stages that asks for a privileged sandbox
 * (`--security=insecure`, error) or the host's network namespace (`--network=host`, warning).
 */
export default defineRule({
  id: 'build-privileged',
  title: 'Build step runs privileged or on the host network',
  level: 'error',
  securitySeverity: 7.0,
  profile: 'recommended',
  sources: ['image', 'runtime'],
  category: 'confinement',
  rationale:
    '`RUN --security=insecure` runs the step like `docker run --privileged`: all capabilities, no seccomp or AppArmor profile, host devices visible, ' +
    'so whatever the step downloads or builds runs with the builder host\'s kernel fully open to it. ' +
    '`RUN --network=host` drops the network namespace, giving the step the build host\'s interfaces and services bound to localhost.',
  fix:
    'Remove `--security=insecure`; do the privileged work outside the image build. Use the default sandbox network, and pass what the step needs ' +
    'with `--mount=type=secret` or build args instead of `--network=host`.',
  example: '# bad\nRUN --security=insecure mount -t tmpfs none /mnt\n# good\nRUN --mount=type=tmpfs,target=/mnt make',
  references: [
    'https://docs.docker.com/reference/dockerfile/#run---security',
    'https://docs.docker.com/reference/dockerfile/#run---network',
    'https://docs.docker.com/reference/cli/docker/buildx/build/#allow',
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ['RUN'])) {
      for (const flag of ins.flags) {
        if (flag.value === undefined) continue;
        const value = ins.expand(flag.value).value.toLowerCase();
        if (flag.name === 'security' && value === 'insecure') {
          report(flag, 'RUN --security=insecure runs this step with full privileges on the build host');
        } else if (flag.name === 'network' && value === 'host') {
          report(flag, "RUN --network=host gives this step the build host's network namespace", { level: 'warning', securitySeverity: 5.0 });
        }
      }
    }
  },
  // checkRuntime: added with the Compose runtime rules
});
