/**
 * One version everywhere a user reads it: package.json, `isolint --version` (the tsc build,
 * the npm bin's bundle and the committed pre-commit bundle), the SARIF log's
 * tool.driver.version, and the newest CHANGELOG entry. The release procedure in the README
 * bumps them together.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const entries = { 'tsc build': 'dist/src/bin.js', 'npm bin': 'dist/bundle/isolint.mjs', 'pre-commit bundle': 'dist-action/isolint.mjs' };

function run(entry: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, entry), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('release version', () => {
  it('package.json holds a semantic version', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });

  it("is the newest CHANGELOG entry's version", () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    const newest = /^## \[?(\S+?)\]?(?:\s|$)/m.exec(changelog);
    expect(newest?.[1]).toBe(pkg.version);
  });

  for (const [what, entry] of Object.entries(entries)) {
    it(`is what --version prints (${what}, ${entry})`, () => {
      const r = run(entry, ['--version']);
      expect(r.stdout).toBe(`${pkg.version}\n`);
      expect(r.status).toBe(0);
    });
  }

  it('is the SARIF tool.driver.version', () => {
    const r = run('dist/bundle/isolint.mjs', ['--format', 'sarif', 'fixtures/cli/clean.Dockerfile']);
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { name: string; version: string } } }[] };
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'isolint', version: pkg.version });
  });

  it('the README documents how a release is cut', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Releasing'));
    expect(section.length).toBeGreaterThan(100);
    for (const step of ['npm version', 'CHANGELOG.md', 'npm run bundle', 'dist-action/', 'git tag', 'v<version>', 'git tag -f v1', 'npm publish']) expect(section, step).toContain(step);
  });
});
