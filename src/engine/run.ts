/** Runs rules over models and turns their reports into findings. */
import type { ImageModel } from '../image/model.js';
import type { LineIndex, Location } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { Finding } from './finding.js';
import { ruleCanFire, type Level, type Profile, type Report, type Rule } from './rule.js';
import { withoutSuppressionComment } from '../linear.js';
import { ownSharedString } from './own-string.js';

/** What holds for one file: its profile, and per rule a configured level (or `off`) and options. */
export interface RuleSettings {
  profile: Profile;
  rules: ReadonlyMap<string, { level?: Level | 'off'; options?: Record<string, unknown> }>;
}

export interface RunContext {
  rules: readonly Rule[];
  /** The settings for a file, by the name it is reported under. */
  settingsOf(file: string): RuleSettings;
  /** Source text of every file a finding may point into, for location-independent keys. */
  sourceOf(file: string): LineIndex | undefined;
  /** A rule threw: a bug in isolint. The other rules and files still run. */
  onRuleError(rule: Rule, file: string, error: unknown): void;
}

export function runImageRules(image: ImageModel, ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const settings = ctx.settingsOf(image.file);
  for (const rule of activeRules(ctx.rules, settings, 'checkImage')) {
    const configured = settings.rules.get(rule.id);
    try {
      rule.checkImage!(image, { profile: settings.profile, options: configured?.options ?? {}, report: reporter(rule, ctx, findings, configured?.level) });
    } catch (e) {
      ctx.onRuleError(rule, image.file, e);
    }
  }
  return findings;
}

export function runRuntimeRules(container: RuntimeModel, ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  const settings = ctx.settingsOf(container.file);
  const { title, keyTitle } = container;
  // A title with a line number in it would make every finding move when a line is added above.
  const stableKey = keyTitle !== undefined && keyTitle !== title ? (message: string) => message.split(title).join(keyTitle) : undefined;
  for (const rule of activeRules(ctx.rules, settings, 'checkRuntime')) {
    const configured = settings.rules.get(rule.id);
    try {
      rule.checkRuntime!(container, { profile: settings.profile, options: configured?.options ?? {}, report: reporter(rule, ctx, findings, configured?.level, stableKey) });
    } catch (e) {
      ctx.onRuleError(rule, container.file, e);
    }
  }
  return findings;
}

/** Rules on in the file's profile, or given a level by its configuration; never those turned off. */
function activeRules(rules: readonly Rule[], settings: RuleSettings, check: 'checkImage' | 'checkRuntime'): Rule[] {
  return rules.filter((r) => !!r[check] && ruleRuns(r, settings));
}

/** Whether a rule runs on a file with these settings (whatever the file's kind). */
export function ruleRuns(rule: Rule, settings: RuleSettings): boolean {
  const level = settings.rules.get(rule.id)?.level;
  if (level === 'off') return false;
  return level !== undefined || ruleCanFire(rule, settings.profile);
}

function reporter(rule: Rule, ctx: RunContext, out: Finding[], configuredLevel: Level | 'off' | undefined, stableKey?: (message: string) => string): Report {
  return (at, message, options = {}) => {
    const loc: Location = 'loc' in at ? at.loc : at;
    out.push({
      ruleId: rule.id,
      // A level the user configured wins over the one the rule chose for this finding.
      level: (configuredLevel !== 'off' ? configuredLevel : undefined) ?? options.level ?? rule.level,
      securitySeverity: options.securitySeverity ?? rule.securitySeverity,
      // Findings outlive their file's text: they must not hold on to it.
      message: ownSharedString(message),
      location: loc,
      related: (options.related ?? []).map((r) => ({ loc: r.loc, message: ownSharedString(r.message) })),
      logicalKey: ownSharedString(options.logicalKey ?? contentKey(loc, ctx.sourceOf(loc.file), stableKey ? stableKey(message) : message)),
    });
  };
}

/**
 * Without a rule-given key, a finding is identified by the text of the line it points at,
 * its column and its message: inserting or removing other lines does not change it.
 */
function contentKey(loc: Location, source: LineIndex | undefined, message: string): string {
  // A suppression comment added at the end of the line does not make it another finding.
  const lineText = source ? withoutSuppressionComment(source.lineText(loc.startLine)) : '';
  return `${lineText.trim()}|${loc.startColumn}|${message}`;
}
