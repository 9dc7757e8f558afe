/**
 * SARIF output against what GitHub code scanning needs (shared/sarif-github.md): Microsoft's
 * SARIF validator with GitHub's ingestion rules, then each requirement checked directly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { ruleInProfile, type Rule } from '../src/engine/rule.js';
import { buildSarif, GITHUB_LIMITS } from '../src/format/sarif.js';
import { lint, type LintResult } from '../src/lint.js';
import type { Location } from '../src/position.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'src', 'bin.js');
const validator = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isolint-sarif-'));
  temps.push(dir);
  return dir;
}

/** Runs the built CLI and returns the SARIF log it wrote. */
function cliSarif(args: string[], cwd = root): { log: Log; file: string; code: number | null } {
  const file = join(tempDir(), 'out.sarif');
  const r = spawnSync(process.execPath, [bin, ...args, '--format', 'sarif', '--output', file], { cwd, encoding: 'utf8' });
  return { log: JSON.parse(readFileSync(file, 'utf8')) as Log, file, code: r.status };
}

const demo = cliSarif(['fixtures/demo']);
const run = demo.log.runs[0]!;
const rules = run.tool.driver.rules!;
const results = run.results!;

describe('sarif: Microsoft SARIF validator with GitHub rules', () => {
  it('reports no error for isolint --format sarif fixtures/demo', { timeout: 120_000 }, () => {
    const out = join(tempDir(), 'validation.sarif');
    // Called directly (a shell would split the `;`); it exits 0 whatever it finds, so its log is read.
    execFileSync(validator, ['validate', demo.file, '--rule-kind', 'Ghas;Sarif', '--level', 'Error;Warning;Note', '-o', out], { stdio: 'pipe', timeout: 110_000 });
    const validation = JSON.parse(readFileSync(out, 'utf8')) as Log;
    const findings = validation.runs.flatMap((r) => {
      const descriptors = r.tool.driver.rules ?? [];
      return (r.results ?? []).map((res) => ({ level: res.level, rule: `${res.ruleId} ${descriptors[res.ruleIndex ?? -1]?.name ?? ''}`, args: res.message.arguments }));
    });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('does report an error for a log that GitHub would reject (the check above can fail)', { timeout: 120_000 }, () => {
    const broken = structuredClone(demo.log);
    delete broken.runs[0]!.tool.driver.rules![0]!.help;
    const file = join(tempDir(), 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken));
    const out = join(tempDir(), 'validation.sarif');
    execFileSync(validator, ['validate', file, '--rule-kind', 'Ghas;Sarif', '-o', out], { stdio: 'pipe', timeout: 110_000 });
    const validation = JSON.parse(readFileSync(out, 'utf8')) as Log;
    const errors = validation.runs.flatMap((r) => (r.results ?? []).filter((res) => res.level === 'error').map((res) => res.ruleId));
    expect(errors).toContain('GH2012');
  });
});

describe('sarif: what GitHub code scanning needs', () => {
  it('the demo has findings, so the checks below check something', () => {
    expect(demo.code).toBe(1);
    expect(results.length).toBeGreaterThan(3);
  });

  it('is one run of one tool, with the default category', () => {
    expect(demo.log.version).toBe('2.1.0');
    expect(demo.log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(demo.log.runs).toHaveLength(1);
    expect(run.automationDetails).toEqual({ id: 'isolint/' });
    expect(run.tool.driver).toMatchObject({
      name: 'isolint',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      semanticVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      informationUri: expect.stringMatching(/^https:\/\//),
    });
  });

  it('takes the category from --category', () => {
    expect(cliSarif(['fixtures/demo', '--category', 'docker/images']).log.runs[0]!.automationDetails).toEqual({ id: 'docker/images/' });
  });

  it('describes every rule of the profile once, with what GitHub shows', () => {
    const expected = allRules.filter((r) => r.checksOutsideProfile || ruleInProfile(r, 'recommended')).map((r) => r.id);
    expect(rules.map((r) => r.id).sort()).toEqual([...expected].sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const d of rules) {
      const rule = allRules.find((r) => r.id === d.id)!;
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(d.shortDescription?.text).toBeTruthy();
      expect(d.fullDescription?.text).toBe(rule.rationale);
      expect(d.help?.text).toContain(rule.fix);
      expect(d.help?.markdown).toContain(rule.rationale);
      expect(d.help?.markdown).toContain(rule.fix);
      expect(d.help?.markdown).toContain(rule.examples.bad);
      expect(d.help?.markdown).toContain(rule.examples.good);
      expect(d.helpUri).toMatch(new RegExp(`^https://.*/docs/rules/${d.id}\\.md$`));
      expect(d.defaultConfiguration?.level).toBe(rule.level);
      expect(d.properties?.tags).toEqual(['security', rule.category]);
      expect(d.properties?.tags!.length).toBeLessThanOrEqual(20);
      expect(d.properties?.precision).toBe('high');
    }
  });

  it("gives every result's rule a security-severity: a string holding a number in (0, 10]", () => {
    for (const r of results) {
      const severity = rules[r.ruleIndex!]!.properties!['security-severity'] as unknown;
      expect(typeof severity).toBe('string');
      expect(severity).toMatch(/^\d+(\.\d+)?$/);
      expect(Number(severity)).toBeGreaterThan(0);
      expect(Number(severity)).toBeLessThanOrEqual(10);
    }
  });

  it('gives results a rule id and index, a level, a message, and one repository-relative location', () => {
    for (const r of results) {
      expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.kind).toBeUndefined(); // "fail" by default; never "pass"
      expect(r.fixes).toBeUndefined();
      expect(r.message.text).toMatch(/\S.*\.$/s);
      expect(r.locations).toHaveLength(1);
      const { artifactLocation, region } = r.locations![0]!.physicalLocation!;
      expect(artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation!.uri).toMatch(/^fixtures\/demo\/[^\\]+$/);
      expect(region!.startLine).toBeGreaterThanOrEqual(1);
      expect(region!.startColumn).toBeGreaterThanOrEqual(1);
      expect(region!.endLine).toBeGreaterThanOrEqual(region!.startLine!);
    }
  });

  it('never anchors a finding on line 1 of a file that does not start with the flagged line', () => {
    for (const r of results) {
      const { artifactLocation, region } = r.locations![0]!.physicalLocation!;
      if (region!.startLine !== 1) continue;
      const firstLine = readFileSync(join(root, decodeURIComponent(artifactLocation!.uri!)), 'utf8').split('\n')[0]!;
      expect(firstLine.trimStart().startsWith('#')).toBe(false);
    }
  });

  it('gives every result its own fingerprint', () => {
    const prints = results.map((r) => r.partialFingerprints?.primaryLocationLineHash);
    expect(prints.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('records the invocation', () => {
    expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('writes a complete log with "results": [] when nothing is found', () => {
    const clean = cliSarif(['fixtures/cli/clean.Dockerfile']);
    expect(clean.code).toBe(0);
    expect(clean.log.runs[0]!.results).toEqual([]);
    expect(clean.log.runs[0]!.tool.driver.rules!.length).toBeGreaterThan(0);
    expect(clean.log.runs[0]!.automationDetails).toEqual({ id: 'isolint/' });
  });
});

describe('sarif: locations from the repository root', () => {
  it('resolves paths against the git repository containing the working folder, percent-encoded', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'sub', 'my app'), { recursive: true });
    writeFileSync(join(repo, 'sub', 'my app', 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add sudo\n');
    const cwd = join(repo, 'sub');
    const result = await lint({ paths: ['.'], cwd });
    const log = buildSarif({ result, profile: 'recommended', rules: allRules, cwd });
    const uris = log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) expect(u).toEqual({ uri: 'sub/my%20app/Dockerfile', uriBaseId: '%SRCROOT%' });
  });

  it('uses an absolute file URI, without a base, for a file outside the repository', () => {
    const log = buildSarif({ result: resultOf([finding('root-user', '../elsewhere/Dockerfile', 3)]), profile: 'recommended', rules: allRules, cwd: '/repo', repoRoot: '/repo' });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/Dockerfile' });
  });
});

describe('sarif: fingerprints', () => {
  it('do not change when ten blank lines are inserted at the top of every file', async () => {
    const before = await demoCopy(0);
    const after = await demoCopy(10);
    const at = (r: Result) => r.locations![0]!.physicalLocation!.region!.startLine!;
    expect(before.length).toBeGreaterThan(3);
    expect(after.map((r) => r.ruleId)).toEqual(before.map((r) => r.ruleId));
    expect(after.map(at)).toEqual(before.map((r) => at(r) + 10));
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
  });

  it('tell apart findings that share rule, file and logical key, and findings on one line', () => {
    const log = buildSarif({
      result: resultOf([finding('sudo-usage', 'Dockerfile', 4, 'same'), finding('sudo-usage', 'Dockerfile', 7, 'same'), finding('root-user', 'Dockerfile', 7, 'same')]),
      profile: 'recommended',
      rules: allRules,
      cwd: '/repo',
      repoRoot: '/repo',
    });
    const prints = log.runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    expect(new Set(prints).size).toBe(3);
  });
});

describe('sarif: errors and limits', () => {
  it('reports a file that could not be read or parsed as a tool execution notification', () => {
    const result: LintResult = { findings: [], files: [], errors: [{ file: 'broken/Dockerfile', message: 'unexpected end of file', line: 3, column: 5 }] };
    const run = buildSarif({ result, profile: 'recommended', rules: allRules, cwd: '/repo', repoRoot: '/repo' }).runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'error',
            descriptor: { id: 'file-error' },
            message: { text: 'broken/Dockerfile: unexpected end of file.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 } } }],
          },
        ],
      },
    ]);
  });

  it("keeps the most severe results within GitHub's limits and says what it left out", () => {
    expect(GITHUB_LIMITS).toEqual({ resultsPerRun: 25_000, locationsPerResult: 1_000 });
    const many = finding('root-user', 'Dockerfile', 9);
    many.related = [1, 2, 3].map((line) => ({ loc: loc('Dockerfile', line, 1), message: 'here' }));
    const result = resultOf([{ ...finding('sudo-usage', 'Dockerfile', 2), level: 'note' }, many, finding('sudo-usage', 'Dockerfile', 12)]);
    const run = buildSarif({ result, profile: 'recommended', rules: allRules, cwd: '/repo', repoRoot: '/repo' }, { resultsPerRun: 2, locationsPerResult: 2 }).runs[0]!;
    expect(run.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.region!.startLine])).toEqual([
      ['root-user', 9],
      ['sudo-usage', 12],
    ]);
    expect(run.results![0]!.relatedLocations).toHaveLength(2);
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        descriptor: { id: 'results-capped' },
        message: { text: 'isolint found 3 results, more than the 2 GitHub code scanning accepts in one run: the 1 least severe were left out of this log.' },
      },
    ]);
  });

  it('carries a finding-specific security severity on the result', () => {
    const rule = allRules.find((r) => r.id === 'root-user')!;
    const f = { ...finding('root-user', 'Dockerfile', 3), securitySeverity: rule.securitySeverity - 1 };
    const result = buildSarif({ result: resultOf([f]), profile: 'recommended', rules: allRules, cwd: '/repo', repoRoot: '/repo' }).runs[0]!.results![0]!;
    expect(result.properties).toEqual({ 'security-severity': (rule.securitySeverity - 1).toFixed(1) });
  });

  it('adds the descriptor of a finding whose rule the caller did not list (from the known rules)', () => {
    const run = buildSarif({ result: resultOf([finding('sudo-usage', 'Dockerfile', 3)]), profile: 'recommended', rules: [] as Rule[], knownRules: allRules, cwd: '/repo', repoRoot: '/repo' }).runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(['sudo-usage']);
    expect(run.results![0]!.ruleIndex).toBe(0);
  });
});

