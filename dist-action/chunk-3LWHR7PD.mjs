import { createRequire as __isolintCreateRequire } from 'node:module';
const require = __isolintCreateRequire(import.meta.url);

// src/engine/finding.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function compareFindingsFully(a, b) {
  return compareFindings(a, b) || a.location.endLine - b.location.endLine || a.location.endColumn - b.location.endColumn || compareText(a.level, b.level) || a.securitySeverity - b.securitySeverity || compareText(a.logicalKey, b.logicalKey) || (a.related.length || b.related.length ? compareText(JSON.stringify(a.related), JSON.stringify(b.related)) : 0) || compareText(JSON.stringify(a.suppression ?? null), JSON.stringify(b.suppression ?? null));
}

export {
  compareText,
  compareFindings,
  compareFindingsFully
};
