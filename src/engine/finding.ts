import type { Location } from '../position.js';
import type { Level } from './rule.js';

export interface Finding {
  ruleId: string;
  level: Level;
  securitySeverity: number;
  message: string;
  location: Location;
  related: { loc: Location; message: string }[];
  /** Location-independent identity of what is flagged (see ReportOptions.logicalKey). */
  logicalKey: string;
  /** Set when an `# isolint-ignore` comment suppresses the finding. */
  suppression?: { justification: string; loc: Location };
  /** Set when the run compared findings with a baseline: its fingerprint, and whether the baseline records it. */
  baseline?: { fingerprint: string; state: 'new' | 'unchanged' };
}

/** Code-unit order: the same bytes out whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/**
 * `compareFindings`, and then every other field: a total order, so that which of two findings
 * at the same place with the same message comes first does not depend on the order in which
 * files were read (worker threads read them in shares).
 */
export function compareFindingsFully(a: Finding, b: Finding): number {
  return (
    compareFindings(a, b) ||
    a.location.endLine - b.location.endLine ||
    a.location.endColumn - b.location.endColumn ||
    compareText(a.level, b.level) ||
    a.securitySeverity - b.securitySeverity ||
    compareText(a.logicalKey, b.logicalKey) ||
    (a.related.length || b.related.length ? compareText(JSON.stringify(a.related), JSON.stringify(b.related)) : 0) ||
    compareText(JSON.stringify(a.suppression ?? null), JSON.stringify(b.suppression ?? null))
  );
}
