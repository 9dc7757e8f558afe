import { describe, expect, it } from 'vitest';
import { isPlaceholderValue, looksSecretName } from '../src/knowledge/secrets.js';
import { looksSecretValue, urlCredentials } from '../src/knowledge/credentials.js';

describe('secret-looking names', () => {
  it.each(['DB_PASSWORD', 'dbpassword', 'MYSQL_ROOT_PASSWD', 'CLIENT_SECRET', 'GITHUB_TOKEN', 'githubToken', 'authToken', 'TOKEN', 'NPM_TOKENS', 'API_KEY', 'apiKey', 'AWS_SECRET_ACCESS_KEY', 'SSH_PRIVATE_KEY', 'GOOGLE_CREDENTIALS'])(
    '%s is secret',
    (name) => expect(looksSecretName(name)).toBe(true),
  );
  it.each(['POSTGRES_PASSWORD_FILE', 'TOKENIZER_MODEL_DIR_NAME', 'LOG_LEVEL', 'PATH', 'KEYCLOAK_URL', 'MONKEY'])('%s is not secret', (name) =>
    expect(looksSecretName(name)).toBe(false),
  );
});

describe('placeholder values', () => {
  it.each([
    '',
    '   ',
    '${DB_PASSWORD}',
    '$DB_PASSWORD',
    '${DB_PASSWORD:?set it in .env}',
    '${DB_PASSWORD:-}',
    '${DB_PASSWORD:-<password>}',
    '000000',
    'xxxx',
    '********',
    '<your token>',
    '<PASSWORD>',
    '{{ vault_db_password }}',
    '__API_KEY__',
    'dummyKeyForTests',
    'PLACEHOLDER',
    'example-secret',
    'AKIAIOSFODNN7EXAMPLE',
    'your_api_key_here',
    'YOUR-TOKEN',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholderValue(value)).toBe(true);
    expect(looksSecretValue(value)).toBe(false);
  });

  it.each(['changeme', 'password', 'secret', 'hunter2', '${PW:-hunter2}', '${PW-hunter2}', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', '<x', '_x_', 'x_', 'aab'])(
    '%j is judged as a value',
    (value) => expect(isPlaceholderValue(value)).toBe(false),
  );

  it('keeps weak real defaults as secrets', () => {
    expect(['changeme', 'password', 'secret'].map(looksSecretValue)).toEqual([true, true, true]);
  });

  it('skips URL credentials whose password is a placeholder', () => {
    expect(urlCredentials('https://ci:<token>@git.example.com/r.git https://ci:YOUR_TOKEN@h/r https://ci:s3cr3t@h/r')).toEqual([{ start: 75, end: 84 }]);
  });
});
