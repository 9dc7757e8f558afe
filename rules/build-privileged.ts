import { defineRule, type Level } from '../src/engine/rule.js';
import { buildInstructions } from '../src/knowledge/query.js';
import { isTrue } from '../src/runtime/model.js';
import { isHostMode, resolvedText } from '../src/runtime/values.js';

export interface BuildGrant {
  level: Level;
  securitySeverity: number;
  /** What the build steps get, for messages. */
  gives: string;
}

// The image side and Compose ask for the same two BuildKit entitlements: `RUN
// --security=insecure` needs `security.insecure` (Compose's `build.privileged: true` grants it
// too), `RUN --network=host` needs `network.host`, so both sides judge them alike.
const INSECURE: BuildGrant = { level: 'error', securitySeverity: 7.0, gives: 'full privileges on the build host (every capability, no seccomp or AppArmor)' };
const HOST_NETWORK: BuildGrant = { level: 'warning', securitySeverity: 5.0, gives: "the build host's network namespace" };
// `device` hands host devices (CDI) to build steps. An entitlement BuildKit adds later is, by
// definition, a privilege beyond the sandbox: a warning until it is known better.
const DEVICE: BuildGrant = { level: 'warning', securitySeverity: 5.0, gives: 'host devices' };

/** What a BuildKit entitlement (`security.insecure`, `network.host`, `device`, `device=<name>`) gives build steps. */
export function entitlementGrant(entitlement: string): BuildGrant {
  const e = entitlement.trim().toLowerCase();
  if (e === 'security.insecure') return INSECURE;
  if (e === 'network.host') return HOST_NETWORK;
  if (e === 'device' || e.startsWith('device=')) return DEVICE;
  return { level: 'warning', securitySeverity: 5.0, gives: `the extra privilege "${entitlement.trim()}"` };
}

/**
 * Image: a RUN step of any stage (or ONBUILD trigger) that asks for a privileged sandbox
 * (`--security=insecure`, error) or the host's network namespace (`--network=host`, warning).
 * Runtime: a Compose build that grants them: `build.privileged: true`, `build.network: host`,
 * `build.entitlements`.
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
    'with `--mount=type=secret` or build args instead of `--network=host`. In Compose, drop `build.privileged`, `build.network: host` and `build.entitlements`.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM alpine:3.20\n' +
      'RUN --security=insecure mount -t tmpfs none /mnt && make -C /src',
    good:
      'FROM alpine:3.20\n' +
      'RUN --mount=type=tmpfs,target=/mnt make -C /src',
  },
  references: [
    'https://docs.docker.com/reference/dockerfile/#run---security',
    'https://docs.docker.com/reference/dockerfile/#run---network',
    'https://docs.docker.com/reference/cli/docker/buildx/build/#allow',
    'https://docs.docker.com/reference/compose-file/build/#privileged',
    'https://docs.docker.com/reference/compose-file/build/#entitlements',
  ],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ['RUN'])) {
      for (const flag of ins.flags) {
        if (flag.value === undefined) continue;
        const value = ins.expand(flag.value).value.toLowerCase();
        if (flag.name === 'security' && value === 'insecure') {
          report(flag, 'RUN --security=insecure runs this step with full privileges on the build host', grant(INSECURE));
        } else if (flag.name === 'network' && value === 'host') {
          report(flag, "RUN --network=host gives this step the build host's network namespace", grant(HOST_NETWORK));
        }
      }
    }
  },
  checkRuntime(container, { report }) {
    const build = container.build;
    if (!build) return;
    const name = container.name.value;
    // Unresolved values are not guessed: isTrue, isHostMode and resolvedText say no to them.
    if (isTrue(build.privileged)) {
      report(build.privileged!, `${container.title} is built with privileged: true, which gives its RUN steps ${INSECURE.gives}`, grant(INSECURE));
    }
    if (isHostMode(build.network)) {
      report(build.network!, `${container.title} is built with network: host, which gives its RUN steps ${HOST_NETWORK.gives}`, grant(HOST_NETWORK));
    }
    for (const entitlement of build.entitlements) {
      const text = resolvedText(entitlement);
      if (!text) continue;
      const g = entitlementGrant(text);
      report(entitlement, `${container.title}'s build allows the ${text} entitlement, which gives its RUN steps ${g.gives}`, grant(g));
    }
  },
});

function grant(g: BuildGrant): { level: Level; securitySeverity: number } {
  return { level: g.level, securitySeverity: g.securitySeverity };
}
