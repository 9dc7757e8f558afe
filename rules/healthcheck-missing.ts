import { defineRule } from '../src/engine/rule.js';
import { lastInChain } from '../src/image/config.js';

/**
 * Image: the built image has no HEALTHCHECK. It is inherited through `FROM <stage>`, so the
 * nearest one in the built stage or the stages it builds on counts; `HEALTHCHECK NONE` switches
 * checking off and counts as missing (reported at its NONE). A HEALTHCHECK in a stage the built
 * stage only copies from never reaches the image. A check the external base image may carry
 * cannot be seen from the Dockerfile and is not assumed.
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
  fix: 'Add a HEALTHCHECK to the built stage that probes the service cheaply, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/healthcheck"]`.',
  example: '# good\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1',
  references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  checkImage(image, { report }) {
    const stage = image.builtStage;
    if (!stage) return;
    const healthcheck = lastInChain(stage, 'HEALTHCHECK');
    const none = healthcheck?.args[0];
    if (!healthcheck) {
      report(stage.from.keywordLoc, 'the built stage has no HEALTHCHECK', { logicalKey: `stage ${stage.index}/no-healthcheck` });
    } else if (none && none.value.toUpperCase() === 'NONE') {
      report(none, 'HEALTHCHECK NONE switches health checking off for the built image');
    }
  },
  // checkRuntime: added with the Compose runtime rules
});
