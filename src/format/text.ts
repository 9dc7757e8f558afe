/** Human-readable report: findings grouped by file, then a one-line summary. */
import { Chalk } from 'chalk';
import type { Level } from '../engine/rule.js';
import type { Formatter } from './formatter.js';
import { ruleHelpUri } from './help-uri.js';
import { visible as v } from './visible.js';

export const textFormatter: Formatter = {
  name: 'text',
  description: 'findings grouped by file, for people (default)',
  format({ result, rules }, { color, verbose }) {
    const fixes = new Map(rules.map((r) => [r.id, r.fix]));
    const c = new Chalk({ level: color ? 1 : 0 });
    const paint: Record<Level, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.cyan };
    const lines: string[] = [];
    const byFile = new Map<string, typeof result.findings>();
    for (const f of result.findings) {
      const list = byFile.get(f.location.file) ?? [];
      list.push(f);
      byFile.set(f.location.file, list);
    }
    for (const [name, findings] of byFile) {
      const file = v(name);
      lines.push(c.underline(file));
      for (const f of findings) {
        const { startLine, startColumn } = f.location;
        lines.push(`${c.dim(`${file}:${startLine}:${startColumn}`)} ${paint[f.level](f.level)} ${c.bold(f.ruleId)} ${v(f.message)}`);
        for (const r of f.related) lines.push(`    ${c.dim(`${v(r.loc.file)}:${r.loc.startLine}:${r.loc.startColumn}`)} ${v(r.message)}`);
        const fix = verbose ? fixes.get(f.ruleId) : undefined;
        if (fix) lines.push(`    ${c.dim('fix:')} ${fix}`);
      }
      // Where to read more, once per rule of this file (also `isolint explain <id>`).
      for (const id of [...new Set(findings.map((f) => f.ruleId))]) lines.push(c.dim(`  ${id}: ${ruleHelpUri(id)}`));
      lines.push('');
    }
    const where = (e: { file: string; line?: number; column?: number }) => v(e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file);
    for (const n of result.notes ?? []) lines.push(`${c.dim(where(n))} ${c.cyan('note')} ${v(n.message)}`);
    if (result.notes?.length) lines.push('');
    for (const e of result.errors) lines.push(`${where(e)} ${c.red('error')} ${v(e.message)}`);
    if (result.errors.length) lines.push('');
    const count = (level: Level) => result.findings.filter((f) => f.level === level).length;
    const linted = result.files.filter((f) => f.status === 'linted').length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = [
      plural(result.findings.length, 'finding'),
      `(${paint.error(plural(count('error'), 'error'))}, ${paint.warning(plural(count('warning'), 'warning'))}, ${paint.note(plural(count('note'), 'note'))})`,
      `in ${plural(linted, 'file')}`,
    ];
    const suppressed = result.suppressed?.length ?? 0;
    if (suppressed) summary.push(`; ${suppressed} suppressed`);
    if (result.baseline) summary.push(`; ${result.baseline.baselined} baselined, ${result.baseline.fixed} fixed since ${result.baseline.file}`);
    if (result.notes?.length) summary.push(`; ${plural(result.notes.length, 'file note')}`);
    if (result.errors.length) summary.push(`; ${c.red(plural(result.errors.length, 'file error'))}`);
    lines.push(summary.join(' ').replaceAll(' ;', ';'));
    return lines.join('\n') + '\n';
  },
};
