import type { LintResult } from '../result.js';
import type { Profile, Rule } from '../engine/rule.js';

export interface ReportInput {
  result: LintResult;
  profile: Profile;
  /** Rules that ran (those on in the profile). */
  rules: readonly Rule[];
  /**
   * Every rule isolint has, for findings of a rule outside the profile (one a configuration
   * turned on): formats describe those too. Default: `rules`.
   */
  knownRules?: readonly Rule[];
  /** Folder the run was made from; file paths in the result are relative to it. */
  cwd: string;
  /** SARIF `automationDetails.id` category. */
  category?: string;
  /**
   * Root of the repository that CI resolves paths against (SARIF URIs, annotations, GitLab
   * paths). Default: the nearest folder at or above `cwd` that holds `.git`, else `cwd`.
   */
  repoRoot?: string;
  /** The repository and commit analysed (SARIF `versionControlProvenance`), when known. */
  versionControl?: { repositoryUri: string; revisionId?: string; branch?: string };
}

export interface FormatOptions {
  color: boolean;
  /** Text format: print how to fix it under each finding. */
  verbose?: boolean;
}

export interface Formatter {
  name: string;
  description: string;
  format(input: ReportInput, options: FormatOptions): string;
}
