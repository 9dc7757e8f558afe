/**
 * Reading a configuration file (`.isolint.yaml`, `.isolint.yml`, or the `isolint` key of a
 * package.json) into checked settings. Anything wrong in it — an unknown key, an unknown rule
 * id, a wrong type — is one ConfigError naming the file, line and column, with a suggestion
 * when a name is close to a known one: a configuration that is half understood is worse
 * than none.
 */
import { basename, dirname } from 'node:path';
import type { Ajv, ErrorObject } from 'ajv';
import { displayPath, describeFsError } from '../discover.js';
import type { Level, Profile, Rule } from '../engine/rule.js';
import { LineIndex } from '../position.js';
import type { YNode } from '../compose/yaml.js';
import { closest } from './suggest.js';
import { configSchema } from './schema.js';
import { readTextFile } from '../read-file.js';

export const CONFIG_FILE_NAMES = ['.isolint.yaml', '.isolint.yml'];

export type RuleSetting = Level | 'off';

export interface RuleConfig {
  level?: RuleSetting;
  options?: Record<string, unknown>;
}

/** Settings at one level of a configuration: the top level or one `overrides` entry. */
export interface ConfigLayer {
  profile?: Profile;
  rules: Map<string, RuleConfig>;
}

export interface Config {
  /** Absolute path of the file. */
  file: string;
  /** The folder patterns in the file are relative to. */
  dir: string;
  base: ConfigLayer;
  ignore: string[];
  overrides: { files: string[]; layer: ConfigLayer }[];
}

/** A configuration file that cannot be used: a usage error (exit 2), never a silent default. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }

  /** `file:line:column: message`, as shown to the user. */
  describe(): string {
    return `${this.file}${this.line ? `:${this.line}:${this.column ?? 1}` : ''}: ${this.message}`;
  }
}

const validators = new WeakMap<readonly Rule[], ReturnType<Ajv['compile']>>();
let AjvClass: typeof Ajv | undefined;

let yamlModule: typeof import('../compose/yaml.js') | undefined;

/**
 * Loads the positioned YAML parser configurations are read with: a run that reads no
 * configuration file (a package.json counts: it is parsed to look for an `isolint` key)
 * does not compile it. loadValidator() loads it too.
 */
export async function loadConfigReader(): Promise<void> {
  yamlModule ??= (await import('../sources/readers.js')).yaml;
}

function yaml(): typeof import('../compose/yaml.js') {
  if (!yamlModule) throw new Error('loadConfigReader() must be awaited before a configuration is read');
  return yamlModule;
}

/** Loads the validator (about 20 ms of start-up) and the reader: only runs that read a configuration pay for them. */
export async function loadValidator(): Promise<void> {
  await loadConfigReader();
  if (AjvClass) return;
  // ajv is CommonJS: Node names its exports, a bundler may hand over module.exports as default.
  const m = (await import('ajv')) as unknown as { Ajv?: typeof Ajv; default?: { Ajv?: typeof Ajv } & typeof Ajv };
  AjvClass = m.Ajv ?? m.default?.Ajv ?? m.default;
}

function validatorFor(rules: readonly Rule[]) {
  let v = validators.get(rules);
  if (!v) {
    if (!AjvClass) throw new Error('loadValidator() must be awaited before a configuration is read');
    v = new AjvClass({ allErrors: true, strict: false, verbose: true }).compile(configSchema(rules));
    validators.set(rules, v);
  }
  return v;
}

/**
 * Reads a configuration file. For a package.json, undefined when it has no `isolint` key.
 * `cwd` is where paths in messages are shown from.
 */
export function loadConfig(path: string, rules: readonly Rule[], cwd: string): Config | undefined {
  const display = displayPath(path, cwd);
  let text: string;
  try {
    text = readTextFile(path);
  } catch (e) {
    throw new ConfigError(display, `cannot read the configuration: ${describeFsError(e)}`);
  }
  const { get, locOf, parseYamlDocument, toPlain, YamlError } = yaml();
  // JSON is YAML, so package.json goes through the same positioned parser.
  let root: YNode | undefined;
  try {
    root = parseYamlDocument({ path, display, text, lines: new LineIndex(display, text), baseDir: dirname(path) });
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    throw new ConfigError(display, e.message, e.line, e.column);
  }
  if (basename(path) === 'package.json') {
    const node = get(root, 'isolint');
    if (!node) return undefined;
    root = node;
  }
  if (root && root.kind !== 'map' && !(root.kind === 'scalar' && root.value === null)) {
    const at = locOf(root);
    throw new ConfigError(display, `the configuration must be a mapping, but this one is ${root.kind === 'seq' ? 'a list' : 'a single value'}`, at.startLine, at.startColumn);
  }
  if (!root || root.kind === 'scalar') return { file: path, dir: dirname(path), base: { rules: new Map() }, ignore: [], overrides: [] };
  const data = toPlain(root);
  const validate = validatorFor(rules);
  if (!validate(data)) throw configError(display, root, validate.errors ?? [], rules);
  return fromPlain(path, data as PlainConfig);
}

