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
  /** Set when an `# isolint-ignore:` comment suppresses the finding. */
  suppression?: { justification: string; loc: Location };
}

/** A file that could not be read or parsed. The rest of the run goes on. */
export interface FileError {
  file: string;
  message: string;
  /** Where in the file, when the parser said. */
  line?: number;
  column?: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
