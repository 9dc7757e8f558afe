/**
 * The GitHub Action as the runner runs it: the committed bundle (dist-action/index.mjs),
 * inputs as INPUT_* variables, outputs read back from the GITHUB_OUTPUT file. Also checks
 * that the committed bundle is what `npm run bundle` builds from the current source.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';

const root = join(import.meta.dirname, '..');
const bundleDir = join(root, 'dist-action');
const validator = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isolint-action-'));
  temps.push(dir);
  return dir;
}

/** Runs the bundled action with the given inputs (names as in action.yml) and returns what the runner would see. */
function runAction(inputs: Record<string, string>, options: { cwd?: string; entry?: string; env?: Record<string, string> } = {}) {
  const dir = tempDir();
  const outputFile = join(dir, 'github_output');
  writeFileSync(outputFile, '');
  const env: Record<string, string | undefined> = { ...process.env, GITHUB_OUTPUT: outputFile, NO_COLOR: '1', ...options.env };
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [options.entry ?? join(bundleDir, 'index.mjs')], { cwd: options.cwd ?? root, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')) };
}

/** The GITHUB_OUTPUT file: `name=value` lines or `name<<DELIMITER` … `DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...value] = lines[i]!.split('=');
      outputs[name!] = value.join('=');
    }
  }
  return outputs;
}

function validatorErrors(file: string): unknown[] {
  const out = join(tempDir(), 'validation.sarif');
  execFileSync(validator, ['validate', file, '--rule-kind', 'Ghas;Sarif', '-o', out], { stdio: 'pipe', timeout: 110_000 });
  const log = JSON.parse(readFileSync(out, 'utf8')) as Log;
  return log.runs.flatMap((r) => (r.results ?? []).filter((res) => res.level === 'error').map((res) => [res.ruleId, res.message.arguments]));
}

describe('action bundle', () => {
  it('is what `npm run bundle` builds from the current source (run it and commit dist-action/ if this fails)', { timeout: 120_000 }, () => {
    const fresh = tempDir();
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), fresh], { cwd: root, stdio: 'pipe' });
    const names = readdirSync(fresh).sort();
    // The two entry points, the worker threads' entry (--concurrency) and the chunks of code they share or load on demand (named by content hash).
    expect(names.filter((n) => !/^chunk-[A-Z0-9]+\.mjs$/.test(n))).toEqual(['index.mjs', 'isolint.mjs', 'lint-worker.mjs', 'tree-sitter-bash.wasm', 'tree-sitter.wasm']);
    expect(names.filter((n) => /^chunk-[A-Z0-9]+\.mjs$/.test(n)).length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(bundleDir).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(join(bundleDir, name)).equals(readFileSync(join(fresh, name))), `dist-action/${name} is stale`).toBe(true);
    }
  });

  it('writes a valid SARIF file and sets both outputs for INPUT_PATH=fixtures/demo', { timeout: 120_000 }, () => {
    const sarifFile = join(tempDir(), 'reports', 'isolint.sarif');
    const r = runAction({ path: 'fixtures/demo', 'sarif-file': sarifFile });
    expect(r.stderr).toBe('');
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as Log;
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(3);
    expect(validatorErrors(sarifFile)).toEqual([]);
    // Suppressed findings stay in the SARIF log (dismissed in source) but are not counted or annotated.
    const active = results.filter((res) => !res.suppressions?.length);
    expect(active.length).toBe(results.length - 1);
    expect(r.outputs).toEqual({ 'sarif-file': sarifFile, findings: String(active.length) });
    // The text report and one annotation per finding are in the log; the demo fails the default fail-level.
    expect(r.stdout).toMatch(/^fixtures\/demo\/api\/Dockerfile:9:1 error root-user /m);
    expect(r.stdout.match(/^::(error|warning|notice) file=fixtures\/demo\//gm)).toHaveLength(active.length);
    expect(r.stdout).toContain('::error title=isolint::');
    expect(r.code).toBe(1);
  });

  it('runs from its own folder without node_modules (the .wasm files travel with it)', () => {
    const dir = tempDir();
    cpSync(bundleDir, join(dir, 'dist-action'), { recursive: true });
    const work = join(dir, 'work');
    mkdirSync(work);
    writeFileSync(join(work, 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add --no-cache sudo\nUSER app\n');
    const r = runAction({}, { cwd: work, entry: join(dir, 'dist-action', 'index.mjs') });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Dockerfile:2:24 warning sudo-usage sudo is installed into the image');
    expect(r.outputs).toEqual({ 'sarif-file': 'isolint.sarif', findings: '1' });
    expect(existsSync(join(work, 'isolint.sarif'))).toBe(true);
  });

  it('honours fail-level, category and format', () => {
    const sarifFile = join(tempDir(), 'out.sarif');
    const r = runAction({ path: 'fixtures/demo', 'fail-level': 'none', category: 'containers', format: 'json', 'sarif-file': sarifFile });
    expect(r.code).toBe(0);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as Log;
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'containers/' });
    const jsonReport = r.stdout.slice(0, r.stdout.indexOf('\n::'));
    expect(JSON.parse(jsonReport).schemaVersion).toBe(1);
  });

  it('succeeds with fail-level none on a project whose .env is gitignored: the missing file is a notice, not a failure', () => {
    const sarifFile = join(tempDir(), 'env.sarif');
    const r = runAction({ path: 'fixtures/real/missing-env', 'fail-level': 'none', 'sarif-file': sarifFile });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::notice file=fixtures/real/missing-env/compose.yaml,line=5,col=15,title=isolint%3A not checked::service api: env_file .env is not there');
    expect(r.stdout).not.toContain('::error title=isolint');
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as Log;
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.level)).toEqual(['note', 'note', 'note']);
  });

  it('max-file-size skips a larger file with an error naming it, and rejects a malformed size', () => {
    const work = tempDir();
    writeFileSync(join(work, 'compose.yaml'), 'services:\n  app:\n    image: app:1.0\n    privileged: true\n');
    writeFileSync(join(work, 'Dockerfile'), `FROM alpine:3.20\n${'# padding\n'.repeat(300)}`);
    const r = runAction({ 'max-file-size': '2k', 'sarif-file': 'a.sarif', 'fail-level': 'none' }, { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=Dockerfile,title=isolint%3A file error::3017 bytes, over the --max-file-size limit of 2048 bytes; skipped');
    expect(r.stdout).toContain('::error file=compose.yaml,line=4,col=17');
    const bad = runAction({ 'max-file-size': 'ten', 'sarif-file': 'b.sarif' }, { cwd: work });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('max-file-size must be a size in bytes, or with a k, m or g suffix (10m) (got "ten")');
  });

  it('concurrency judges files on worker threads with the same annotations, and rejects a value that is not a thread count', { timeout: 60_000 }, () => {
    const one = runAction({ path: 'fixtures/rules', 'fail-level': 'none', 'sarif-file': join(tempDir(), 'one.sarif') });
    const two = runAction({ path: 'fixtures/rules', 'fail-level': 'none', 'sarif-file': join(tempDir(), 'two.sarif'), concurrency: '2' });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout.split('\n').filter((l) => l.startsWith('::')).length).toBeGreaterThan(100);
    expect(two.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual(one.stdout.split('\n').filter((l) => l.startsWith('::')));
    const bad = runAction({ concurrency: 'many', 'sarif-file': join(tempDir(), 'bad.sarif') });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('concurrency must be off, auto or a whole number of threads, 1 or more (got "many")');
  });

  it('include-docs reads docker run lines in Markdown; without it Markdown is not read', () => {
    const work = tempDir();
    writeFileSync(join(work, 'README.md'), '# Run\n\n```sh\ndocker run --rm --pid=host alpine:3.20 ps\n```\n');
    const off = runAction({ 'sarif-file': 'a.sarif' }, { cwd: work });
    expect(off.code).toBe(0);
    const on = runAction({ 'include-docs': 'true', 'sarif-file': 'b.sarif' }, { cwd: work });
    expect(on.code).toBe(1);
    expect(on.stdout).toContain('::error file=README.md,line=4,col=17');
    expect(runAction({ 'include-docs': 'yes', 'sarif-file': 'c.sarif' }, { cwd: work }).stdout).toContain('include-docs must be true or false (got "yes")');
  });

  it('with a baseline, only new findings are reported and fail the step', () => {
    const work = tempDir();
    writeFileSync(join(work, 'compose.yaml'), 'services:\n  app:\n    image: app:1.0\n    privileged: true\n');
    execFileSync(process.execPath, [join(root, 'dist', 'src', 'bin.js'), '--write-baseline', 'isolint-baseline.json', '--fail-level', 'none', '.'], { cwd: work, stdio: 'pipe' });
    const clean = runAction({ baseline: 'isolint-baseline.json', 'sarif-file': 'a.sarif' }, { cwd: work });
    expect(clean.code).toBe(0);
    expect(clean.outputs.findings).toBe('0');
    writeFileSync(join(work, 'compose.yaml'), 'services:\n  app:\n    image: app:1.0\n    privileged: true\n    pid: host\n');
    const added = runAction({ baseline: 'isolint-baseline.json', 'sarif-file': 'b.sarif' }, { cwd: work });
    expect(added.code).toBe(1);
    expect(added.stdout).toContain('::error file=compose.yaml,line=5,col=10');
    expect(added.stdout).not.toContain('line=4,col=17');
    expect(runAction({ baseline: 'missing.json', 'sarif-file': 'c.sarif' }, { cwd: work }).code).toBe(1);
  });

  it('prints github annotations once when format is github', () => {
    const r = runAction({ path: 'fixtures/demo/api/Dockerfile', format: 'github', 'fail-level': 'none', 'sarif-file': join(tempDir(), 'x.sarif') });
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBe(Number(r.outputs.findings));
  });

  it('fails with an annotation on a bad input and on a configuration file that does not exist', () => {
    const bad = runAction({ profile: 'paranoid' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('::error title=isolint::profile must be one of: recommended, strict, untrusted (got "paranoid")\n');
    const cfg = runAction({ path: 'fixtures/cli/clean.Dockerfile', config: 'no/such/.isolint.yaml', 'sarif-file': join(tempDir(), 'x.sarif') });
    expect(cfg.stdout).toBe('::error title=isolint::no/such/.isolint.yaml: cannot read the configuration: no such file or directory\n');
    expect(cfg.code).toBe(1);
  });

  it('config, ignore and working-directory behave like the CLI with the same flags', () => {
    const work = tempDir();
    const project = join(work, 'project');
    mkdirSync(join(project, 'vendor'), { recursive: true });
    mkdirSync(join(project, 'legacy'), { recursive: true });
    const compose = 'services:\n  app:\n    image: app:1.0\n    privileged: true\n    network_mode: host\n';
    for (const d of ['', 'vendor', 'legacy']) writeFileSync(join(project, d, 'compose.yaml'), compose);
    writeFileSync(join(project, 'ci.isolint.yaml'), 'rules:\n  host-network: note\noverrides:\n  - files: ["legacy/"]\n    rules: { privileged-container: off }\n');
    const inputs = { config: 'ci.isolint.yaml', ignore: 'vendor/\n', 'working-directory': 'project', format: 'json', 'fail-level': 'none', 'sarif-file': 'out.sarif' };
    const summaryFile = join(work, 'summary.md');
    writeFileSync(summaryFile, '');
    const r = runAction(inputs, { cwd: work, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(r.code).toBe(0);
    const fromAction = JSON.parse(r.stdout.slice(0, r.stdout.indexOf('\n::')));
    const fromCli = JSON.parse(
      execFileSync(process.execPath, [join(root, 'dist', 'src', 'bin.js'), '--config', 'ci.isolint.yaml', '--ignore', 'vendor/', '-f', 'json', '--fail-level', 'none'], { cwd: project, encoding: 'utf8' }),
    );
    expect(fromAction.findings).toEqual(fromCli.findings);
    expect(fromAction.findings.map((f: { ruleId: string; level: string; file: string }) => `${f.ruleId}@${f.level} ${f.file}`)).toEqual([
      'privileged-container@error compose.yaml',
      'host-network@note compose.yaml',
      'host-network@note legacy/compose.yaml',
    ]);
    expect(existsSync(join(work, 'out.sarif'))).toBe(true);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('| error | 1 |\n| warning | 0 |\n| note | 2 |');
    expect(summary).toMatch(/\| \[`host-network`\]\(https:\/\/[^)]+\/docs\/rules\/host-network\.md\) Container shares the host's network namespace \| 2 \|/);
  });

  it('records the commit in the SARIF file when the runner names it', () => {
    const sarifFile = join(tempDir(), 'out.sarif');
    runAction(
      { path: 'fixtures/cli/clean.Dockerfile', 'sarif-file': sarifFile },
      { env: { GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_SERVER_URL: 'https://github.com' } },
    );
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as Log;
    expect(log.runs[0]!.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/octo/app', revisionId: 'a'.repeat(40), branch: 'refs/heads/main', mappedTo: { uriBaseId: '%SRCROOT%' } },
    ]);
  });
});

describe('action.yml', () => {
  interface ActionYml {
    name: string;
    description: string;
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  }
  const action = load(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;
  const source = readFileSync(join(root, 'src', 'action.ts'), 'utf8');

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist-action/index.mjs' });
    expect(existsSync(join(root, action.runs.main))).toBe(true);
    expect(action.name).toBe('isolint');
    expect(action.description.length).toBeLessThanOrEqual(125);
  });

  it('declares the documented inputs and outputs, each read or written by the entry point', () => {
    expect(Object.keys(action.inputs)).toEqual([
      'path',
      'format',
      'profile',
      'config',
      'ignore',
      'working-directory',
      'env-file',
      'compose-file',
      'target',
      'baseline',
      'use-env',
      'include-docs',
      'max-file-size',
      'concurrency',
      'fail-level',
      'sarif-file',
      'category',
    ]);
    expect(action.inputs.path!.default).toBe('.');
    expect(action.inputs['sarif-file']!.default).toBe('isolint.sarif');
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(source).toContain(`getInput(env, '${name}')`);
    }
    for (const f of formatters) expect(action.inputs.format!.description).toContain(f.name);
    expect(Object.keys(action.outputs)).toEqual(['sarif-file', 'findings']);
    for (const name of Object.keys(action.outputs)) expect(source).toContain(`setOutput(env, '${name}'`);
  });
});
