/**
 * The Dockerfile behind a service's `build:`, parsed through the image model at
 * `build.target` with `build.args`, so runtime rules can judge what the service runs (its
 * USER, its HEALTHCHECK). Only files inside the project root are read unless the user allows
 * more: linting a repository must not read files elsewhere on the machine.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseImage } from '../image/parse.js';
import type { ImageModel } from '../image/model.js';
import { LineIndex, type Location } from '../position.js';
import type { RuntimeModel } from '../runtime/model.js';
import { buildMapping } from './merge.js';
import { isInside, notThere, projectRoot, type Loader } from './project.js';
import { SCALAR_STYLE, get, locOf, scalarOffsets, type YNode, type YScalar } from './yaml.js';

export interface BuildOptions {
  /** Read build contexts outside the project root too. */
  allowOutsideContext?: boolean;
  /** The project root when the Compose file is in no git repository: the folder that was linted. */
  root: string;
}


/**
 * Sets `builtImage` on a service with a `build:`. A Dockerfile that is not there or not read
 * (outside the project root) is a note: the service is still judged on what Compose says.
 */
export function attachBuiltImage(container: RuntimeModel, service: YNode, serviceFile: string, loader: Loader, options: BuildOptions): { inline?: ImageModel } {
  const build = container.build;
  const buildNode = get(service, 'build');
  if (!build || !buildNode) return {};
  const spec = buildMapping(buildNode);
  const name = container.name.value;
  const at = (loc: Location) => ({ line: loc.startLine, column: loc.startColumn });
  const buildArgs: Record<string, string> = {};
  for (const a of build.args) if (a.value && !a.value.unresolved?.length) buildArgs[a.name.value] = a.value.value;
  const target = build.target && !build.target.unresolved?.length ? build.target.value : undefined;

  const inline = get(spec, 'dockerfile_inline');
  if (inline?.kind === 'scalar' && typeof inline.value === 'string') {
    const image = inlineImage(inline, target, buildArgs);
    if (!image) return {};
    image.writtenInService = name;
    container.builtImage = image;
    return { inline: image };
  }
  if (!build.contextPath || !build.dockerfilePath) return {}; // remote or unresolved context: nothing to read
  const where = build.dockerfile ?? build.context;
  const whereLoc = where?.loc ?? build.loc;
  const root = projectRoot(serviceFile, options.root);
  const unchecked = "so its image's USER and HEALTHCHECK were not checked";
  if (!options.allowOutsideContext) {
    for (const [what, path] of [
      ['build context', build.contextPath],
      ['Dockerfile', build.dockerfilePath],
    ] as const) {
      if (!isInside(root, path)) {
        loader.note(
          whereLoc.file,
          `service ${name}: the ${what} ${loader.display(path)} is outside the project root ${root === loader.options.cwd ? '.' : loader.display(root)} and was not read (--allow-outside-context reads it), ${unchecked}`,
          at(whereLoc),
        );
        return {};
      }
    }
  }
  const display = loader.display(build.dockerfilePath);
  let text: string;
  try {
    if (statSync(build.dockerfilePath, { throwIfNoEntry: false })?.isDirectory()) throw new Error('is a directory');
    text = loader.read(build.dockerfilePath);
  } catch (e) {
    loader.note(whereLoc.file, `service ${name}: its Dockerfile ${display} ${notThere(e)}, ${unchecked}`, at(whereLoc));
    return {};
  }
  let image: ImageModel;
  try {
    // Many services build one Dockerfile: it is modelled once per target and build args.
    const key = JSON.stringify([build.dockerfilePath, target ?? null, Object.entries(buildArgs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
    image = loader.cached(key, () => (loader.options.images?.parse ?? parseImage)({ file: display, text, ...(target ? { target } : {}), buildArgs }));
  } catch (e) {
    loader.error(display, `cannot parse the Dockerfile of service ${name}: ${(e as Error).message}`);
    return {};
  }
  loader.sources.set(display, image.lines);
  if (image.missingTarget) {
    const loc = build.target?.loc ?? whereLoc;
    loader.note(loc.file, `service ${name}: build target "${image.missingTarget}" is not a stage of ${display}, ${unchecked}`, at(loc));
    return {};
  }
  container.builtImage = image;
  return {};
}

/**
 * `dockerfile_inline`. A literal block (`|`) is parsed in place: the Compose file with
 * everything but the block's text blanked out, so every Dockerfile location is exact in the
 * Compose file. Other styles (quoted, folded, interpolated) are parsed as decoded and every
 * location is approximated by the scalar's own position.
 */
function inlineImage(s: YScalar, target: string | undefined, buildArgs: Record<string, string>): ImageModel | undefined {
  const options = { file: s.file.display, ...(target ? { target } : {}), buildArgs };
  const offsets = scalarOffsets(s);
  const src = s.file.text;
  const exact = s.style === SCALAR_STYLE.LITERAL && !s.interpolated && offsets.every((o, i) => src[o] === s.text[i]);
  if (exact) {
    const keep = new Uint8Array(src.length);
    for (const o of offsets) keep[o] = 1;
    let blanked = '';
    for (let i = 0; i < src.length; i++) blanked += keep[i] || src[i] === '\n' || src[i] === '\r' ? src[i] : ' ';
    return parseImage({ ...options, text: blanked });
  }
  const image = parseImage({ ...options, text: s.text });
  const loc = locOf(s);
  relocate(image, loc);
  return image;
}

/** Points every Location in a model at one place (cycles and shared objects visited once). */
function relocate(root: unknown, to: Location): void {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map || v instanceof Set) continue;
    const o = v as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.startLine === 'number' && typeof o.startColumn === 'number') {
      Object.assign(o, { file: to.file, startLine: to.startLine, startColumn: to.startColumn, endLine: to.endLine, endColumn: to.endColumn });
      continue;
    }
    if (o instanceof LineIndex) continue;
    for (const key of Object.keys(o)) stack.push(o[key]);
  }
}
