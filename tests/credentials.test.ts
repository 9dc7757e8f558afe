import { describe, expect, it } from 'vitest';
import { hasShellExpansion, looksSecretValue, urlCredentials } from '../src/knowledge/credentials.js';
import { namesSecretMetadata } from '../src/knowledge/secrets.js';

describe('namesSecretMetadata', () => {
  it.each(['DB_PASSWORD_FILE', 'TOKEN_URL', 'PASSWORD_MIN_LENGTH', 'oauthTokenEndpoint', 'SECRET_NAME', 'API_KEY_HEADER'])('%s describes a secret', (name) =>
    expect(namesSecretMetadata(name)).toBe(true),
  );
  it.each(['DB_PASSWORD', 'SECRET_KEY_BASE', 'AWS_ACCESS_KEY_ID', 'FILE_PASSWORD', 'GITHUB_TOKEN', 'LOG_LEVEL'])('%s does not', (name) =>
    expect(namesSecretMetadata(name)).toBe(false),
  );
});

describe('looksSecretValue', () => {
  it.each([
    ['hunter2', true],
    ['12', true],
    ['', false],
    ['  ', false],
    ['true', false],
    ['No', false],
    ['1', false],
    ['/run/secrets/db', false],
    ['/not a path', true],
  ])('%j → %s', (value, expected) => expect(looksSecretValue(value)).toBe(expected));
});

describe('hasShellExpansion', () => {
  it.each([
    ['$TOKEN', true],
    ['${TOKEN}', true],
    ['$(cat /run/secrets/t)', true],
    ['`cat x`', true],
    ['pa$$', false],
    ['cost: $5', false],
  ])('%s → %s', (text, expected) => expect(hasShellExpansion(text)).toBe(expected));
});

describe('urlCredentials', () => {
  it('finds user:password written in URLs', () => {
    const text = 'x https://ci:s3cr3t@pypi.example.com/simple y git+https://oauth2:glpat-abc@gitlab.com/a.git';
    expect(urlCredentials(text).map((c) => text.slice(c.start, c.end))).toEqual(['ci:s3cr3t', 'oauth2:glpat-abc']);
  });
  it.each(['https://github.com/org/repo.git', 'https://${GITHUB_TOKEN}@github.com/org/r.git', 'https://x-access-token:${TOKEN}@github.com/o/r', 'ssh://git@host/repo', 'https://user:@host/'])(
    '%s has none',
    (text) => expect(urlCredentials(text)).toEqual([]),
  );
});
