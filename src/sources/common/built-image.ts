/**
 * The Dockerfile a container is built from (devcontainer.json's `build.dockerfile`), parsed
 * at its target with its build args and attached as `builtImage`, the way Compose's `build:`
 * is (src/compose/build.ts): runtime rules then judge what is really built (its USER, its
 * HEALTHCHECK). A file that is not there is a note; one outside the project root is not read
 * unless `--allow-outside-context` says so.
 */
import { displayPath } from '../../discover.js';
import { isInside, projectRoot } from '../../git-root.js';
import { parseImage } from '../../image/parse.js';
import type { Location } from '../../position.js';
import { readTextFile } from '../../read-file.js';
import type { RuntimeModel } from '../../runtime/model.js';
import type { SourceOptions, SourceOutput } from '../source.js';

export function attachBuiltImage(container: RuntimeModel, linted: { path: string; root: string }, options: SourceOptions, out: SourceOutput): void {
  const build = container.build;
  if (!build?.dockerfilePath || !build.contextPath) return;
  const where: Location = (build.dockerfile ?? build.context)?.loc ?? build.loc;
  const at = { line: where.startLine, column: where.startColumn };
  const unchecked = "so its image's USER and HEALTHCHECK were not checked";
  const root = projectRoot(linted.path, linted.root);
  const show = (p: string) => displayPath(p, options.cwd);
  if (!options.compose?.allowOutsideContext) {
    for (const [what, path] of [
      ['build context', build.contextPath],
      ['Dockerfile', build.dockerfilePath],
    ] as const) {
      if (!isInside(root, path)) {
        out.notes.push({ file: where.file, message: `${container.title}: the ${what} ${show(path)} is outside the project root and was not read (--allow-outside-context reads it), ${unchecked}`, ...at });
        return;
      }
    }
  }
  const display = show(build.dockerfilePath);
  let text: string;
  try {
    text = readTextFile(build.dockerfilePath, options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {});
  } catch (e) {
    const message = (e as Error).message;
    const why = /no such file|not a directory/i.test(message) ? 'is not there' : `cannot be read (${message})`;
    out.notes.push({ file: where.file, message: `${container.title}: its Dockerfile ${display} ${why}, ${unchecked}`, ...at });
    return;
  }
  const buildArgs: Record<string, string> = {};
  for (const a of build.args) if (a.value && !a.value.unresolved?.length) buildArgs[a.name.value] = a.value.value;
  const target = build.target && !build.target.unresolved?.length ? build.target.value : undefined;
  try {
    const image = (options.images?.parse ?? parseImage)({ file: display, text, ...(target ? { target } : {}), buildArgs });
    out.texts.set(display, image.lines);
    if (image.missingTarget) {
      const loc = build.target?.loc ?? where;
      out.notes.push({ file: loc.file, message: `${container.title}: build target "${image.missingTarget}" is not a stage of ${display}, ${unchecked}`, line: loc.startLine, column: loc.startColumn });
      return;
    }
    container.builtImage = image;
  } catch (e) {
    out.errors.push({ file: display, message: `cannot parse the Dockerfile of ${container.title}: ${(e as Error).message}` });
  }
}
