/**
 * Shell scripts written inside another file (a workflow step's `run:`, a GitLab `script:`
 * line): parsed in place, every word located in that file, and the `docker run` lines in them
 * read into runtime models by the docker CLI reader (src/sources/docker-cli/find.ts). GitHub's
 * `${{ … }}` expressions are replaced, before the shell parser sees them, by a shell expansion
 * of the same length (`${matrix_image__}`), so every offset stays exact and the words they
 * are in are unresolved, never guessed.
 */
import { scalarOffsets, type YScalar } from '../../compose/yaml.js';
import type { RuntimeModel } from '../../runtime/model.js';
import { parseShell } from '../../shell.js';
import type { Expressions } from '../common/ci-yaml.js';
import { containersOfScripts } from './find.js';
import type { FileNote } from '../problems.js';

export function scriptContainers(node: YScalar, file: string, mask?: Expressions): { containers: RuntimeModel[]; notes: FileNote[] } {
  let text = node.text;
  for (const s of mask?.(text) ?? []) {
    const n = s.end - s.start;
    const inner = text.slice(s.start, s.end).replace(/^\$\{\{|\}\}$/g, '').trim().replace(/\W+/g, '_');
    const name = `_${inner}`.padEnd(n - 3, '_').slice(0, Math.max(1, n - 3));
    text = `${text.slice(0, s.start)}\${${name}}${text.slice(s.end)}`;
  }
  const script = parseShell({ text, offsets: scalarOffsets(node), lines: node.file.lines });
  return containersOfScripts([script], file, node.file.lines);
}
