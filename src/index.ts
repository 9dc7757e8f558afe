export { lint, type LintOptions, type LintResult, type LintedFile, type InMemoryFile } from './lint.js';
export type { Finding, FileError } from './engine/finding.js';
export type { Rule, RuleMeta, RuleExamples, Level, Profile } from './engine/rule.js';
export type { Location, Located } from './position.js';
export type { ImageModel } from './image/model.js';
export type { RuntimeModel } from './runtime/model.js';
export { allRules } from '../rules/index.js';
export { applyBaseline, baselineDocument, readBaseline, BaselineError, type Baseline, type BaselineEntry, type BaselineSummary } from './baseline.js';
export { SUPPRESSION_CHECKS } from './engine/suppress.js';
