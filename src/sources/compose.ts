/** Compose files → runtime models, assembled into projects as `docker compose` does (src/compose/). */
import { baseName } from './dockerfile.js';
import { prepared, type Source } from './source.js';

/** The Compose loader and its YAML parser, imported by `prepare` (a run without Compose files never compiles them). */
let loader: typeof import('../compose/index.js') | undefined;

const SHELL_BEARING_KEY = /\b(command|entrypoint|healthcheck|build|dockerfile_inline|extends|include)\b/;
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/;

export const composeSource: Source = {
  kind: 'compose',
  reads: '`compose.yaml`, `docker-compose.yml`, `compose.*.yaml`, `docker-compose-*.yml` (and any `.yml`/`.yaml` named on the command line that no other source claims)',
  // Shell text is in `command:`, `entrypoint:` and `healthcheck:`, in the Dockerfile behind
  // `build:`, and in any file `extends:`, `include:` or `-c` brings in. A project with none of
  // these words (images, ports, settings) starts without loading the parser.
  usesShellParser: (files, options) => !!options.compose?.files?.length || files.some((f) => SHELL_BEARING_KEY.test(f.text)),
  comments: {},
  readsFilesOfItsOwn: (options) => !!options.compose?.files?.length,
  claims(path, named) {
    if (named) return /\.ya?ml$/i.test(path);
    return COMPOSE_NAME.test(baseName(path).toLowerCase());
  },
  async prepare() {
    loader ??= (await import('./readers.js')).compose;
  },
  *load(files, options) {
    // One project at a time.
    const compose = { ...options.compose, cwd: options.cwd, ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}) };
    for (const part of prepared(loader, 'compose').composeProjects(files, compose, options.images)) {
      yield { images: part.images, containers: part.containers, errors: part.errors, notes: part.notes, files: part.files, texts: part.sources };
    }
  },
};
