#!/usr/bin/env node
/** Command-line wiring only: parse options, call lint(), print a report, set the exit code. */
import { writeFileWhole } from './write-file.js';
import { lint, type LintResult } from './lint.js';
import { ConfigError, type RuleSetting } from './config/load.js';
import { RULE_LEVELS } from './config/schema.js';
import { closest } from './config/suggest.js';
import { allRules } from '../rules/index.js';
import { allSources } from './sources/index.js';
import { levelAtLeast, ruleCanFire, ruleInProfile, PROFILES, type Level } from './engine/rule.js';
import { FORMAT_NAMES, loadFormatter } from './format/load.js';
import { FAIL_LEVELS, quickParse, type CommandLineDeps } from './cli-options.js';
import { explainRule, rulesJson, rulesTable } from './rule-help.js';
import { visible } from './format/visible.js';
import { parseFileSize, readTextStream } from './read-file.js';
import { parseConcurrency } from './concurrency.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { applyBaseline, baselineDocument, BaselineError, baselineRoot, parseBaseline } from './baseline.js';
import { resolve } from 'node:path';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

/** `--rule id=level`: a known rule id and a level, or a usage error with a suggestion. */
function ruleLevels(specs: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule ${spec}: expected <rule-id>=<off|note|warning|error>`);
    const [, id, level] = m as unknown as [string, string, string];
    if (!allRules.some((r) => r.id === id)) {
      const guess = closest(id, allRules.map((r) => r.id));
      throw new UsageError(`--rule ${spec}: unknown rule id "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    if (!(RULE_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--rule ${spec}: the level must be one of ${RULE_LEVELS.join(', ')}`);
    out[id] = level as RuleSetting;
  }
  return out;
}

