/**
 * The settings that hold for one file: its configuration's top level, then each `overrides`
 * entry whose patterns match it (in order, a later one winning), then the command line
 * (`--profile`, `--rule`), which wins over every file.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { gitRoot } from '../git-root.js';
import type { Profile, Rule } from '../engine/rule.js';
import { existsSync } from 'node:fs';
import { readTextFile } from '../read-file.js';
import { CONFIG_FILE_NAMES, loadConfig, loadValidator, type Config, type ConfigLayer, type RuleConfig } from './load.js';

export interface FileSettings {
  profile: Profile;
  /** Per rule id: its configured level (or `off`) and options. */
  rules: ReadonlyMap<string, RuleConfig>;
}

export interface CommandLineSettings {
  profile?: Profile;
  rules?: ReadonlyMap<string, RuleConfig>;
}

const matchers = new WeakMap<object, Ignore>();

function matcher(patterns: string[]): Ignore {
  let m = matchers.get(patterns);
  if (!m) {
    m = ignore().add(patterns);
    matchers.set(patterns, m);
  }
  return m;
}

/** Whether .gitignore-style patterns written in a file in `dir` match `abs`. */
export function matches(patterns: string[], dir: string, abs: string): boolean {
  const rel = relative(dir, abs);
  if (!rel || rel.startsWith('..') || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) return false;
  return matcher(patterns).ignores(rel.split(sep).join('/'));
}

function apply(into: { profile?: Profile; rules: Map<string, RuleConfig> }, layer: ConfigLayer | CommandLineSettings): void {
  if (layer.profile) into.profile = layer.profile;
  for (const [id, setting] of layer.rules ?? []) into.rules.set(id, { ...into.rules.get(id), ...setting });
}

export function settingsFor(abs: string, config: Config | undefined, cli: CommandLineSettings): FileSettings {
  const out: { profile?: Profile; rules: Map<string, RuleConfig> } = { rules: new Map() };
  if (config) {
    apply(out, config.base);
    for (const o of config.overrides) if (matches(o.files, config.dir, abs)) apply(out, o.layer);
  }
  apply(out, cli);
  return { profile: out.profile ?? 'recommended', rules: out.rules };
}

/**
 * Finds each file's configuration: `--config` for every file, or the nearest `.isolint.yaml`,
 * `.isolint.yml` or package.json with an `isolint` key in its folder or above, up to the
 * repository root (or the folder that was linted, outside a repository).
 */

export class ConfigFinder {
  private readonly byDir = new Map<string, Config | undefined>();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly cwd: string,
    private readonly explicit: Config | undefined,
    private readonly search: boolean,
  ) {}

  static explicit(path: string, rules: readonly Rule[], cwd: string): ConfigFinder {
    return new ConfigFinder(rules, cwd, loadConfig(resolve(cwd, path), rules, cwd) ?? emptyConfig(resolve(cwd, path)), false);
  }

  forFile(abs: string, linted: string): Config | undefined {
    if (!this.search) return this.explicit;
    const stop = gitRoot(dirname(abs)) ?? linted;
    return this.inDir(dirname(abs), stop);
  }

  /** Whether a configuration file may apply to the file (a candidate exists on its way up); parses none. */
  mayHaveConfig(abs: string, linted: string): boolean {
    return this.candidateIn(dirname(abs), gitRoot(dirname(abs)) ?? linted);
  }

  private readonly candidates = new Map<string, boolean>();
  private readonly mentions = new Map<string, boolean>();

  /** Whether a package.json names isolint at all (read once per run, whoever asks). */
  private namesIsolint(path: string): boolean {
    let named = this.mentions.get(path);
    if (named === undefined) {
      named = packageJsonMentions(path);
      this.mentions.set(path, named);
    }
    return named;
  }

  /**
   * Walks up as inDir does, remembering per folder, so a run over many files looks at each
   * folder once: true when a configuration file, or a package.json that names isolint, is on
   * the way up.
   */
  private candidateIn(dir: string, stop: string): boolean {
    const known = this.candidates.get(dir);
    if (known !== undefined) return known;
    const pkg = resolve(dir, 'package.json');
    let found = CONFIG_FILE_NAMES.some((n) => existsSync(resolve(dir, n))) || (existsSync(pkg) && this.namesIsolint(pkg));
    const rel = relative(stop, dir);
    if (!found && rel !== '' && !rel.startsWith('..') && dirname(dir) !== dir) found = this.candidateIn(dirname(dir), stop);
    this.candidates.set(dir, found);
    return found;
  }

  private inDir(dir: string, stop: string): Config | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found: Config | undefined;
    for (const name of [...CONFIG_FILE_NAMES, 'package.json']) {
      const path = resolve(dir, name);
      if (!existsSync(path)) continue;
      // A package.json that never names isolint holds no configuration for it: it is not
      // parsed, so a project's broken or unusual package.json is not isolint's error.
      if (name === 'package.json' && !this.namesIsolint(path)) continue;
      found = loadConfig(path, this.rules, this.cwd);
      if (found) break;
    }
    const parent = dirname(dir);
    const inside = relative(stop, dir) !== '' && !relative(stop, dir).startsWith('..');
    if (!found && inside && parent !== dir) found = this.inDir(parent, stop);
    this.byDir.set(dir, found);
    return found;
  }
}

