import { defineRule, listOptionSchema, stringListOption } from '../src/engine/rule.js';
import { buildInstructions } from '../src/knowledge/query.js';
import { looksSecretName } from '../src/knowledge/secrets.js';
import { looksSecretValue } from '../src/knowledge/credentials.js';

/**
 * ENV/ARG with a secret-looking name and a value written in the Dockerfile, in every stage,
 * in ONBUILD triggers and in ARGs before the first FROM. Decisions:
 * - A value made of variables counts when they resolve to text written in the file (an ARG
 *   default), not when they have no value there (`ENV API_KEY=$API_KEY` fed by
 *   `--build-arg`): that secret is not written in the file, and it is not guessed.
 * - Names that describe a secret rather than hold one are not flagged: `*_FILE` (as the
 *   Compose rule), and a last part such as `_URL`, `_PATH`, `_LENGTH`, `_TTL`, `_NAME`
 *   (`TOKEN_URL`, `PASSWORD_MIN_LENGTH`); `TOKENIZERS_PARALLELISM` is no token.
 * - Values that cannot be a credential are not flagged: `true`/`false`/`yes`/`no`/`on`/`off`/
 *   `0`/`1`, absolute paths (`GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json`), and
 *   placeholders (empty, `xxxx`, `<token>`, `{{ x }}`, `__X__`, `dummy…`, `YOUR_…`). Weak real
 *   defaults (`changeme`, `password`) are flagged: images ship with them.
 */
export default defineRule({
  id: 'secret-in-env',
  title: 'Secret written into ENV or ARG',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'secrets',
  rationale:
    'ENV values are stored in the image configuration and ARG values in the build history, so anyone who can pull the image can read them with `docker inspect` or `docker history`. ' +
    'A leaked registry or cloud credential lets an attacker replace the images and infrastructure the shared kernel runs.',
  fix: 'Pass build-time secrets with `RUN --mount=type=secret,id=<id>` (or `env=<NAME>`), and runtime secrets through Compose `secrets:` or the orchestrator, never through ENV/ARG defaults.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM node:22-slim\n' +
      'ENV NPM_TOKEN=3f9c2a7e41b84d6f0a5e\n' +
      'RUN npm ci',
    good:
      'FROM node:22-slim\n' +
      'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci',
  },
  references: [
    'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
    'https://docs.docker.com/build/building/secrets/',
  ],
  options: {
    schema: listOptionSchema('allowNames', 'string', 'ENV/ARG names that look secret but are not (case-insensitive)'),
    description: '`allowNames`: ENV/ARG names that look secret but hold no secret in this project, compared case-insensitively.',
  },
  checkImage(image, { report, options }) {
    const allowed = new Set(stringListOption(options, 'allowNames').map((n) => n.toUpperCase()));
    // ARGs before the first FROM too: their defaults are written in the file just the same.
    for (const ins of [...image.globalArgs, ...buildInstructions(image, ['ENV', 'ARG'])]) {
      for (const { name, value } of ins.properties) {
        if (!value || allowed.has(name.value.toUpperCase()) || !looksSecretName(name.value)) continue;
        const expanded = ins.expand(value.value);
        if (expanded.unresolved.length || !looksSecretValue(expanded.value)) continue;
        report(name, `${ins.keyword} ${name.value} is given a literal value, which stays in the image ${ins.keyword === 'ENV' ? 'configuration' : 'history'}`);
      }
    }
  },
});
