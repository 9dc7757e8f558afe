#!/usr/bin/env node
/** Command-line wiring only: parse options, call lint(), print a report, set the exit code. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lint } from './lint.js';
import { allRules } from '../rules/index.js';
import { levelAtLeast, ruleCanFire, ruleInProfile, PROFILES, type Level, type Profile } from './engine/rule.js';
import { formatterNamed, formatters } from './format/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const FAIL_LEVELS = ['error', 'warning', 'note', 'none'] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

interface CliOptions {
  format: string;
  output?: string;
  profile: Profile;
  failLevel: FailLevel;
  stdinFilename?: string;
  target?: string;
  category?: string;
  listRules?: boolean;
  envFile: string[];
  useEnv?: boolean;
  allowOutsideContext?: boolean;
  composeFile: string[];
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

function useColor(toFile: boolean): boolean {
  if (toFile) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read standard input: ${(e as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name(TOOL_NAME)
    .description('Lint Dockerfiles and Compose files for container isolation weaknesses.')
    .version(TOOL_VERSION)
    .argument('[paths...]', 'files or folders to lint, default . (none with -c); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(formatters.map((f) => f.name)).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('-p, --profile <profile>', 'rule set: recommended, strict (adds hardening notes) or untrusted (adds VM isolation)').argParser(choice(PROFILES, 'profile')).default('recommended'))
    .addOption(
      new Option('--fail-level <level>', 'exit 1 when a finding is at or above this level: error, warning, note or none').argParser(choice(FAIL_LEVELS, 'fail level')).default('warning'),
    )
    .option('--stdin-filename <name>', 'name for standard input in reports (decides Dockerfile or Compose)')
    .option('--target <stage>', 'stage of a Dockerfile that is built (default: the last)')
    .option('-c, --compose-file <file>', 'Compose files merged in order into one project, like docker compose -f (repeatable)', collect, [])
    .option('--env-file <file>', 'variables for Compose interpolation, read instead of the project .env (repeatable)', collect, [])
    .option('--use-env', 'also use the process environment for Compose interpolation')
    .option('--allow-outside-context', 'read Compose build contexts outside the project root')
    .option('--category <id>', 'SARIF automationDetails category')
    .option('--list-rules', 'list the rules of the profile and exit')
    .addHelpText('after', '\nExit codes: 0 no finding at or above --fail-level, 1 findings, 2 usage error or a file that could not be read or parsed.\nRules: isolint --list-rules; each is documented in docs/rules/<rule-id>.md.')
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

  if (opts.listRules) {
    for (const r of allRules.filter((rule) => ruleInProfile(rule, opts.profile))) {
      process.stdout.write(`${r.id.padEnd(28)} ${r.level.padEnd(8)} ${r.title}\n`);
    }
    return EXIT_CLEAN;
  }

  const stdinUsed = paths.includes('-');
  if (opts.stdinFilename && !stdinUsed) return usage('--stdin-filename needs - among the paths');
  let files: { path: string; text: string }[] = [];
  try {
    if (stdinUsed) files = [{ path: opts.stdinFilename ?? 'Dockerfile', text: readStdin() }];
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const result = await lint({
    paths: paths.filter((p) => p !== '-'),
    files,
    profile: opts.profile,
    ...(opts.target ? { target: opts.target } : {}),
    compose: {
      ...(opts.composeFile.length ? { files: opts.composeFile } : {}),
      ...(opts.envFile.length ? { envFiles: opts.envFile } : {}),
      ...(opts.useEnv ? { useEnv: true } : {}),
      ...(opts.allowOutsideContext ? { allowOutsideContext: true } : {}),
    },
  });

  const formatter = formatterNamed(opts.format)!;
  // Rules that can fire in the profile (SARIF describes each): those on in it, and those that decide per file.
  const rules = allRules.filter((r) => ruleCanFire(r, opts.profile));
  const report = formatter.format(
    { result, profile: opts.profile, rules, cwd: process.cwd(), ...(opts.category ? { category: opts.category } : {}) },
    { color: useColor(!!opts.output) },
  );
  if (opts.output) {
    try {
      writeFileSync(opts.output, report);
    } catch (e) {
      process.stderr.write(`${TOOL_NAME}: cannot write ${opts.output}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
  } else process.stdout.write(report);

  if (result.errors.length) {
    if (opts.output || opts.format !== 'text') {
      for (const e of result.errors) process.stderr.write(`${TOOL_NAME}: ${e.file}: ${e.message}\n`);
    }
    return EXIT_USAGE;
  }
  const threshold = opts.failLevel;
  if (threshold !== 'none' && result.findings.some((f) => levelAtLeast(f.level, threshold as Level))) return EXIT_FINDINGS;
  return EXIT_CLEAN;

  function usage(message: string): number {
    process.stderr.write(`${TOOL_NAME}: ${message}\n`);
    return EXIT_USAGE;
  }
}

