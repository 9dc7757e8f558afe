/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). What GitHub needs, and why
 * each field is here, is listed in README ("SARIF and GitHub code scanning"); the validator
 * test runs Microsoft's SARIF multitool with GitHub's ingestion rules over this output.
 */
import { pathToFileURL } from 'node:url';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Log, Notification, PhysicalLocation, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../engine/finding.js';
import type { FileError, FileNote } from '../sources/problems.js';
import type { Level, Rule } from '../engine/rule.js';
import type { Location } from '../position.js';
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from '../version.js';
import { codeBlock, exampleLanguage } from '../docs.js';
import type { Formatter, ReportInput } from './formatter.js';
import { repoPath, repoRootOf, repoUri, resultFingerprints } from './repo.js';
import { SUPPRESSION_CHECKS, type SuppressionCheck } from '../engine/suppress.js';
import { ruleHelpUri } from './help-uri.js';

export const DEFAULT_CATEGORY = 'isolint';
export const SRCROOT = '%SRCROOT%';

/** GitHub code scanning's documented limits for one run; past them an upload is rejected or cut. */
export const GITHUB_LIMITS = { resultsPerRun: 25_000, locationsPerResult: 1_000 } as const;

export interface SarifLimits {
  resultsPerRun: number;
  locationsPerResult: number;
}

export { ruleHelpUri };

/** GitHub reads `security-severity` as a string holding a number; one decimal, like the catalog. */
export function securitySeverityText(n: number): string {
  return n.toFixed(1);
}

/** `automationDetails.id`: the category GitHub keys alerts by, with the trailing slash that ends it. */
export function automationId(category: string | undefined): string {
  const c = (category ?? '').trim() || DEFAULT_CATEGORY;
  return c.endsWith('/') ? c : `${c}/`;
}

export const sarifFormatter: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0 for GitHub code scanning and SARIF viewers',
  format(input) {
    return JSON.stringify(buildSarif(input), null, 2) + '\n';
  },
};

export function buildSarif(input: ReportInput, limits: SarifLimits = GITHUB_LIMITS): Log {
  const { result, cwd } = input;
  const root = input.repoRoot ?? repoRootOf(cwd);
  const at = (file: string) => repoPath(file, cwd, root);

  const run = new SarifRunBuilder({
    tool: {
      driver: {
        name: TOOL_NAME,
        version: TOOL_VERSION,
        semanticVersion: TOOL_VERSION,
        informationUri: INFORMATION_URI,
        rules: [],
      },
    },
    automationDetails: { id: automationId(input.category) },
    columnKind: 'utf16CodeUnits',
    results: [],
  });

  // Every rule that ran is described, not only those that fired: GitHub then knows the
  // rules a clean run checked, and closes their alerts.
  const rules = [...new Map(input.rules.map((r) => [r.id, r])).values()];
  // A result must name a described rule; a finding from a rule the caller did not list
  // (one that decides per file whether it applies) gets its descriptor from the rule set.
  // Suppressed findings stay in the log, marked as such, so code scanning shows them as
  // dismissed with their reason rather than as fixed. Findings a baseline records stay too,
  // as open results with baselineState "unchanged": known, not accepted.
  const prints = resultFingerprints(result, (f) => at(f.location.file).path);
  const all = [...prints.keys()];
  // isolint's own checks of suppression comments are described after the rules.
  const checks: SuppressionCheck[] = [];
  for (const f of all) {
    if (rules.some((r) => r.id === f.ruleId) || checks.some((c) => c.id === f.ruleId)) continue;
    const rule = (input.knownRules ?? input.rules).find((r) => r.id === f.ruleId);
    if (rule) rules.push(rule);
    const check = Object.values(SUPPRESSION_CHECKS).find((c) => c.id === f.ruleId);
    if (check) checks.push(check);
  }
  for (const rule of rules) run.addRule(new SarifRuleBuilder(ruleDescriptor(rule)));
  for (const check of checks) run.addRule(new SarifRuleBuilder(checkDescriptor(check)));
  const ruleIndex = new Map([...rules.map((r) => r.id), ...checks.map((c) => c.id)].map((id, i) => [id, i]));

  const kept = mostSevere(all, limits.resultsPerRun);
  for (const i of kept) {
    const f = all[i]!;
    const sarif = sarifResult(f, prints.get(f)!, ruleIndex.get(f.ruleId), rules, at, limits);
    if (f.suppression) sarif.suppressions = [{ kind: 'inSource', justification: f.suppression.justification }];
    if (f.baseline) sarif.baselineState = f.baseline.state;
    run.addResult(new SarifResultBuilder(sarif));
  }

  const notifications: Notification[] = [
    ...(result.notes ?? []).map((n) => fileNotification(n, 'note', at)),
    ...result.errors.map((e) => fileNotification(e, 'error', at)),
  ];
  const dropped = all.length - kept.length;
  if (dropped > 0) {
    notifications.push({
      level: 'warning',
      descriptor: { id: 'results-capped' },
      message: {
        text:
          `${TOOL_NAME} found ${all.length} results, more than the ${limits.resultsPerRun} ` +
          `GitHub code scanning accepts in one run: the ${dropped} least severe were left out of this log.`,
      },
    });
  }
  if (result.baseline) run.run.properties = { baseline: result.baseline };
  if (input.versionControl) run.run.versionControlProvenance = [{ ...input.versionControl, mappedTo: { uriBaseId: SRCROOT } }];
  run.run.invocations = [
    {
      // The analysis ran to the end; files it could not read or parse are notifications.
      executionSuccessful: true,
      toolExecutionNotifications: notifications,
    },
  ];

  const builder = new SarifBuilder({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] });
  builder.addRun(run);
  const log = builder.buildSarifOutput();
  // The builder lists every file a result points at; its guess of their language is
  // "unknown", and GitHub needs none of it, so the list is left out to keep the file small.
  for (const r of log.runs) {
    delete r.artifacts;
    for (const res of r.results ?? []) for (const l of res.locations ?? []) delete l.physicalLocation?.artifactLocation?.index;
  }
  return log;
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: sentence(rule.title) },
    fullDescription: { text: rule.rationale },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: ['security', rule.category],
      // Rules match exact constructs of the parsed file, not guesses about them.
      precision: 'high',
      'security-severity': securitySeverityText(rule.securitySeverity),
    },
  };
}

