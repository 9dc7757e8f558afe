/** Runs rules over models and turns their reports into findings. */
import type { ImageModel } from '../image/model.js';
import type { LineIndex, Location } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { Finding } from './finding.js';
import { ruleCanFire, type Profile, type Report, type Rule } from './rule.js';

export interface RunContext {
  rules: readonly Rule[];
  profile: Profile;
  /** Source text of every file a finding may point into, for location-independent keys. */
  sourceOf(file: string): LineIndex | undefined;
  /** A rule threw: a bug in isolint. The other rules and files still run. */
  onRuleError(rule: Rule, file: string, error: unknown): void;
}

export function runImageRules(image: ImageModel, ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of activeRules(ctx, 'checkImage')) {
    try {
      rule.checkImage!(image, { profile: ctx.profile, report: reporter(rule, ctx, findings) });
    } catch (e) {
      ctx.onRuleError(rule, image.file, e);
    }
  }
  return findings;
}

export function runRuntimeRules(container: RuntimeModel, ctx: RunContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of activeRules(ctx, 'checkRuntime')) {
    try {
      rule.checkRuntime!(container, { profile: ctx.profile, report: reporter(rule, ctx, findings) });
    } catch (e) {
      ctx.onRuleError(rule, container.file, e);
    }
  }
  return findings;
}

function activeRules(ctx: RunContext, check: 'checkImage' | 'checkRuntime'): Rule[] {
  return ctx.rules.filter((r) => r[check] && ruleCanFire(r, ctx.profile));
}

function reporter(rule: Rule, ctx: RunContext, out: Finding[]): Report {
  return (at, message, options = {}) => {
    const loc: Location = 'loc' in at ? at.loc : at;
    out.push({
      ruleId: rule.id,
      level: options.level ?? rule.level,
      securitySeverity: options.securitySeverity ?? rule.securitySeverity,
      message,
      location: loc,
      related: options.related ?? [],
      logicalKey: options.logicalKey ?? contentKey(loc, ctx.sourceOf(loc.file), message),
    });
  };
}

/**
 * Without a rule-given key, a finding is identified by the text of the line it points at,
 * its column and its message: inserting or removing other lines does not change it.
 */
function contentKey(loc: Location, source: LineIndex | undefined, message: string): string {
  const lineText = source ? lineAt(source, loc.startLine) : '';
  return `${lineText.trim()}|${loc.startColumn}|${message}`;
}

function lineAt(source: LineIndex, line: number): string {
  const start = source.offsetOf(line - 1, 0);
  const end = source.text.indexOf('\n', start);
  return source.text.slice(start, end < 0 ? undefined : end);
}
