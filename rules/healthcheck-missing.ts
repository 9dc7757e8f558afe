import { defineRule } from '../src/engine/rule.js';
import { settingName } from '../src/runtime/setting-names.js';
import { lastInChain } from '../src/image/config.js';
import type { ImageModel, Stage } from '../src/image/model.js';
import type { Located } from '../src/position.js';

export type HealthcheckGap =
  /** No HEALTHCHECK is in force for the built stage. */
  | { kind: 'missing'; stage: Stage }
  /** The HEALTHCHECK in force is `HEALTHCHECK NONE`: the NONE word. */
  | { kind: 'none'; stage: Stage; none: Located<string> };

/**
 * Why the built image has no working health check, or undefined when it has one (or there is
 * no built stage). The image side reports it; a Compose service built from the image without
 * a `healthcheck:` of its own inherits it.
 */
export function healthcheckGap(image: ImageModel): HealthcheckGap | undefined {
  const stage = image.builtStage;
  if (!stage) return undefined;
  const healthcheck = lastInChain(stage, 'HEALTHCHECK');
  if (!healthcheck) return { kind: 'missing', stage };
  const none = healthcheck.args[0];
  return none && none.value.toUpperCase() === 'NONE' ? { kind: 'none', stage, none } : undefined;
}

/**
 * Image: the built image has no HEALTHCHECK. It is inherited through `FROM <stage>`, so the
 * nearest one in the built stage or the stages it builds on counts; `HEALTHCHECK NONE` switches
 * checking off and counts as missing (reported at its NONE). A HEALTHCHECK in a stage the built
 * stage only copies from never reaches the image. A check the external base image may carry
 * cannot be seen from the Dockerfile and is not assumed.
 * Runtime: `healthcheck: {disable: true}` or `test: ["NONE"]`; or no `healthcheck:` on a service
 * built from a Dockerfile whose image has none (reported on the service name, with the
 * Dockerfile location as related). An `image:`-only service cannot be verified: no finding.
 */
export default defineRule({
  id: 'healthcheck-missing',
  title: 'Image has no HEALTHCHECK',
  level: 'note',
  securitySeverity: 1.0,
  profile: 'strict',
  sources: ['image', 'runtime'],
  category: 'host-resources',
  rationale:
    'Without a health check the engine only knows whether the main process exists, not whether it still serves: a hung or half-compromised service keeps running ' +
    'and keeps its share of the host kernel\'s memory, PIDs and connections. ' +
    'A health status lets the orchestrator restart or replace it and makes the failure visible.',
  fix: 'Add a HEALTHCHECK to the built stage that probes the service cheaply, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/healthcheck"]`; in Compose, give the service a `healthcheck:` with a `test` instead of switching it off.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM nginx:1.27-alpine\n' +
      'COPY site/ /usr/share/nginx/html/',
    good:
      'FROM nginx:1.27-alpine\n' +
      'COPY site/ /usr/share/nginx/html/\n' +
      'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1/ || exit 1',
  },
  references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  checkImage(image, { report }) {
    // A dockerfile_inline image is judged on its service, whose `healthcheck:` wins.
    if (image.writtenInService) return;
    const gap = healthcheckGap(image);
    if (gap?.kind === 'missing') {
      report(gap.stage.from.keywordLoc, 'the built stage has no HEALTHCHECK', { logicalKey: `stage ${gap.stage.index}/no-healthcheck` });
    } else if (gap?.kind === 'none') {
      report(gap.none, 'HEALTHCHECK NONE switches health checking off for the built image');
    }
  },
  checkRuntime(container, { report }) {
    const name = container.name.value;
    const hc = container.healthcheck;
    if (hc?.disabled) {
      report(hc.loc, `${container.title} switches its health check off`);
      return;
    }
    // A healthcheck: with a test replaces the image's; one without only tunes it.
    if (hc?.hasTest) return;
    const gap = container.builtImage && healthcheckGap(container.builtImage);
    if (gap?.kind === 'missing') {
      report(container.name, `${container.title} has no ${settingName(container, 'healthcheck', 'key')} and its Dockerfile sets no HEALTHCHECK`, {
        related: [{ loc: gap.stage.from.keywordLoc, message: 'built stage without HEALTHCHECK' }],
      });
    } else if (gap?.kind === 'none') {
      report(container.name, `${container.title} has no ${settingName(container, 'healthcheck', 'key')} and its Dockerfile switches health checking off`, {
        related: [{ loc: gap.none.loc, message: 'HEALTHCHECK NONE in force for the built stage' }],
      });
    }
  },
});
