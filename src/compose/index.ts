/**
 * Compose files. Until the Compose loader lands they are listed as skipped, not dropped.
 */
import type { DiscoveredFile } from '../discover.js';
import type { FileError } from '../engine/finding.js';
import type { LineIndex } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { LintedFile } from '../lint.js';

export interface ComposeOptions {
  cwd?: string;
}

export interface ComposeLoadResult {
  containers: RuntimeModel[];
  errors: FileError[];
  files: LintedFile[];
  /** Text of every file a runtime finding may point into. */
  sources: Map<string, LineIndex>;
}

export function loadCompose(files: { file: DiscoveredFile; text: string }[], _options: ComposeOptions): ComposeLoadResult {
  return {
    containers: [],
    errors: [],
    files: files.map(({ file }) => ({ file: file.display, kind: 'compose' as const, status: 'skipped' as const })),
    sources: new Map(),
  };
}
