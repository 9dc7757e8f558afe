import { describe, expect, it } from 'vitest';
import { looksSecretName } from '../src/secrets.js';

describe('secret-looking names', () => {
  it.each(['DB_PASSWORD', 'dbpassword', 'MYSQL_ROOT_PASSWD', 'CLIENT_SECRET', 'GITHUB_TOKEN', 'githubToken', 'authToken', 'TOKEN', 'NPM_TOKENS', 'API_KEY', 'apiKey', 'AWS_SECRET_ACCESS_KEY', 'SSH_PRIVATE_KEY', 'GOOGLE_CREDENTIALS'])(
    '%s is secret',
    (name) => expect(looksSecretName(name)).toBe(true),
  );
  it.each(['POSTGRES_PASSWORD_FILE', 'TOKENIZER_MODEL_DIR_NAME', 'LOG_LEVEL', 'PATH', 'KEYCLOAK_URL', 'MONKEY'])('%s is not secret', (name) =>
    expect(looksSecretName(name)).toBe(false),
  );
});