/** A descriptor for one of isolint's checks of suppression comments (not a rule: no doc page, no security severity). */
function checkDescriptor(check: SuppressionCheck): ReportingDescriptor {
  return {
    id: check.id,
    name: pascalCase(check.id),
    shortDescription: { text: sentence(check.title) },
    fullDescription: { text: check.help },
    help: { text: `${check.title} (${check.id})\n\n${check.help}`, markdown: `**${check.title}** (\`${check.id}\`)\n\n${check.help}` },
    helpUri: ruleHelpUri(check.id),
    defaultConfiguration: { level: check.level },
    properties: { tags: ['maintainability', 'suppression'], precision: 'very-high' },
  };
}

function sarifResult(
  f: Finding,
  fingerprint: string,
  ruleIndex: number | undefined,
  rules: readonly Rule[],
  at: (file: string) => ReturnType<typeof repoPath>,
  limits: SarifLimits,
): Result {
  const rule = ruleIndex === undefined ? undefined : rules[ruleIndex];
  const related = f.related.slice(0, limits.locationsPerResult);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: f.level,
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: physicalLocation(f.location, at) }],
    ...(related.length
      ? { relatedLocations: related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.loc, at), message: { text: sentence(r.message) } })) }
      : {}),
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    // A rule may rate one finding above or below its default (a read-only mount, a lesser capability).
    ...(rule && rule.securitySeverity !== f.securitySeverity ? { properties: { 'security-severity': securitySeverityText(f.securitySeverity) } } : {}),
  };
}

function physicalLocation(loc: Location, at: (file: string) => ReturnType<typeof repoPath>): PhysicalLocation {
  return {
    artifactLocation: artifactLocation(at(loc.file)),
    region: { startLine: loc.startLine, startColumn: loc.startColumn, endLine: loc.endLine, endColumn: loc.endColumn },
  };
}

function artifactLocation(p: ReturnType<typeof repoPath>) {
  return p.inRepo ? { uri: repoUri(p), uriBaseId: SRCROOT } : { uri: pathToFileURL(p.path).href };
}

function fileNotification(e: FileError | FileNote, kind: 'error' | 'note', at: (file: string) => ReturnType<typeof repoPath>): Notification {
  return {
    level: kind,
    descriptor: { id: kind === 'error' ? 'file-error' : 'not-checked' },
    message: { text: sentence(`${e.file}: ${e.message}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(at(e.file)),
          ...(e.line ? { region: { startLine: e.line, startColumn: e.column ?? 1 } } : {}),
        },
      },
    ],
  };
}

const LEVEL_RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

/** Indexes of at most `max` findings, the most severe first chosen, kept in report order. */
function mostSevere(findings: readonly Finding[], max: number): number[] {
  const all = findings.map((_, i) => i);
  if (findings.length <= max) return all;
  const bySeverity = [...all].sort(
    (a, b) =>
      LEVEL_RANK[findings[b]!.level] - LEVEL_RANK[findings[a]!.level] || findings[b]!.securitySeverity - findings[a]!.securitySeverity || a - b,
  );
  return bySeverity.slice(0, max).sort((a, b) => a - b);
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF viewers show messages as sentences; end each with a full stop. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function helpText(rule: Rule): string {
  const parts = [`${rule.title} (${rule.id})`, rule.rationale, `Fix: ${rule.fix}`];
  parts.push(`Bad:\n${rule.examples.bad}`, `Good:\n${rule.examples.good}`);
  if (rule.references.length) parts.push(`References:\n${rule.references.join('\n')}`);
  return parts.join('\n\n');
}

function helpMarkdown(rule: Rule): string {
  const parts = [`**${rule.title}** (\`${rule.id}\`)`, rule.rationale, `**Fix:** ${rule.fix}`];
  const language = exampleLanguage(rule.examples);
  parts.push(`**Bad:**\n\n${codeBlock(rule.examples.bad, language)}`, `**Good:**\n\n${codeBlock(rule.examples.good, language)}`);
  if (rule.references.length) parts.push(`**References:**\n\n${rule.references.map((r) => `- <${r}>`).join('\n')}`);
  return parts.join('\n\n');
}
