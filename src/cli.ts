#!/usr/bin/env node
/** Command-line wiring only: parse options, call lint(), print a report, set the exit code. */
import { writeFileWhole } from './write-file.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lint, type LintResult } from './lint.js';
import { ConfigError, type RuleSetting } from './config/load.js';
import { RULE_LEVELS } from './config/schema.js';
import { closest } from './config/suggest.js';
import { explainRule, rulesJson, rulesTable } from './rule-help.js';
import { allRules } from '../rules/index.js';
import { allSources } from './sources/index.js';
import { levelAtLeast, ruleCanFire, ruleInProfile, PROFILES, type Level, type Profile } from './engine/rule.js';
import { FORMAT_NAMES, loadFormatter } from './format/load.js';
import { visible } from './format/visible.js';
import { parseFileSize, readTextStream } from './read-file.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { applyBaseline, baselineDocument, BaselineError, baselineRoot, parseBaseline } from './baseline.js';
import { resolve } from 'node:path';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const FAIL_LEVELS = ['error', 'warning', 'note', 'none'] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

interface CliOptions {
  format: string;
  output?: string;
  profile?: Profile;
  /** A path, false for --no-config, true (commander's default with --no-config) for neither. */
  config?: string | boolean;
  rule: string[];
  ignore: string[];
  quiet?: boolean;
  maxWarnings?: number;
  verbose?: boolean;
  failLevel: FailLevel;
  stdinFilename?: string;
  target?: string;
  category?: string;
  listRules?: boolean;
  listSources?: boolean;
  includeDocs?: boolean;
  useEnv?: boolean;
  allowOutsideContext?: boolean;
  maxFileSize?: number;
  composeFile: string[];
  inlineIgnores: boolean;
  reportUnusedSuppressions?: boolean;
  baseline?: string;
  writeBaseline?: string;
}

class UsageError extends Error {}