function useColor(toFile: boolean): boolean {
  if (toFile) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function readStdin(maxFileSize: number | undefined): string {
  try {
    return readTextStream(0, maxFileSize !== undefined ? { maxFileSize } : {});
  } catch (e) {
    throw new UsageError(`cannot read standard input: ${(e as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  // --compose-env-file and --env-file fill one list, in the order given (later files win).
  const envFiles: string[] = [];
  const collectEnvFile = (value: string): string[] => {
    envFiles.push(value);
    return envFiles;
  };
  // Subcommands come first; a folder with one of these names is linted as `./rules`.
  if (argv[0] === 'rules') return (await import('./cli-program.js')).rulesCommand(argv.slice(1), commandLineDeps());
  if (argv[0] === 'explain') return (await import('./cli-program.js')).explainCommand(argv.slice(1), commandLineDeps());
  const parsed = quickParse(argv) ?? (await import('./cli-program.js')).parseCommandLine(argv, collectEnvFile, commandLineDeps());
  if (typeof parsed === 'number') return parsed;
  const { opts, given } = parsed;
  // `-c` files alone lint that project only, as `docker compose -f` would read it.
  const paths = given.length ? given : opts.composeFile.length ? [] : ['.'];

  const profile = opts.profile ?? 'recommended';
  if (opts.listSources) {
    const rows = allSources.map((s) => ({ kind: s.kind, reads: s.reads }));
    if (opts.format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (opts.format === 'text') {
      const width = Math.max(...rows.map((r) => r.kind.length));
      for (const r of rows) process.stdout.write(`${r.kind.padEnd(width)}  ${r.reads}\n`);
    } else return usage('--list-sources prints --format text or json');
    return EXIT_CLEAN;
  }
  if (opts.listRules) {
    const listed = allRules.filter((rule) => ruleInProfile(rule, profile));
    if (opts.format === 'json') {
      const rows = listed.map((r) => ({ id: r.id, level: r.level, title: r.title, profile: r.profile, category: r.category, securitySeverity: r.securitySeverity, sources: r.sources, docs: `docs/rules/${r.id}.md` }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (opts.format === 'text') {
      for (const r of listed) process.stdout.write(`${r.id.padEnd(28)} ${r.level.padEnd(8)} ${r.title}\n`);
    } else return usage('--list-rules prints --format text or json');
    return EXIT_CLEAN;
  }

  const stdinUsed = paths.includes('-');
  if (opts.stdinFilename && !stdinUsed) return usage('--stdin-filename needs - among the paths');
  let files: { path: string; text: string }[] = [];
  let levels: Record<string, RuleSetting>;
  try {
    levels = ruleLevels(opts.rule);
    if (stdinUsed) files = [{ path: opts.stdinFilename ?? 'Dockerfile', text: readStdin(opts.maxFileSize) }];
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  let result: LintResult;
  try {
    result = await lint({
      paths: paths.filter((p) => p !== '-'),
      files,
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(typeof opts.config === 'string' || opts.config === false ? { config: opts.config } : {}),
      ruleLevels: levels,
      ignore: opts.ignore,
      ...(opts.target ? { target: opts.target } : {}),
      ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
      ...(opts.includeDocs ? { includeDocs: true } : {}),
      compose: {
        ...(opts.composeFile.length ? { files: opts.composeFile } : {}),
        ...(envFiles.length ? { envFiles } : {}),
        ...(opts.useEnv ? { useEnv: true } : {}),
        ...(opts.allowOutsideContext ? { allowOutsideContext: true } : {}),
      },
      ...(opts.inlineIgnores === false ? { inlineIgnores: false } : {}),
      ...(opts.reportUnusedSuppressions ? { reportUnusedSuppressions: true } : {}),
      ...(opts.baseline !== undefined ? { baseline: opts.baseline } : {}),
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    });
    if (opts.writeBaseline !== undefined) result = writeBaseline(result, opts.writeBaseline);
  } catch (e) {
    if (e instanceof ConfigError) return usage(visible(e.describe()));
    if (e instanceof BaselineError || e instanceof UsageError) return usage(visible(e.message));
    throw e;
  }
  if (opts.quiet) result = { ...result, findings: result.findings.filter((f) => f.level === 'error'), notes: [] };

  const formatter = (await loadFormatter(opts.format))!;
  // Rules that can fire in the profile (SARIF describes each): those on in it, and those that decide per file.
  const rules = allRules.filter((r) => ruleCanFire(r, profile));
  const report = formatter.format(
    { result, profile, rules, knownRules: allRules, cwd: process.cwd(), ...(opts.category ? { category: opts.category } : {}) },
    { color: useColor(!!opts.output), ...(opts.verbose ? { verbose: true } : {}) },
  );
  if (opts.output) {
    try {
      writeFileWhole(opts.output, report);
    } catch (e) {
      process.stderr.write(`${TOOL_NAME}: cannot write ${opts.output}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
  } else process.stdout.write(report);

  if (result.errors.length) {
    // Also in the report; standard error shows them where only the exit code is looked at.
    for (const e of result.errors) process.stderr.write(`${TOOL_NAME}: ${visible(e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file)}: ${visible(e.message)}\n`);
    return EXIT_USAGE;
  }
  const threshold = opts.failLevel;
  if (threshold !== 'none' && result.findings.some((f) => levelAtLeast(f.level, threshold as Level))) return EXIT_FINDINGS;
  if (opts.maxWarnings !== undefined && result.findings.filter((f) => f.level === 'warning').length > opts.maxWarnings) return EXIT_FINDINGS;
  return EXIT_CLEAN;

  /** Records the run's findings, then reports them against the new baseline (the fixed count stays the old baseline's). */
  function writeBaseline(result: LintResult, file: string): LintResult {
    const text = baselineDocument(result, process.cwd(), file);
    try {
      writeFileWhole(file, text);
    } catch (e) {
      throw new UsageError(`cannot write baseline ${file}: ${(e as Error).message}`);
    }
    const written = applyBaseline(result, parseBaseline(text, file, baselineRoot(resolve(file))), process.cwd());
    const n = written.baseline!.baselined;
    process.stderr.write(`${TOOL_NAME}: wrote ${n} finding${n === 1 ? '' : 's'} to ${file}\n`);
    return { ...written, baseline: { ...written.baseline!, fixed: result.baseline?.fixed ?? 0 } };
  }

  function usage(message: string): number {
    process.stderr.write(`${TOOL_NAME}: ${message}\n`);
    return EXIT_USAGE;
  }
}

/** For src/cli-program.ts, which imports none of isolint's modules. */
export function commandLineDeps(): CommandLineDeps {
  return { toolName: TOOL_NAME, toolVersion: TOOL_VERSION, formatNames: FORMAT_NAMES, profiles: PROFILES, failLevels: FAIL_LEVELS, parseFileSize, parseConcurrency, allRules, ruleInProfile, closest, explainRule, rulesJson, rulesTable };
}
