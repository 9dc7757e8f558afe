/**
 * Inline suppressions: `# isolint-ignore: rule-id[, rule-id] -- reason`. Written at the end
 * of a line it covers that line; standing alone it covers the next line that is not blank or
 * a comment, and in a Dockerfile the whole instruction that starts there (its continuation
 * lines too). `# isolint-ignore-file: rule-id[, rule-id] -- reason`, anywhere in a file,
 * covers the whole file. A suppressed finding is not lost: it is reported apart, with its
 * reason, and SARIF carries it as dismissed in source.
 *
 * Suppressions can go wrong, and what goes wrong is reported as findings of isolint's own
 * checks (below), not of rules: a rule reads a model, and a comment is not in any model.
 * Their ids carry an `isolint/` prefix, which no rule id can have.
 */
import type { LineIndex, Location } from '../position.js';
import type { Finding } from './finding.js';
import type { Level } from './rule.js';
import { ownSharedString } from './own-string.js';

export interface Suppression {
  rules: Set<string>;
  /** Each rule id as written, and where. */
  ids: { id: string; loc: Location }[];
  justification: string;
  /** False when the comment gives no `-- reason`. */
  hasReason: boolean;
  /** `file` for `isolint-ignore-file:`. */
  scope: 'lines' | 'file';
  /** The comment itself, and its text (trimmed). */
  loc: Location;
  comment: string;
  /** Lines covered, inclusive. */
  firstLine: number;
  lastLine: number;
}

/** A comment that looks meant as a suppression but cannot be one (no colon, no rule id). */
export interface MalformedSuppression {
  loc: Location;
  message: string;
}

/** What isolint itself reports about suppressions: ids, titles, levels, and why. */
export const SUPPRESSION_CHECKS = {
  invalid: {
    id: 'isolint/invalid-suppression',
    title: 'Suppression that cannot work',
    level: 'warning' as Level,
    help:
      'The comment names a rule id isolint does not have (often a typo: the finding it was meant for is then reported), names none, or lacks the colon after isolint-ignore. ' +
      'Fix the rule id (the message suggests the nearest one) or remove the comment.',
  },
  unused: {
    id: 'isolint/unused-suppression',
    title: 'Suppression that suppressed nothing',
    level: 'warning' as Level,
    help:
      'The rule ran on this file and found nothing the comment covers: the weakness was fixed or moved, and the stale comment would silently hide it if it came back. ' +
      'Remove the comment (or the rule id from it). Reported with --report-unused-suppressions, and always in the strict and untrusted profiles.',
  },
  withoutReason: {
    id: 'isolint/suppression-without-reason',
    title: 'Suppression without a reason',
    level: 'warning' as Level,
    help:
      'A suppression hides a weakening of isolation; the reason is what a reviewer or auditor reads. ' +
      'Add one after two dashes: # isolint-ignore: rule-id -- why this is acceptable here. Reported in the strict and untrusted profiles.',
  },
} as const;

export type SuppressionCheck = (typeof SUPPRESSION_CHECKS)[keyof typeof SUPPRESSION_CHECKS];