function emptyConfig(file: string): Config {
  return { file, dir: dirname(file), base: { rules: new Map() }, ignore: [], overrides: [] };
}

export interface SettingsOptions {
  rules: readonly Rule[];
  cwd: string;
  /** `--config FILE` (relative to cwd), or false for `--no-config`; default: search. */
  config?: string | false;
  cli: CommandLineSettings;
  /** `--ignore` patterns, relative to cwd. */
  ignore?: string[];
}

/** Settings and ignores for every file of a run. Throws ConfigError for a configuration that cannot be used. */
export class RunSettings {
  private finder: ConfigFinder | undefined;

  constructor(private readonly options: SettingsOptions) {}

  /**
   * Call before asking about these files (absolute path, and the folder each was linted
   * under): configuration files are looked for first, so the validator is loaded only for a
   * run that has one. Throws ConfigError for a configuration that cannot be used.
   */
  async prepare(files: { abs: string; linted: string }[]): Promise<void> {
    const { config, rules, cwd } = this.options;
    if (this.finder || config === false) {
      if (this.finder) await this.load(files);
      return;
    }
    if (typeof config === 'string') {
      await loadValidator();
      this.finder = ConfigFinder.explicit(config, rules, cwd);
      return;
    }
    this.finder = new ConfigFinder(rules, cwd, undefined, true);
    await this.load(files);
  }

  /** The reader and validator when a configuration may apply to one of the files. */
  private async load(files: { abs: string; linted: string }[]): Promise<void> {
    if (files.some((f) => this.finder!.mayHaveConfig(f.abs, f.linted))) await loadValidator();
  }

  /** `linted`: the folder named on the command line that the file was found under. */
  settingsFor(abs: string, linted: string): FileSettings {
    return settingsFor(abs, this.finder?.forFile(abs, linted), this.options.cli);
  }

  /** The pattern source that excludes a file (the configuration's `ignore` or `--ignore`), if any. */
  ignoredBy(abs: string, linted: string): string | undefined {
    const config = this.finder?.forFile(abs, linted);
    if (config?.ignore.length && matches(config.ignore, config.dir, abs)) return displayConfig(config, this.options.cwd);
    if (this.options.ignore?.length && matches(this.options.ignore, this.options.cwd, abs)) return '--ignore';
    return undefined;
  }
}

function displayConfig(config: Config, cwd: string): string {
  return relative(cwd, config.file).split(sep).join('/') || config.file;
}

function packageJsonMentions(path: string): boolean {
  try {
    // The bounded reader: a package.json that is a FIFO or huge must not block or fill memory.
    return readTextFile(path).includes('"isolint"');
  } catch {
    return false;
  }
}