interface PlainLayer {
  profile?: Profile;
  rules?: Record<string, RuleSetting | RuleConfig>;
}

interface PlainConfig extends PlainLayer {
  ignore?: string[];
  overrides?: (PlainLayer & { files: string[] })[];
}

function layer(plain: PlainLayer): ConfigLayer {
  const rules = new Map<string, RuleConfig>();
  for (const [id, setting] of Object.entries(plain.rules ?? {})) rules.set(id, typeof setting === 'string' ? { level: setting } : setting);
  return { ...(plain.profile ? { profile: plain.profile } : {}), rules };
}

function fromPlain(file: string, plain: PlainConfig): Config {
  return {
    file,
    dir: dirname(file),
    base: layer(plain),
    ignore: plain.ignore ?? [],
    overrides: (plain.overrides ?? []).map((o) => ({ files: o.files, layer: layer(o) })),
  };
}

/** The node an ajv instance path (`/rules/foo/level`) points at, as deep as it exists. */
function nodeAt(root: YNode, instancePath: string): YNode {
  let node = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const next = node.kind === 'map' ? yaml().get(node, part) : node.kind === 'seq' ? node.items[Number(part)] : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}

function keyNode(map: YNode, key: string): YNode | undefined {
  return map.kind === 'map' ? map.pairs.find((p) => p.key.text === key)?.key : undefined;
}

/** One error for the first problem (the most specific one ajv reports at the first place). */
function configError(file: string, root: YNode, errors: ErrorObject[], rules: readonly Rule[]): ConfigError {
  const first = pickError(errors);
  const node = nodeAt(root, first.instancePath);
  const path = first.instancePath.split('/').slice(1);
  const where = (n: YNode) => yaml().locOf(n);
  if (first.keyword === 'additionalProperty' || first.keyword === 'additionalProperties') {
    const key = String((first.params as { additionalProperty: string }).additionalProperty);
    const at = where(keyNode(node, key) ?? node);
    const inRules = path[path.length - 1] === 'rules';
    const known = inRules ? rules.map((r) => r.id) : Object.keys(allowedKeys(first));
    const guess = closest(key, known);
    if (key === 'options' && !known.includes('options')) {
      return new ConfigError(file, `rule ${path[path.length - 1]} takes no options`, ...lineColumn(where(keyNode(node, key) ?? node)));
    }
    const what = inRules ? `unknown rule id "${key}"` : `unknown key "${key}"${path.length ? ` in ${dotted(path)}` : ''}`;
    return new ConfigError(file, `${what}${guess ? ` (did you mean "${guess}"?)` : ''}`, at.startLine, at.startColumn);
  }
  const at = lineColumn(where(node));
  const name = path.length ? dotted(path) : 'the configuration';
  if (first.keyword === 'enum') {
    const allowed = (first.params as { allowedValues: unknown[] }).allowedValues.map(String);
    return new ConfigError(file, `${name} must be one of ${allowed.join(', ')}`, ...at);
  }
  if (first.keyword === 'type') {
    const type = String((first.params as { type: string }).type);
    return new ConfigError(file, `${name} must be ${TYPE_NAMES[type] ?? type}`, ...at);
  }
  if (first.keyword === 'required') {
    return new ConfigError(file, `${name} needs ${String((first.params as { missingProperty: string }).missingProperty)}:`, ...at);
  }
  return new ConfigError(file, `${name} ${first.message ?? 'is not valid'}`, ...at);
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a text value', number: 'a number', integer: 'a whole number', boolean: 'true or false' };

/** `overrides[0].rules`, as the path would be written. */
function dotted(path: string[]): string {
  return path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i ? `.${p}` : p)).join('');
}

function lineColumn(loc: { startLine: number; startColumn: number }): [number, number] {
  return [loc.startLine, loc.startColumn];
}

function allowedKeys(e: ErrorObject): Record<string, unknown> {
  return ((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}) as Record<string, unknown>;
}

/**
 * ajv reports every branch of an `anyOf`; the useful error is the deepest one, and for a
 * rule setting that is a string the enum error rather than "must be object".
 */
function pickError(errors: ErrorObject[]): ErrorObject {
  const real = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const sorted = [...(real.length ? real : errors)].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b));
  return sorted[0]!;
}

function rank(e: ErrorObject): number {
  if (e.keyword === 'additionalProperties') return 0;
  if (e.keyword === 'enum') return 1;
  if (e.keyword === 'type' && (e.params as { type?: string }).type === 'object') return 3;
  return 2;
}
