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

/** A file that could not be read or parsed. The rest of the run goes on. */
export interface FileError {
  file: string;
  message: string;
  /** Where in the file, when the parser said. */
  line?: number;
  column?: number;
}

/**
 * Something isolint could not check (an env file that is not in the checkout, a Dockerfile
 * outside the project root) or should say about a file (a legacy Compose format). A note is
 * never an error: the file is still linted and the exit code is decided by findings alone.
 */
export interface FileNote {
  file: string;
  message: string;
  line?: number;
  column?: number;
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
