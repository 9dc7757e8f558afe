/**
 * `--env-file` is also a Node option: Node 20–24 read it anywhere on the command line and exit
 * 9 when the file is missing, before isolint runs. `--compose-env-file` always reaches isolint;
 * `--env-file` keeps working for a file that exists. Tested through the built bin, as installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'dist', 'src', 'bin.js');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isolint-env-file-'));
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  app:\n    image: alpine:3.20\n    privileged: ${PRIV:-false}\n');
  writeFileSync(join(dir, 'on.env'), 'PRIV=true\n');
  writeFileSync(join(dir, 'off.env'), 'PRIV=false\n');
  return dir;
}

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, '-f', 'json', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  const doc = r.stdout ? (JSON.parse(r.stdout) as { findings: { ruleId: string }[]; errors: { file: string; message: string }[] }) : undefined;
  return { status: r.status, stderr: r.stderr, doc, privileged: !!doc?.findings.some((f) => f.ruleId === 'privileged-container') };
}

describe('--compose-env-file through the bin', () => {
  it('reads the file given, and a missing one is isolint\'s own error (exit 2), not Node\'s', () => {
    const dir = project();
    expect(run(['.'], dir).privileged).toBe(false);
    expect(run(['--compose-env-file', 'on.env', '.'], dir).privileged).toBe(true);
    const missing = run(['--compose-env-file', 'missing.env', '.'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/^node:/m);
    expect(missing.doc?.errors).toEqual([{ file: 'missing.env', message: 'cannot read env file: no such file or directory' }]);
  });

  it('--env-file is the same list: an existing file works, and the order given decides which wins', () => {
    const dir = project();
    expect(run(['--env-file', 'on.env', '.'], dir).privileged).toBe(true);
    expect(run(['--env-file', 'on.env', '--compose-env-file', 'off.env', '.'], dir).privileged).toBe(false);
    expect(run(['--compose-env-file', 'off.env', '--env-file', 'on.env', '.'], dir).privileged).toBe(true);
  });
});