function loc(file: string, line: number, column: number): Location {
  return { file, startLine: line, startColumn: column, endLine: line, endColumn: column + 4 };
}

function finding(ruleId: string, file: string, line: number, logicalKey = `${ruleId}@${line}`): LintResult['findings'][number] {
  const rule = allRules.find((r) => r.id === ruleId)!;
  return { ruleId, level: rule.level, securitySeverity: rule.securitySeverity, message: `${ruleId} here`, location: loc(file, line, 1), related: [], logicalKey };
}

function resultOf(findings: LintResult['findings']): LintResult {
  return { findings, errors: [], files: [] };
}

/** Lints a copy of fixtures/demo in a new repository, with `blank` empty lines put above every file's text. */
async function demoCopy(blank: number): Promise<Result[]> {
  const repo = tempDir();
  mkdirSync(join(repo, '.git'));
  const target = join(repo, 'demo');
  cpSync(join(root, 'fixtures', 'demo'), target, { recursive: true });
  for (const file of filesUnder(target)) writeFileSync(file, '\n'.repeat(blank) + readFileSync(file, 'utf8'));
  const result = await lint({ paths: ['demo'], cwd: repo });
  return buildSarif({ result, profile: 'recommended', rules: allRules, cwd: repo }).runs[0]!.results!;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

// The validator is a native .NET program shipped by the npm package; fail loudly if it is gone.
if (!existsSync(validator)) throw new Error(`SARIF validator not found at ${validator} (npm ci installs it)`);
