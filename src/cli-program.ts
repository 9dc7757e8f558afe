/**
 * The command line as commander reads it: the full option set, help, version and usage
 * errors, and the `rules` and `explain` subcommands. Loaded only when the quick reading
 * (src/cli-options.ts) leaves a command line to it. It imports commander and nothing of
 * isolint's: what it needs comes in `deps` (cli.ts), so the modules every run loads stay in
 * the bundle's chunks as they are (a module imported from here too would be split into one
 * more chunk to load).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Profile } from './engine/rule.js';
import type { CliOptions, CommandLineDeps } from './cli-options.js';

const EXIT_CLEAN = 0;
const EXIT_USAGE = 2;

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
function fileSize(parseFileSize: CommandLineDeps['parseFileSize']) {
  return (value: string): number => {
    try {
      return parseFileSize(value);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };
}

/** `--concurrency`: `off`, `auto` or a whole number of threads. */
function concurrency(parseConcurrency: CommandLineDeps['parseConcurrency']) {
  return (value: string) => {
    try {
      return parseConcurrency(value);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return Number(value);
}

/**
 * Reads the command line; an exit code when commander has already answered it (help,
 * version) or refused it (the message is on standard error).
 */
export function parseCommandLine(argv: string[], collectEnvFile: (value: string) => string[], deps: CommandLineDeps): { opts: CliOptions; given: string[] } | number {
  const { toolName: TOOL_NAME, toolVersion: TOOL_VERSION, formatNames: FORMAT_NAMES, profiles: PROFILES, failLevels: FAIL_LEVELS } = deps;
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
    .option('--max-file-size <size>', 'skip files larger than this, with an error: bytes, or with a k, m or g suffix (default 10m)', fileSize(deps.parseFileSize))
    .addOption(new Option('--concurrency <n>', 'threads that read and judge files: off (default), auto (one per core on runs large enough for it to pay) or a number').argParser(concurrency(deps.parseConcurrency)))
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
  return { opts: program.opts<CliOptions>(), given: program.processedArgs[0] as string[] };
}

/** Commander set up the way every command here shares: no process.exit, errors on stderr. */
function subcommand(TOOL_NAME: string, name: string, description: string): Command {
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

export function rulesCommand(argv: string[], deps: CommandLineDeps): number {
  const { allRules, ruleInProfile, rulesJson, rulesTable, profiles: PROFILES } = deps;
  const program = subcommand(deps.toolName, 'rules', 'List the rules: id, level, profile, security severity and title.')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('-p, --profile <profile>', 'only the rules on in this profile').argParser(choice(PROFILES, 'profile')));
  const early = parsed(program, argv);
  if (early !== undefined) return early;
  const opts = program.opts<{ format: string; profile?: Profile }>();
  const rules = opts.profile ? allRules.filter((r) => ruleInProfile(r, opts.profile!)) : allRules;
  process.stdout.write(opts.format === 'json' ? rulesJson(rules) : rulesTable(rules));
  return EXIT_CLEAN;
}

export function explainCommand(argv: string[], deps: CommandLineDeps): number {
  const { allRules, closest, explainRule, toolName: TOOL_NAME } = deps;
  const program = subcommand(TOOL_NAME, 'explain', 'Why a rule exists, how to fix what it flags, and a bad and a good example.').argument('<rule-id>', 'the rule, e.g. privileged-container');
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