function choice<T extends string>(values: readonly T[], what: string) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`${what} must be one of: ${values.join(', ')}`);
    return value as T;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--max-file-size`: bytes, or k/m/g (1024-based). */
function fileSize(value: string): number {
  try {
    return parseFileSize(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return Number(value);
}

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
  if (argv[0] === 'rules') return rulesCommand(argv.slice(1));
  if (argv[0] === 'explain') return explainCommand(argv.slice(1));
  const program = new Command()
    .name(TOOL_NAME)
    .description('Lint Dockerfiles, Compose files and the docker run lines of scripts, Makefiles and docs for container isolation weaknesses.')
    .version(TOOL_VERSION)
    .argument('[paths...]', 'files or folders to lint, default . (none with -c); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMAT_NAMES).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(
      new Option('-p, --profile <profile>', 'rule set: recommended (default), strict (adds hardening notes) or untrusted (adds VM isolation); wins over configuration files').argParser(
        choice(PROFILES, 'profile'),
      ),
    )
    .option('--config <file>', 'configuration file for every linted file (default: the nearest .isolint.yaml, .isolint.yml or package.json "isolint" key)')
    .option('--no-config', 'read no configuration file')
    .option('--rule <id=level>', 'set a rule to off, note, warning or error, over every configuration (repeatable)', collect, [])
    .option('--ignore <pattern>', 'do not lint files matching this .gitignore-style pattern, relative to the current folder (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only: findings at level error and files that could not be read')
    .addOption(new Option('--max-warnings <n>', 'also exit 1 when there are more than n warnings').argParser(count))
    .addOption(
      new Option('--fail-level <level>', 'exit 1 when a finding is at or above this level: error, warning, note or none').argParser(choice(FAIL_LEVELS, 'fail level')).default('warning'),
    )
    .option('--stdin-filename <name>', 'name for standard input in reports (decides which source reads it: Dockerfile, Compose, shell script, ...)')
    .option('--include-docs', 'also read the shell code blocks (sh, bash, shell, console) of Markdown files found in folders')
    .option('--target <stage>', 'stage of a Dockerfile that is built (default: the last)')
    .option('-c, --compose-file <file>', 'Compose files merged in order into one project, like docker compose -f (repeatable)', collect, [])
    .option('--compose-env-file <file>', 'variables for Compose interpolation, read instead of the project .env (repeatable)', collectEnvFile, [])
    // Node 20–24 read a `--env-file` anywhere on the command line and exit 9 when that file is
    // missing, before isolint runs: the documented name is --compose-env-file.
    .addOption(new Option('--env-file <file>', 'same as --compose-env-file').argParser(collectEnvFile).default([]).hideHelp())
    .option('--use-env', 'also use the process environment for Compose interpolation')
    .option('--allow-outside-context', 'read files a Compose file references outside the project root (build contexts, env files, extended and included files)')
    .option('--no-inline-ignores', 'disregard every # isolint-ignore comment: report what they suppress (for audits)')
    .option('--report-unused-suppressions', 'report # isolint-ignore comments that suppressed nothing (always on in the strict and untrusted profiles)')
    .option('--baseline <file>', 'report only findings this baseline does not record, and count the recorded ones that are gone')
    .option('--write-baseline <file>', 'record every current finding in this baseline file (they are then reported as baselined)')
    .option('--max-file-size <size>', 'skip files larger than this, with an error: bytes, or with a k, m or g suffix (default 10m)', fileSize)
    .option('--category <id>', 'SARIF automationDetails category')
    .option('--list-rules', 'list the rules of the profile and exit (as JSON with --format json)')
    .option('--list-sources', 'list the sources (the kinds of file isolint reads, and which files each reads) and exit (as JSON with --format json)')
    .option('--verbose', 'print how to fix it under each finding (text format)')
    .addHelpText(
      'after',
      [
        '',
        'Commands:',
        '  isolint rules [--format json] [--profile <profile>]   list the rules',
        '  isolint explain <rule-id>                              why a rule exists and how to fix what it flags',
        '',
        'Exit codes: 0 no finding at or above --fail-level, 1 findings, 2 usage error or a file that could not be read or parsed.',
        'Each rule is documented in docs/rules/<rule-id>.md (in the repository and the npm package) and by isolint explain <rule-id>.',
      ].join('\n'),
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError(`(run ${TOOL_NAME} --help for usage)`);

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_CLEAN : EXIT_USAGE;
    throw e;
  }
  const opts = program.opts<CliOptions>();
  const given = program.processedArgs[0] as string[];
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


/** Commander set up the way every command here shares: no process.exit, errors on stderr. */
function subcommand(name: string, description: string): Command {
  return new Command()
    .name(`${TOOL_NAME} ${name}`)
    .description(description)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError(`(run ${TOOL_NAME} ${name} --help for usage)`);
}

function parsed(program: Command, argv: string[]): number | undefined {
  try {
    program.parse(argv, { from: 'user' });
    return undefined;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_CLEAN : EXIT_USAGE;
    throw e;
  }
}

function rulesCommand(argv: string[]): number {
  const program = subcommand('rules', 'List the rules: id, level, profile, security severity and title.')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('-p, --profile <profile>', 'only the rules on in this profile').argParser(choice(PROFILES, 'profile')));
  const early = parsed(program, argv);
  if (early !== undefined) return early;
  const opts = program.opts<{ format: string; profile?: Profile }>();
  const rules = opts.profile ? allRules.filter((r) => ruleInProfile(r, opts.profile!)) : allRules;
  process.stdout.write(opts.format === 'json' ? rulesJson(rules) : rulesTable(rules));
  return EXIT_CLEAN;
}

function explainCommand(argv: string[]): number {
  const program = subcommand('explain', 'Why a rule exists, how to fix what it flags, and a bad and a good example.').argument('<rule-id>', 'the rule, e.g. privileged-container');
  const early = parsed(program, argv);
  if (early !== undefined) return early;
  const id = program.processedArgs[0] as string;
  const rule = allRules.find((r) => r.id === id);
  if (!rule) {
    const guess = closest(id, allRules.map((r) => r.id));
    process.stderr.write(`${TOOL_NAME}: unknown rule id "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; isolint rules lists them\n`);
    return EXIT_USAGE;
  }
  process.stdout.write(explainRule(rule));
  return EXIT_CLEAN;
}
