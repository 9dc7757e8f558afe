/**
 * What a rule is: its documentation (metadata) next to its check. The engine runs every
 * rule it is given and knows none by name; a rule reads a model, never file text or YAML.
 */
import type { Location } from '../position.js';
import type { ImageModel } from '../image/model.js';
import type { RuntimeModel } from '../runtime/model.js';

export type Level = 'error' | 'warning' | 'note';
export type Profile = 'recommended' | 'strict' | 'untrusted';
export type Source = 'image' | 'runtime';

export interface RuleMeta {
  /** Stable kebab-case id: public API, never renamed. */
  id: string;
  title: string;
  level: Level;
  /** GitHub code scanning's security-severity, (0, 10]. */
  securitySeverity: number;
  /** The least strict profile the rule is on in. */
  profile: Profile;
  /** Which models the rule reads. */
  sources: Source[];
  /** A category tag for SARIF and docs: `privilege`, `namespaces`, `confinement`, ... */
  category: string;
  /** Two or three sentences: why this weakens a shared-kernel container. */
  rationale: string;
  /** How to fix it. */
  fix: string;
  /** A file the rule flags and the same file fixed; a test lints both. */
  examples: RuleExamples;
  references: string[];
  /** Settings a configuration file may give the rule (`rules: {<id>: {options: ...}}`). */
  options?: RuleOptionsMeta;
}

export interface RuleExamples {
  /** What kind of file both examples are, and so how they are linted and highlighted. */
  kind: 'dockerfile' | 'compose';
  /** A small whole file (a Dockerfile with FROM, or Compose with services:) the rule flags. */
  bad: string;
  /** The same file fixed: the rule does not flag it. */
  good: string;
}

export interface RuleOptionsMeta {
  /** JSON Schema of the options object. */
  schema: Record<string, unknown>;
  /** What the options do, for the schema and the rule's documentation. */
  description: string;
}

export interface ReportOptions {
  /** Overrides the rule's level for this finding (e.g. a read-only mount is a warning). */
  level?: Level;
  securitySeverity?: number;
  /** Other places that explain the finding (the Dockerfile line behind a service). */
  related?: { loc: Location; message: string }[];
  /**
   * A location-independent name for what is flagged (`stage build/RUN#2`, `service web/cap_add`),
   * from which fingerprints are derived so they survive unrelated edits.
   */
  logicalKey?: string;
}

export type Report = (at: { loc: Location } | Location, message: string, options?: ReportOptions) => void;

export interface ImageContext {
  profile: Profile;
  report: Report;
  /** The rule's options from the configuration (validated against its schema); `{}` when none. */
  options: Record<string, unknown>;
}

export interface RuntimeContext {
  profile: Profile;
  report: Report;
  options: Record<string, unknown>;
}

export interface Rule extends RuleMeta {
  /**
   * Run the check in every profile and let it decide (a service marked
   * `x-isolint: {trust: untrusted}` needs the untrusted rules in any profile).
   */
  checksOutsideProfile?: boolean;
  checkImage?(image: ImageModel, ctx: ImageContext): void;
  checkRuntime?(container: RuntimeModel, ctx: RuntimeContext): void;
}

export function defineRule(rule: Rule): Rule {
  const missing = (['id', 'title', 'rationale', 'fix'] as const).filter((k) => !rule[k]);
  if (missing.length) throw new Error(`rule ${rule.id || '?'} lacks ${missing.join(', ')}`);
  if (!rule.examples?.bad || !rule.examples.good) throw new Error(`rule ${rule.id} lacks a bad and a good example`);
  if (!(rule.securitySeverity > 0 && rule.securitySeverity <= 10)) throw new Error(`rule ${rule.id}: security severity out of range`);
  if (!rule.checkImage && !rule.checkRuntime) throw new Error(`rule ${rule.id} has no check`);
  return rule;
}

const PROFILE_ORDER: Profile[] = ['recommended', 'strict', 'untrusted'];

/** A rule is on in its own profile and every stricter one. */
export function ruleInProfile(rule: RuleMeta, profile: Profile): boolean {
  return PROFILE_ORDER.indexOf(rule.profile) <= PROFILE_ORDER.indexOf(profile);
}

/** Whether a rule runs in a profile: on in it, or deciding for itself per model. */
export function ruleCanFire(rule: Rule, profile: Profile): boolean {
  return !!rule.checksOutsideProfile || ruleInProfile(rule, profile);
}

export function isProfile(value: string): value is Profile {
  return (PROFILE_ORDER as string[]).includes(value);
}

export const PROFILES = PROFILE_ORDER;

const LEVEL_RANK: Record<Level, number> = { note: 1, warning: 2, error: 3 };

export function levelAtLeast(level: Level, threshold: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[threshold];
}

/** A list option of strings (validated by the rule's schema; anything else reads as none). */
export function stringListOption(options: Record<string, unknown>, key: string): string[] {
  const v = options[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** JSON Schema of an options object holding one list of strings (or integers). */
export function listOptionSchema(key: string, items: 'string' | 'integer', description: string): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, properties: { [key]: { type: 'array', items: { type: items }, description } } };
}
