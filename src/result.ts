/** What a run of lint() returns: the formats and the Action read it, without knowing how it was made. */
import type { BaselineSummary } from './baseline.js';
import type { Finding } from './engine/finding.js';
import type { FileError, FileNote, LintedFile } from './sources/source.js';

export interface LintResult {
  /** Findings to act on (not suppressed). */
  findings: Finding[];
  /** Findings an `# isolint-ignore:` comment suppresses, each with its reason. */
  suppressed: Finding[];
  /** With a baseline: the findings it records (not counted for the exit code). */
  baselined?: Finding[];
  /** With a baseline: which file, and how many of its findings are gone. */
  baseline?: BaselineSummary;
  errors: FileError[];
  /** What could not be checked, and other things worth saying about a file; never an error. */
  notes: FileNote[];
  files: LintedFile[];
}
