/**
 * Findings about a Compose service that come from its Dockerfile: the primary location is the
 * service name (what the fixture markers check), and the Dockerfile place behind it is a
 * related location, asserted here to the file, line and column.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

const root = join(import.meta.dirname, '..');

async function findingsOf(fixture: string, ruleId: string) {
  const result = await lint({ paths: [join(root, 'fixtures', 'rules', fixture)], cwd: root, profile: 'untrusted' });
  expect(result.errors).toEqual([]);
  return result.findings
    .filter((f) => f.ruleId === ruleId && f.location.file.endsWith('compose.yaml'))
    .map((f) => ({
      at: `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`,
      level: f.level,
      related: f.related.map((r) => `${r.loc.file}:${r.loc.startLine}:${r.loc.startColumn}`),
    }));
}

describe('cross-file findings', () => {
  it('root-user: a service built to a stage that ends as root points at that USER', async () => {
    const dir = 'fixtures/rules/root-user/bad-runtime-target-root';
    expect(await findingsOf('root-user/bad-runtime-target-root', 'root-user')).toEqual([
      { at: `${dir}/compose.yaml:3:3`, level: 'error', related: [`${dir}/Dockerfile:7:6`] },
    ]);
  });

  it('healthcheck-missing: the built stage without HEALTHCHECK, or its HEALTHCHECK NONE', async () => {
    const dir = 'fixtures/rules/healthcheck-missing/bad-runtime-built-without-healthcheck';
    expect(await findingsOf('healthcheck-missing/bad-runtime-built-without-healthcheck', 'healthcheck-missing')).toEqual([
      { at: `${dir}/compose.yaml:3:3`, level: 'note', related: [`${dir}/Dockerfile:8:1`] },
      { at: `${dir}/compose.yaml:5:3`, level: 'note', related: [`${dir}/Dockerfile:4:13`] },
    ]);
  });

  it('healthcheck-missing: a dockerfile_inline location is in the Compose file itself', async () => {
    const file = 'fixtures/rules/healthcheck-missing/bad-runtime-inline-dockerfile.compose.yaml';
    expect(await findingsOf('healthcheck-missing/bad-runtime-inline-dockerfile.compose.yaml', 'healthcheck-missing')).toEqual([
      { at: `${file}:2:3`, level: 'note', related: [`${file}:6:9`] },
    ]);
  });
});
