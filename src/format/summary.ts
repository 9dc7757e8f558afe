/**
 * The Markdown a GitHub Actions job summary shows: how many findings at each level, and the
 * rules that fired most, each linked to its documentation. Only counts and isolint's own rule
 * titles are written, so no file content reaches the page.
 */
import { compareText } from '../engine/finding.js';
import type { Level, Rule } from '../engine/rule.js';
import type { LintResult } from '../result.js';
import { ruleHelpUri } from './help-uri.js';

const LEVELS: Level[] = ['error', 'warning', 'note'];
const TOP_RULES = 10;

export function jobSummary(result: LintResult, rules: readonly Rule[]): string {
  const count = (level: Level) => result.findings.filter((f) => f.level === level).length;
  const linted = result.files.filter((f) => f.status === 'linted').length;
  const out = [
    '## isolint',
    '',
    `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} in ${linted} file${linted === 1 ? '' : 's'}.`,
    '',
    '| level | findings |',
    '|---|---:|',
    ...LEVELS.map((l) => `| ${l} | ${count(l)} |`),
    `| suppressed | ${result.suppressed.length} |`,
    `| files that could not be read or parsed | ${result.errors.length} |`,
    `| notes (not checked) | ${result.notes.length} |`,
    '',
  ];
  const byRule = new Map<string, number>();
  for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const top = [...byRule].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, TOP_RULES);
  if (top.length) {
    const titles = new Map(rules.map((r) => [r.id, r.title]));
    out.push('| rule | findings |', '|---|---:|');
    for (const [id, n] of top) out.push(`| [\`${id}\`](${ruleHelpUri(id)}) ${titles.get(id) ?? ''} | ${n} |`);
    if (byRule.size > top.length) out.push('', `… and ${byRule.size - top.length} more rules.`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
