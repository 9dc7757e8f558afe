/** The CLI as users run it: the built binary, its output and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'bin.js');

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli', () => {
  it('exits 1 with findings on the fixtures', () => {
    const r = run(['fixtures/']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fixtures\/rules\/sudo-usage\/bad-apt-install\.Dockerfile:4:5 warning sudo-usage /);
  });

  it('lints the demo project as `npm start` does: real findings from both models, exit 0', () => {
    const r = run(['fixtures/demo', '--fail-level', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixtures/demo/api/Dockerfile:9:1 error root-user');
    expect(r.stdout).toContain('fixtures/demo/compose.yaml:28:17 error privileged-container');
    expect(r.stdout).toContain('fixtures/demo/compose.yaml:31:9 error docker-socket-mount');
    expect(r.stdout).toMatch(/\d+ findings \(\d+ errors, \d+ warnings, \d+ notes\) in 4 files; 1 suppressed\n$/);
  });

  it('exits 0 on a clean Dockerfile', () => {
    const r = run(['fixtures/cli/clean.Dockerfile']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 findings');
  });

  it('exits 2 with one line and no stack trace for a missing file, still reporting the others', () => {
    const r = run(['missing/file', 'fixtures/cli/sudo.Dockerfile']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('missing/file error no such file or directory');
    expect(r.stdout).toContain('fixtures/cli/sudo.Dockerfile:2:5 warning sudo-usage');
    expect(r.stdout + r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 2 on a usage error', () => {
    const r = run(['--profile', 'paranoid', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('profile must be one of: recommended, strict, untrusted');
  });

  it('honours --fail-level', () => {
    expect(run(['fixtures/cli/sudo.Dockerfile', '--fail-level', 'error']).code).toBe(1); // root-user is an error
    expect(run(['fixtures/cli/sudo.Dockerfile', '--fail-level', 'none']).code).toBe(0);
  });

  it('reads standard input named by --stdin-filename', () => {
    const r = run(['-', '--stdin-filename', 'api/Dockerfile', '--format', 'json'], 'FROM alpine:3.20\nRUN sudo id\nUSER app\n');
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: { ruleId: string; file: string; startLine: number; startColumn: number }) => [f.ruleId, f.file, f.startLine, f.startColumn])).toContainEqual([
      'sudo-usage',
      'api/Dockerfile',
      2,
      5,
    ]);
  });

  it('writes the JSON report to --output with the documented shape', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'isolint-cli-')), 'report.json');
    const r = run(['fixtures/cli/sudo.Dockerfile', '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool).toEqual({ name: 'isolint', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(doc.findings.find((f: { ruleId: string }) => f.ruleId === 'sudo-usage')).toEqual({
      ruleId: 'sudo-usage',
      level: 'warning',
      securitySeverity: 5,
      message: 'sudo is run in the image',
      file: 'fixtures/cli/sudo.Dockerfile',
      startLine: 2,
      startColumn: 5,
      endLine: 2,
      endColumn: 9,
      related: [],
    });
    expect(doc.errors).toEqual([]);
  });

  it('colours text only when asked', () => {
    expect(run(['fixtures/cli/sudo.Dockerfile']).stdout).not.toContain('\u001b[');
    expect(run(['fixtures/cli/sudo.Dockerfile'], undefined, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(run(['fixtures/cli/sudo.Dockerfile'], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});

describe('reports reach their reader whole', () => {
  const THREE = 'FROM alpine:latest\nRUN apk add --no-cache sudo\nENV API_TOKEN=abc123\nUSER app\n';

  it('`isolint --format sarif . | head -1` prints one line, no stack trace, and the exit code of the whole run, three times in a row', () => {
    const whole = run(['--format', 'sarif', '.']);
    expect(whole.stdout.length).toBeGreaterThan(200_000); // more than a pipe holds, so the write meets the closed pipe
    for (let i = 0; i < 3; i++) {
      const errFile = join(mkdtempSync(join(tmpdir(), 'isolint-pipe-')), 'stderr');
      const r = spawnSync('bash', ['-c', '"$0" "$1" --format sarif . 2>"$2" | head -1; echo "status ${PIPESTATUS[0]}"', process.execPath, bin, errFile], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stdout).toBe(`{\nstatus ${whole.code}\n`);
      expect(readFileSync(errFile, 'utf8')).toBe('');
    }
  });

  it('a closed standard output ends the run quietly with its exit code', () => {
    const r = spawnSync('bash', ['-c', '"$0" "$1" fixtures/cli/sudo.Dockerfile >&-; echo "status $?"', process.execPath, bin], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('status 1\n');
    expect(r.stderr).toBe('');
  });

  it('JUnit from a file with three findings has three failing test cases, named by rule and location', () => {
    const r = run(['-', '--stdin-filename', 'Dockerfile', '--format', 'junit'], THREE);
    const cases = [...r.stdout.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>\s*<failure /g)].map((m) => m[1]);
    expect(cases).toEqual(['unpinned-image Dockerfile:1:6', 'sudo-usage Dockerfile:2:24', 'secret-in-env Dockerfile:3:5']);
    expect(r.stdout).toContain('tests="3" failures="3" errors="0" skipped="0"');
    expect(r.code).toBe(1);
  });

  it('text mode writes a file error to standard error too, and keeps it in the report', () => {
    const r = run(['missing/file', 'fixtures/cli/clean.Dockerfile']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('missing/file error no such file or directory');
    expect(r.stderr).toBe('isolint: missing/file: no such file or directory\n');
  });

  it('--list-rules --format json is JSON: one object per rule of the profile', () => {
    const r = run(['--list-rules', '--format', 'json', '--profile', 'strict']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; level: string; title: string; profile: string; docs: string }[];
    const text = run(['--list-rules', '--profile', 'strict']).stdout.trim().split('\n');
    expect(rows.map((x) => x.id)).toEqual(text.map((l) => l.split(/\s+/)[0]));
    expect(rows.find((x) => x.id === 'sudo-usage')).toMatchObject({ level: 'warning', profile: 'recommended', docs: 'docs/rules/sudo-usage.md' });
    expect(run(['--list-rules', '--format', 'sarif']).code).toBe(2);
  });
});
