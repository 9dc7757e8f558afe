/**
 * Dockerfiles and Containerfiles → image models, one file at a time; and the containers that
 * `RUN docker run …` steps start (a build that runs containers: a CI image, a test stage).
 */
import { parseImage } from '../image/parse.js';
import { LineIndex } from '../position.js';
import { containersOfScripts } from './docker-cli/find.js';
import { emptyOutput, type Source, type SourceFile, type SourceOptions, type SourceOutput } from './source.js';

/**
 * Names that look like a Dockerfile's (`Dockerfile.*`) but are not one: a .dockerignore file,
 * documentation and text beside it, and editor and merge leftovers. The pre-commit hook's
 * `exclude` pattern is the same list (a test holds the two together).
 */
const NOT_A_DOCKERFILE = /(\.dockerignore|\.(md|markdown|rst|adoc|txt|html?|swp|swo|bak|orig|rej|tmp)|~)$/;
const DOCKERFILE_NAME = /^(dockerfile|containerfile)(\..+)?$|\.(dockerfile|containerfile)$/;

export const dockerfileSource: Source = {
  kind: 'dockerfile',
  reads: '`Dockerfile`, `Containerfile`, `Dockerfile.*`, `*.dockerfile`, `*.containerfile` (and any file named on the command line that no other source claims); also the `docker run` commands of their `RUN` steps',
  usesShellParser: true,
  comments: { backslashContinues: true },
  claims(path, named) {
    // Last in the registry: a file the user names that nothing else claims is read as a Dockerfile.
    if (named) return true;
    const name = baseName(path).toLowerCase();
    return !NOT_A_DOCKERFILE.test(name) && DOCKERFILE_NAME.test(name);
  },
  *load(files: SourceFile[], options: SourceOptions): Iterable<SourceOutput> {
    // Each file on its own: judged and dropped before the next is parsed.
    for (const file of files) yield readDockerfile(file, options);
  },
};

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function readDockerfile(file: SourceFile, options: SourceOptions): SourceOutput {
  const out = emptyOutput();
  try {
    const text = file.text; // read here, once: a file on disk is read when asked
    const lines = new LineIndex(file.display, text);
    out.texts.set(file.display, lines);
    const image = (options.images?.parse ?? parseImage)({ file: file.display, text, ...(options.target ? { target: options.target } : {}) });
    if (image.missingTarget) throw new Error(`target stage "${image.missingTarget}" not found`);
    out.images.push(image);
    // `RUN docker run …`: the containers a build step starts.
    const runs = image.instructions.filter((i) => i.keyword === 'RUN' && i.shell).map((i) => i.shell!);
    const started = containersOfScripts(runs, file.display, lines);
    out.containers.push(...started.containers);
    out.notes.push(...started.notes);
    out.files.push({ file: file.display, kind: 'dockerfile', status: 'linted' });
  } catch (e) {
    out.errors.push({ file: file.display, message: (e as Error).message });
    out.files.push({ file: file.display, kind: 'dockerfile', status: 'error' });
  }
  return out;
}
