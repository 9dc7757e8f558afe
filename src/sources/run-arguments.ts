/**
 * `docker run` arguments written outside a shell script (devcontainer.json `runArgs`, Quadlet
 * `PodmanArgs=`, a workflow's `container.options`), each one located word, read into the
 * runtime model by the docker CLI reader. Until that reader lands this is a placeholder that
 * reads nothing.
 */
import type { Located } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { FileNote } from './problems.js';
import type { Piece } from './located-text.js';

export interface RunBase {
  kind: RuntimeModel['kind'];
  name: Located<string>;
  title: string;
  file: string;
}

export function applyRunArguments(args: Piece[], base: RunBase, container: RuntimeModel): { container: RuntimeModel; notes: FileNote[] } {
  void args;
  void base;
  return { container, notes: [] };
}
