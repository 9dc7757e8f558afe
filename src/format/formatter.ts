import type { LintResult } from '../lint.js';
import type { Profile, Rule } from '../engine/rule.js';

export interface ReportInput {
  result: LintResult;
  profile: Profile;
  /** Rules that ran (those on in the profile). */
  rules: readonly Rule[];
  /** Folder the run was made from; file paths in the result are relative to it. */
  cwd: string;
  /** SARIF `automationDetails.id` category. */
  category?: string;
}

export interface FormatOptions {
  color: boolean;
}

export interface Formatter {
  name: string;
  description: string;
  format(input: ReportInput, options: FormatOptions): string;
}
