import { defineRule, listOptionSchema, stringListOption } from '../src/engine/rule.js';
import { settingName } from '../src/runtime/setting-names.js';
import { looksSecretName } from '../src/knowledge/secrets.js';
import { looksSecretValue } from '../src/knowledge/credentials.js';
import type { KeyValue } from '../src/runtime/model.js';

/** A secret-looking environment variable or build arg given a literal value in the Compose file. */
export default defineRule({
  id: 'plaintext-secret-env',
  title: 'Secret written in plain text in environment or build args',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['runtime'],
  category: 'secrets',
  rationale:
    'A literal credential in the Compose file is in version control, in `docker inspect` output and in the environment of every process in the container, where any process that can read /proc/<pid>/environ sees it. ' +
    'Build args are worse: they stay in the image history.',
  fix: 'Use Compose `secrets:` (mounted as files; point the app at `*_FILE`), or interpolate from an untracked `.env` with `${VAR}`.',
  examples: {
    kind: 'compose',
    bad:
      'services:\n' +
      '  db:\n' +
      '    image: postgres:16\n' +
      '    environment:\n' +
      '      POSTGRES_PASSWORD: s3cr3t-Pa55w0rd',
    good:
      'services:\n' +
      '  db:\n' +
      '    image: postgres:16\n' +
      '    environment:\n' +
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n' +
      '    secrets: [db_password]\n' +
      'secrets:\n' +
      '  db_password:\n' +
      '    file: ./secrets/db_password.txt',
  },
  references: ['https://docs.docker.com/compose/how-tos/use-secrets/', 'https://docs.docker.com/reference/compose-file/services/#environment'],
  options: {
    schema: listOptionSchema('allowNames', 'string', 'variable names that look secret but are not (case-insensitive)'),
    description: '`allowNames`: variable names that look secret but hold no secret in this project (`TOKEN_AUDIENCE`), compared case-insensitively.',
  },
  checkRuntime(container, { report, options }) {
    const allowed = new Set(stringListOption(options, 'allowNames').map((n) => n.toUpperCase()));
    const check = (entry: KeyValue, where: string) => {
      const v = entry.value;
      // A default written in the file (`${PW:-hunter2}`) is as literal as the rest of it; a value from .env is not.
      if (!v || v.fromLookup || v.unresolved?.length) return;
      const name = entry.name.value;
      // The same judgement of names and values as secret-in-env, so both sides agree.
      if (allowed.has(name.toUpperCase()) || !looksSecretName(name) || !looksSecretValue(String(v.value))) return;
      report(entry.name, `${container.title} sets ${entry.name.value} to a literal value in ${where}`);
    };
    // An env_file is the usual place to keep secrets out of the Compose file (and out of git).
    for (const e of container.environment) if (!e.fromEnvFile) check(e, settingName(container, 'environment'));
    for (const a of container.build?.args ?? []) check(a, 'build.args');
  },
});
