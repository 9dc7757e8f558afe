/** Compose files → runtime models, assembled into projects as `docker compose` does (src/compose/). */
import { loadCompose } from '../compose/index.js';
import { baseName } from './dockerfile.js';
import type { Source } from './source.js';

const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/;

export const composeSource: Source = {
  kind: 'compose',
  reads: '`compose.yaml`, `docker-compose.yml`, `compose.*.yaml`, `docker-compose-*.yml` (and any `.yml`/`.yaml` named on the command line that no other source claims)',
  // `command:` and `entrypoint:` text is split into commands.
  usesShellParser: true,
  comments: {},
  readsFilesOfItsOwn: (options) => !!options.compose?.files?.length,
  claims(path, named) {
    if (named) return /\.ya?ml$/i.test(path);
    return COMPOSE_NAME.test(baseName(path).toLowerCase());
  },
  load(files, options) {
    const loaded = loadCompose(files, { ...options.compose, cwd: options.cwd, ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}) });
    return { images: loaded.images, containers: loaded.containers, errors: loaded.errors, notes: loaded.notes, files: loaded.files, texts: loaded.sources };
  },
};
