/**
 * The command line's options, and the quick reading of the common ones (files, and a few
 * flags a pre-commit hook or a script passes), which is exactly what commander makes of them
 * (tests/cli-quick-parse.test.ts compares the two): such a run, most of isolint's runs,
 * starts without loading commander (src/cli-program.ts), whose code is a tenth of what a
 * one-file run compiles. Anything else (--help, --version, a value commander checks, an
 * unknown option, `--opt=value`, `--`) is left to commander.
 */
import { PROFILES, type Profile, type Rule, type ruleInProfile } from './engine/rule.js';
import { FORMAT_NAMES } from './format/load.js';
import type { closest } from './config/suggest.js';
import type { parseFileSize } from './read-file.js';
import type { Concurrency, parseConcurrency } from './concurrency.js';
import type { explainRule, rulesJson, rulesTable } from './rule-help.js';

export const FAIL_LEVELS = ['error', 'warning', 'note', 'none'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

export interface CliOptions {
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
  concurrency?: Concurrency;
  composeFile: string[];
  inlineIgnores: boolean;
  reportUnusedSuppressions?: boolean;
  baseline?: string;
  writeBaseline?: string;
}

/** Flags that take no value: the option's name in CliOptions and the value a flag sets. */
const FLAGS: Record<string, [keyof CliOptions, boolean]> = {
  '-q': ['quiet', true],
  '--quiet': ['quiet', true],
  '--no-config': ['config', false],
  '--include-docs': ['includeDocs', true],
  '--use-env': ['useEnv', true],
  '--allow-outside-context': ['allowOutsideContext', true],
  '--no-inline-ignores': ['inlineIgnores', false],
  '--report-unused-suppressions': ['reportUnusedSuppressions', true],
  '--verbose': ['verbose', true],
};

/** Options with a value from a fixed list. */
const CHOICES: Record<string, [keyof CliOptions, readonly string[]]> = {
  '-f': ['format', FORMAT_NAMES],
  '--format': ['format', FORMAT_NAMES],
  '-p': ['profile', PROFILES],
  '--profile': ['profile', PROFILES],
  '--fail-level': ['failLevel', FAIL_LEVELS],
};

/**
 * The options and paths of a command line made only of paths and the options above, each
 * given at most once, as commander reads them; undefined for any other command line.
 */
export function quickParse(argv: readonly string[]): { opts: CliOptions; given: string[] } | undefined {
  const opts: Record<string, unknown> = { format: 'text', rule: [], ignore: [], failLevel: 'warning', composeFile: [], composeEnvFile: [], envFile: [], inlineIgnores: true };
  const given: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      given.push(arg);
      continue;
    }
    const flag = FLAGS[arg];
    const choice = CHOICES[arg];
    const name = flag?.[0] ?? choice?.[0];
    if (!name || seen.has(name)) return undefined;
    seen.add(name);
    if (flag) opts[flag[0]] = flag[1];
    else {
      const value = argv[++i];
      if (value === undefined || !choice![1].includes(value)) return undefined;
      opts[choice![0]] = value;
    }
  }
  return { opts: opts as unknown as CliOptions, given };
}

/** What the commander reading (src/cli-program.ts) needs from the rest of isolint. */
export interface CommandLineDeps {
  toolName: string;
  toolVersion: string;
  formatNames: readonly string[];
  profiles: readonly Profile[];
  failLevels: typeof FAIL_LEVELS;
  parseFileSize: typeof parseFileSize;
  parseConcurrency: typeof parseConcurrency;
  allRules: readonly Rule[];
  ruleInProfile: typeof ruleInProfile;
  closest: typeof closest;
  explainRule: typeof explainRule;
  rulesJson: typeof rulesJson;
  rulesTable: typeof rulesTable;
}