const ID = /[A-Za-z0-9_./-]+/g;
const DIRECTIVE = /#\s*isolint-ignore(-file)?(?=[\s:]|$)(:?)(.*)$/;
const SLASH_DIRECTIVE = /(?:#|\/\/)\s*isolint-ignore(-file)?(?=[\s:]|$)(:?)(.*)$/;

/** How comments are written in a kind of file, as far as suppressions care. */
export interface CommentSyntax {
  /** A line ending in `\` goes on to the next one (Dockerfile instructions, shell). */
  backslashContinues?: boolean;
  /** `//` opens a comment too (devcontainer.json is JSON with comments). */
  slashComments?: boolean;
}

export interface ParsedSuppressions {
  suppressions: Suppression[];
  malformed: MalformedSuppression[];
}

export function parseSuppressions(source: LineIndex, syntax: CommentSyntax): Suppression[] {
  return parseSuppressionComments(source, syntax).suppressions;
}

export function parseSuppressionComments(source: LineIndex, syntax: CommentSyntax): ParsedSuppressions {
  const out: ParsedSuppressions = { suppressions: [], malformed: [] };
  // Most files have no directive: they cost one search, not an array of their lines.
  if (!source.text.includes('isolint-ignore')) return out;
  const pattern = syntax.slashComments ? SLASH_DIRECTIVE : DIRECTIVE;
  const commentOnly = syntax.slashComments ? /^\s*((#|\/\/).*)?$/ : /^\s*(#.*)?$/;
  // Lines as every location counts them: a lone CR ends a line too.
  const lines = source.lineTexts();
  lines.forEach((text, i) => {
    const m = pattern.exec(text);
    if (!m) return;
    const line = i + 1;
    const column = m.index + 1;
    const loc: Location = { file: source.file, startLine: line, startColumn: column, endLine: line, endColumn: text.trimEnd().length + 1 };
    const fileScope = m[1] !== undefined;
    const directive = fileScope ? 'isolint-ignore-file' : 'isolint-ignore';
    if (!m[2]) {
      out.malformed.push({ loc, message: `${directive} needs a colon before its rule ids: # ${directive}: rule-id -- reason` });
      return;
    }
    // The rule ids run up to ` -- reason` (or the end of the line).
    const rest = m[3]!;
    const restStart = m.index + m[0].length - rest.length;
    const dashes = rest.indexOf('--');
    const list = dashes < 0 ? rest : rest.slice(0, dashes);
    const reason = dashes < 0 ? '' : rest.slice(dashes + 2).trim();
    // Kept for the whole run, so copied out of the file's text (see own-string.ts).
    const ids = [...list.matchAll(ID)].map((t) => ({
      id: ownSharedString(t[0]),
      loc: { file: source.file, startLine: line, startColumn: restStart + t.index + 1, endLine: line, endColumn: restStart + t.index + t[0].length + 1 },
    }));
    if (!ids.length) {
      out.malformed.push({ loc, message: `${directive} names no rule id: # ${directive}: rule-id -- reason` });
      return;
    }
    let first = line;
    let last = line;
    if (fileScope) {
      first = 1;
      last = Number.MAX_SAFE_INTEGER;
    } else {
      const standalone = text.slice(0, m.index).trim() === '';
      let next = i;
      if (standalone) {
        next = i + 1;
        while (next < lines.length && commentOnly.test(lines[next]!)) next++;
      }
      let end = next;
      // A Dockerfile instruction goes on while its lines end in a backslash.
      if (syntax.backslashContinues) while (end + 1 < lines.length && /\\\s*$/.test(lines[end]!)) end++;
      first = next + 1;
      last = end + 1;
    }
    out.suppressions.push({
      rules: new Set(ids.map((x) => x.id)),
      ids,
      justification: ownSharedString(reason) || 'suppressed in source',
      hasReason: reason !== '',
      scope: fileScope ? 'file' : 'lines',
      loc,
      comment: ownSharedString(text.slice(m.index).trim()),
      firstLine: first,
      lastLine: last,
    });
  });
  return out;
}

/**
 * Splits findings into those reported and those a comment suppresses (with its reason).
 * `used` holds, per suppression, the rule ids that suppressed at least one finding.
 */
export function applySuppressions(
  findings: Finding[],
  suppressionsOf: (file: string) => Suppression[],
): { reported: Finding[]; suppressed: Finding[]; used: Map<Suppression, Set<string>> } {
  const reported: Finding[] = [];
  const suppressed: Finding[] = [];
  const used = new Map<Suppression, Set<string>>();
  for (const f of findings) {
    const line = f.location.startLine;
    // Every comment that covers the finding counts as used; the nearest one gives the reason.
    const by = suppressionsOf(f.location.file)
      .filter((s) => s.rules.has(f.ruleId) && line >= s.firstLine && line <= s.lastLine)
      .sort((a, b) => (a.scope === b.scope ? 0 : a.scope === 'lines' ? -1 : 1));
    for (const s of by) {
      const ids = used.get(s) ?? new Set<string>();
      ids.add(f.ruleId);
      used.set(s, ids);
    }
    if (by[0]) suppressed.push({ ...f, suppression: { justification: by[0].justification, loc: by[0].loc } });
    else reported.push(f);
  }
  return { reported, suppressed, used };
}

export interface SuppressionProblemOptions {
  /** Every rule id isolint knows. */
  knownRules: readonly string[];
  /** Whether a rule ran on the file (on in its profile or configured): only then can a suppression of it be unused. */
  ruleRan: (file: string, ruleId: string) => boolean;
  /** Whether to report unused suppressions in the file (`--report-unused-suppressions`, or its profile). */
  reportUnused: (file: string) => boolean;
  /** Whether to report suppressions without a reason in the file (its profile). */
  requireReason: (file: string) => boolean;
  /** The nearest known rule id to a mistyped one, if any. */
  suggest: (id: string, known: readonly string[]) => string | undefined;
}

/** Findings of isolint's own suppression checks for one file's comments. */
export function suppressionProblems(
  file: string,
  parsed: ParsedSuppressions,
  used: ReadonlyMap<Suppression, ReadonlySet<string>>,
  options: SuppressionProblemOptions,
): Finding[] {
  const out: Finding[] = [];
  const known = new Set(options.knownRules);
  const problem = (check: SuppressionCheck, loc: Location, message: string, key: string): Finding => ({
    ruleId: check.id,
    level: check.level,
    securitySeverity: 0,
    message,
    location: loc,
    related: [],
    logicalKey: key,
  });
  for (const m of parsed.malformed) out.push(problem(SUPPRESSION_CHECKS.invalid, m.loc, m.message, m.message));
  const reportUnused = options.reportUnused(file);
  const requireReason = options.requireReason(file);
  for (const s of parsed.suppressions) {
    const directive = s.scope === 'file' ? 'isolint-ignore-file' : 'isolint-ignore';
    for (const { id, loc } of s.ids) {
      if (!known.has(id)) {
        const guess = options.suggest(id, options.knownRules);
        const own = Object.values(SUPPRESSION_CHECKS).some((c) => c.id === id);
        const message = own
          ? `${directive} names "${id}", which checks suppressions and cannot itself be suppressed: fix what it reports instead`
          : `${directive} names an unknown rule id "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}: it suppresses nothing`;
        out.push(problem(SUPPRESSION_CHECKS.invalid, loc, message, `${s.comment}|unknown|${id}`));
      } else if (reportUnused && !used.get(s)?.has(id) && options.ruleRan(file, id)) {
        const where = s.scope === 'file' ? 'in this file' : 'where it stands';
        out.push(problem(SUPPRESSION_CHECKS.unused, loc, `${directive}: ${id} has nothing to suppress ${where}; remove it`, `${s.comment}|unused|${id}`));
      }
    }
    if (requireReason && !s.hasReason) {
      out.push(
        problem(SUPPRESSION_CHECKS.withoutReason, s.loc, `${directive} of ${[...s.rules].join(', ')} gives no reason: add "-- <why this is acceptable>"`, `${s.comment}|no-reason`),
      );
    }
  }
  return out;
}
