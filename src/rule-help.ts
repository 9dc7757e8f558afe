/**
 * Rule documentation in the terminal: `isolint rules` (a table, or JSON for scripts) and
 * `isolint explain <id>` (why the rule exists, how to fix what it flags, a bad and a good example). Both
 * come from the rule metadata the docs pages are generated from, so the three agree.
 */
import { compareText } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import { ruleHelpUri } from './format/help-uri.js';

export function rulesTable(rules: readonly Rule[]): string {
  const sorted = [...rules].sort((a, b) => compareText(a.id, b.id));
  const rows = [['id', 'level', 'profile', 'severity', 'title'], ...sorted.map((r) => [r.id, r.level, r.profile, r.securitySeverity.toFixed(1), r.title])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

export function rulesJson(rules: readonly Rule[]): string {
  const sorted = [...rules].sort((a, b) => compareText(a.id, b.id));
  const list = sorted.map((r) => ({
    id: r.id,
    title: r.title,
    level: r.level,
    securitySeverity: r.securitySeverity,
    profile: r.profile,
    sources: r.sources,
    category: r.category,
    helpUri: ruleHelpUri(r.id),
  }));
  return JSON.stringify(list, null, 2) + '\n';
}

/** Plain text, wrapped for a terminal, of everything a rule's page says. */
export function explainRule(rule: Rule): string {
  const out = [
    `${rule.id}: ${rule.title}`,
    '',
    `level ${rule.level}, security severity ${rule.securitySeverity.toFixed(1)}, profile ${rule.profile}, reads ${rule.sources.join(' and ')}`,
    '',
    'Why it matters',
    ...wrap(rule.rationale),
    '',
    'How to fix it',
    ...wrap(rule.fix),
  ];
  const kind = rule.examples.kind === 'dockerfile' ? 'Dockerfile' : 'Compose file';
  out.push('', `Bad (${kind}; the rule flags it)`, ...indent(rule.examples.bad));
  out.push('', `Good (${kind}, fixed; the rule does not flag it)`, ...indent(rule.examples.good));
  if (rule.options) out.push('', 'Options (in a configuration file)', ...wrap(rule.options.description));
  if (rule.references.length) out.push('', 'References', ...rule.references.map((r) => `  ${r}`));
  out.push('', `More: ${ruleHelpUri(rule.id)}`);
  return out.join('\n') + '\n';
}

const WIDTH = 88;

function indent(text: string): string[] {
  return text.replace(/\n+$/, '').split('\n').map((l) => (l ? `  ${l}` : ''));
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WIDTH - 2) {
      lines.push(`  ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`  ${line}`);
  return lines;
}
