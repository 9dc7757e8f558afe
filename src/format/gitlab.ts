/**
 * GitLab Code Quality report (a JSON array read from `artifacts:reports:codequality`).
 * Severity uses GitLab's names; the mapping is in README ("GitLab Code Quality"):
 * a note is `info`; otherwise the security severity decides, in GitHub's bands.
 */
import type { Finding } from '../engine/finding.js';
import type { Formatter } from './formatter.js';
import { repoPath, repoRootOf, resultFingerprints } from './repo.js';

export type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export function gitlabSeverity(f: Pick<Finding, 'level' | 'securitySeverity'>): GitLabSeverity {
  if (f.level === 'note') return 'info';
  if (f.securitySeverity >= 9) return 'blocker';
  if (f.securitySeverity >= 7) return 'critical';
  if (f.securitySeverity >= 4) return 'major';
  return 'minor';
}

export const gitlabFormatter: Formatter = {
  name: 'gitlab',
  description: 'GitLab Code Quality JSON',
  format({ result, cwd, repoRoot }) {
    // GitLab matches `location.path` against the repository's files.
    const root = repoRoot ?? repoRootOf(cwd);
    const path = (file: string) => repoPath(file, cwd, root).path;
    // Counted over every finding of the run, as SARIF counts them, so the two agree.
    const prints = resultFingerprints(result, (f) => path(f.location.file));
    const issues = result.findings.map((f) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: prints.get(f),
      severity: gitlabSeverity(f),
      location: { path: path(f.location.file), lines: { begin: f.location.startLine } },
    }));
    return JSON.stringify(issues, null, 2) + '\n';
  },
};
