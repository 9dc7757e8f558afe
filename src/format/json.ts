/**
 * Machine-readable report. The shape is versioned by `schemaVersion`; fields are only
 * added within a version. Documented in README ("JSON output").
 */
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { Finding } from '../engine/finding.js';
import type { FileError, FileNote } from '../sources/problems.js';
import type { Formatter } from './formatter.js';

export const JSON_SCHEMA_VERSION = 1;

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'versioned JSON document (schemaVersion 1)',
  format({ result, profile }) {
    const doc = {
      schemaVersion: JSON_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      profile,
      findings: result.findings.map(findingJson),
      suppressed: (result.suppressed ?? []).map((f) => ({ ...findingJson(f), justification: f.suppression?.justification ?? '' })),
      ...(result.baseline
        ? {
            baselined: (result.baselined ?? []).map((f) => ({ ...findingJson(f), fingerprint: f.baseline?.fingerprint ?? '' })),
            baseline: result.baseline,
          }
        : {}),
      errors: result.errors.map(fileMessageJson),
      notes: (result.notes ?? []).map(fileMessageJson),
      files: result.files,
    };
    return JSON.stringify(doc, null, 2) + '\n';
  },
};

function fileMessageJson(e: FileError | FileNote) {
  return { file: e.file, message: e.message, ...(e.line ? { line: e.line, column: e.column ?? 1 } : {}) };
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    securitySeverity: f.securitySeverity,
    message: f.message,
    file: f.location.file,
    startLine: f.location.startLine,
    startColumn: f.location.startColumn,
    endLine: f.location.endLine,
    endColumn: f.location.endColumn,
    related: f.related.map((r) => ({
      message: r.message,
      file: r.loc.file,
      startLine: r.loc.startLine,
      startColumn: r.loc.startColumn,
      endLine: r.loc.endLine,
      endColumn: r.loc.endColumn,
    })),
  };
}
