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
