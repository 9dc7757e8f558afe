/**
 * Inline suppressions: `# isolint-ignore: rule-id[, rule-id] -- reason`. Written at the end
 * of a line it covers that line; standing alone it covers the next line that is not blank or
 * a comment, and in a Dockerfile the whole instruction that starts there (its continuation
 * lines too). A suppressed finding is not lost: it is reported apart, with its reason, and
 * SARIF carries it as dismissed in source.
 */
import type { LineIndex, Location } from '../position.js';
import type { Finding } from './finding.js';

export interface Suppression {
  rules: Set<string>;
  justification: string;
  /** The comment itself. */
  loc: Location;
  /** Lines covered, inclusive. */
  firstLine: number;
  lastLine: number;
}

const DIRECTIVE = /#\s*isolint-ignore:\s*([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)\s*(?:--\s*(.*?))?\s*$/;

export function parseSuppressions(source: LineIndex, dockerfile: boolean): Suppression[] {
  const lines = source.text.split(/\r?\n/);
  const out: Suppression[] = [];
  lines.forEach((text, i) => {
    const m = DIRECTIVE.exec(text);
    if (!m) return;
    const standalone = text.slice(0, m.index).trim() === '';
    let first = i;
    if (standalone) {
      first = i + 1;
      while (first < lines.length && /^\s*(#.*)?$/.test(lines[first]!)) first++;
    }
    let last = first;
    // A Dockerfile instruction goes on while its lines end in a backslash.
    if (dockerfile) while (last + 1 < lines.length && /\\\s*$/.test(lines[last]!)) last++;
    const column = m.index + 1;
    out.push({
      rules: new Set(m[1]!.split(',').map((r) => r.trim())),
      justification: m[2]?.trim() || 'suppressed in source',
      loc: { file: source.file, startLine: i + 1, startColumn: column, endLine: i + 1, endColumn: text.length + 1 },
      firstLine: first + 1,
      lastLine: last + 1,
    });
  });
  return out;
}

/** Splits findings into those reported and those a comment suppresses (with its reason). */
export function applySuppressions(
  findings: Finding[],
  suppressionsOf: (file: string) => Suppression[],
): { reported: Finding[]; suppressed: Finding[] } {
  const reported: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const line = f.location.startLine;
    const by = suppressionsOf(f.location.file).find((s) => s.rules.has(f.ruleId) && line >= s.firstLine && line <= s.lastLine);
    if (by) suppressed.push({ ...f, suppression: { justification: by.justification, loc: by.loc } });
    else reported.push(f);
  }
  return { reported, suppressed };
}
