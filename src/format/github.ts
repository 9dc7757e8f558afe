/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…::message` line per
 * finding, which the runner turns into annotations on the run and on the pull request's
 * changed lines. Needs no token, so it also works for pull requests from forks.
 */
import type { Level } from '../engine/rule.js';
import type { Formatter } from './formatter.js';
import { repoPath, repoRootOf } from './repo.js';
import { SUPPRESSION_CHECKS } from '../engine/suppress.js';
import { visible } from './visible.js';

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** The message part of a workflow command (as the Actions toolkit escapes it). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A `key=value` property of a workflow command: also `:` and `,`, which end a value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command; terminal-active characters in it are shown as escapes (a message keeps its line breaks). */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(visible(String(v)))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(visible(message, true))}`;
}

export const githubFormatter: Formatter = {
  name: 'github',
  description: 'GitHub Actions workflow commands (annotations)',
  format({ result, rules, cwd, repoRoot }) {
    // The runner resolves `file=` against the workspace, which is the repository root.
    const root = repoRoot ?? repoRootOf(cwd);
    const path = (file: string) => repoPath(file, cwd, root).path;
    const titles = new Map([...rules, ...Object.values(SUPPRESSION_CHECKS)].map((r) => [r.id, r.title]));
    const lines: string[] = [];
    for (const f of result.findings) {
      const { startLine, startColumn, endLine, endColumn } = f.location;
      const title = titles.get(f.ruleId);
      const related = f.related.map((r) => `\n${path(r.loc.file)}:${r.loc.startLine}:${r.loc.startColumn}: ${r.message}`).join('');
      lines.push(
        workflowCommand(
          COMMAND[f.level],
          { file: path(f.location.file), line: startLine, col: startColumn, endLine, endColumn, title: title ? `${f.ruleId}: ${title}` : f.ruleId },
          f.message + related,
        ),
      );
    }
    for (const n of result.notes ?? []) {
      lines.push(workflowCommand('notice', { file: path(n.file), line: n.line, col: n.line ? (n.column ?? 1) : undefined, title: 'isolint: not checked' }, n.message));
    }
    for (const e of result.errors) {
      lines.push(workflowCommand('error', { file: path(e.file), line: e.line, col: e.line ? (e.column ?? 1) : undefined, title: 'isolint: file error' }, e.message));
    }
    return lines.length ? lines.join('\n') + '\n' : '';
  },
};
