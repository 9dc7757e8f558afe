/**
 * The GitHub Action (action.yml). The runner passes inputs as `INPUT_<NAME>` variables and
 * reads outputs from the file named by `GITHUB_OUTPUT`; log lines of the form `::error …::`
 * become annotations. These few helpers replace @actions/core so the bundle
 * (dist-action/, built by `npm run bundle`) has no runtime dependency to install.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { writeFileWhole } from './write-file.js';
import { dirname, resolve } from 'node:path';
import { allRules } from '../rules/index.js';
import { isProfile, levelAtLeast, ruleCanFire, type Level, type Profile } from './engine/rule.js';
import { githubFormatter, workflowCommand } from './format/github.js';
import { formatterNamed, formatters, type ReportInput } from './format/index.js';
import { sarifFormatter } from './format/sarif.js';
import { lint, type LintResult } from './lint.js';
import { ConfigError } from './config/load.js';
import { BaselineError } from './baseline.js';
import { jobSummary } from './format/summary.js';
import { TOOL_NAME } from './version.js';
import { parseFileSize } from './read-file.js';
import { parseConcurrency, type Concurrency } from './concurrency.js';

type Env = Record<string, string | undefined>;

const FAIL_LEVELS = ['error', 'warning', 'note', 'none'] as const;

/** An input as the runner passes it: `INPUT_` + the name upper-cased, spaces as `_` (dashes stay). */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Appends `name` to the `GITHUB_OUTPUT` file, in the delimited form that allows any value. */
export function setOutput(env: Env, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    log(workflowCommand('debug', {}, `GITHUB_OUTPUT is not set; output ${name}=${value} not written`));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

function log(line: string): void {
  process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** The repository and commit the workflow checked out, for SARIF `versionControlProvenance`. */
function versionControl(env: Env): ReportInput['versionControl'] {
  if (!env.GITHUB_REPOSITORY) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    repositoryUri: `${server}/${env.GITHUB_REPOSITORY}`,
    ...(env.GITHUB_SHA ? { revisionId: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_REF ? { branch: env.GITHUB_REF } : {}),
  };
}

/** Runs the action; returns the process exit code (0 passes the step). */
export async function runAction(env: Env = process.env, cwd: string = process.cwd()): Promise<number> {
  const fail = (message: string) => {
    log(workflowCommand('error', { title: TOOL_NAME }, message));
    return 1;
  };

  const lines = (text: string) =>
    text
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
  const paths = lines(getInput(env, 'path'));
  const ignore = lines(getInput(env, 'ignore'));
  const composeFiles = lines(getInput(env, 'compose-file'));
  const envFiles = lines(getInput(env, 'env-file'));
  const format = getInput(env, 'format') || 'text';
  const profile = getInput(env, 'profile');
  const failLevel = getInput(env, 'fail-level') || 'warning';
  const sarifFile = getInput(env, 'sarif-file') || 'isolint.sarif';
  const category = getInput(env, 'category');
  const config = getInput(env, 'config');
  const target = getInput(env, 'target');
  const useEnv = getInput(env, 'use-env');
  const baseline = getInput(env, 'baseline');
  const maxFileSizeInput = getInput(env, 'max-file-size');
  const includeDocs = getInput(env, 'include-docs');
  const concurrencyInput = getInput(env, 'concurrency');
  // Paths, configuration and env files are relative to the working directory; the SARIF file
  // stays relative to the workspace, where upload-sarif looks for it.
  const workDir = resolve(cwd, getInput(env, 'working-directory') || '.');

  const formatter = formatterNamed(format);
  if (!formatter) return fail(`format must be one of: ${formatters.map((f) => f.name).join(', ')} (got "${format}")`);
  if (profile && !isProfile(profile)) return fail(`profile must be one of: recommended, strict, untrusted (got "${profile}")`);
  if (!(FAIL_LEVELS as readonly string[]).includes(failLevel)) return fail(`fail-level must be one of: ${FAIL_LEVELS.join(', ')} (got "${failLevel}")`);
  if (useEnv && useEnv !== 'true' && useEnv !== 'false') return fail(`use-env must be true or false (got "${useEnv}")`);
  if (includeDocs && includeDocs !== 'true' && includeDocs !== 'false') return fail(`include-docs must be true or false (got "${includeDocs}")`);
  let maxFileSize: number | undefined;
  try {
    if (maxFileSizeInput) maxFileSize = parseFileSize(maxFileSizeInput);
  } catch (e) {
    return fail(`max-file-size ${(e as Error).message} (got "${maxFileSizeInput}")`);
  }
  let concurrency: Concurrency | undefined;
  try {
    if (concurrencyInput) concurrency = parseConcurrency(concurrencyInput);
  } catch (e) {
    return fail(`concurrency ${(e as Error).message} (got "${concurrencyInput}")`);
  }
  if (!existsSync(workDir)) return fail(`working-directory "${getInput(env, 'working-directory')}" does not exist`);

  let result: LintResult;
  try {
    result = await lint({
      paths: paths.length ? paths : ['.'],
      cwd: workDir,
      ...(profile ? { profile: profile as Profile } : {}),
      ...(config ? { config } : {}),
      ignore,
      ...(target ? { target } : {}),
      ...(baseline ? { baseline } : {}),
      ...(maxFileSize !== undefined ? { maxFileSize } : {}),
      ...(includeDocs === 'true' ? { includeDocs: true } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      compose: {
        cwd: workDir,
        ...(composeFiles.length ? { files: composeFiles } : {}),
        ...(envFiles.length ? { envFiles } : {}),
        ...(useEnv === 'true' ? { useEnv: true, env } : {}),
      },
    });
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.describe());
    if (e instanceof BaselineError) return fail(e.message);
    throw e;
  }
  const shownProfile = (profile || 'recommended') as Profile;
  const report: ReportInput = {
    result,
    profile: shownProfile,
    rules: allRules.filter((r) => ruleCanFire(r, shownProfile)),
    knownRules: allRules,
    cwd: workDir,
    ...(category ? { category } : {}),
    ...(versionControl(env) ? { versionControl: versionControl(env)! } : {}),
  };

  const sarifPath = resolve(cwd, sarifFile);
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileWhole(sarifPath, sarifFormatter.format(report, { color: false }));

  const color = !env.NO_COLOR && env.FORCE_COLOR !== '0';
  process.stdout.write(formatter.format(report, { color }));
  // Annotations need no token, so a pull request from a fork (which cannot upload SARIF) still shows them.
  if (formatter !== githubFormatter) process.stdout.write(githubFormatter.format(report, { color: false }));

  writeSummary(env, result);
  setOutput(env, 'sarif-file', sarifFile);
  setOutput(env, 'findings', String(result.findings.length));

  if (result.errors.length) return fail(`${result.errors.length} file(s) could not be read or parsed`);
  if (failLevel !== 'none') {
    const failing = result.findings.filter((f) => levelAtLeast(f.level, failLevel as Level)).length;
    if (failing) return fail(`${failing} finding(s) at or above fail-level ${failLevel}`);
  }
  return 0;
}

/** The job summary page (`$GITHUB_STEP_SUMMARY`), when the runner offers one. */
function writeSummary(env: Env, result: LintResult): void {
  if (!env.GITHUB_STEP_SUMMARY) return;
  appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(result, allRules));
}
