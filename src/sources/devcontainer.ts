/**
 * devcontainer.json (`.devcontainer/devcontainer.json`, `.devcontainer.json`,
 * `.devcontainer/<name>/devcontainer.json`) → the runtime model of the dev container. JSON
 * with comments and trailing commas, read with jsonc-parser (src/sources/common/jsonc.ts), every
 * value located where it is written. `runArgs` are `docker run` arguments, one word per
 * array element; the native keys (`privileged`, `capAdd`, `securityOpt`, `mounts`, `init`,
 * `containerUser`, `containerEnv`) are added on top. `build.dockerfile` is parsed and
 * attached as the built image, as Compose's `build:` is. A dev container defined by
 * `dockerComposeFile` is the Compose service it names: the Compose source judges it where
 * that file is linted, and this file only says so in a note.
 */
import { baseName } from './dockerfile.js';
import { prepared, type Source } from './source.js';

/** The reading code and the parser it needs, imported by `prepare`. */
let reader: typeof import('./devcontainer-read.js') | undefined;

const DEVCONTAINER_PATH = /(^|\/)(\.devcontainer\/([^/]+\/)?devcontainer\.json|\.devcontainer\.json)$/;

export const devcontainerSource: Source = {
  kind: 'devcontainer',
  reads:
    '`.devcontainer/devcontainer.json`, `.devcontainer.json`, `.devcontainer/<name>/devcontainer.json`: the dev container\'s `runArgs`, `privileged`, `capAdd`, `securityOpt`, `mounts`, `containerUser`, `containerEnv`, `image` and `build.dockerfile` (a `dockerComposeFile` dev container is judged in its Compose file)',
  // Only `runArgs` and the Dockerfile behind `build` (its RUN commands) need the shell parser;
  // a key spelled with an escape could be either, so it counts too.
  usesShellParser: (files) => files.some((f) => /"(?:build|dockerFile|dockerfile|runArgs)"|\\u/.test(f.text)),
  comments: { slashComments: true },
  claims(path, named) {
    if (DEVCONTAINER_PATH.test(path)) return true;
    return named && baseName(path) === 'devcontainer.json';
  },
  async prepare() {
    reader ??= (await import('./readers.js')).devcontainer;
  },
  load: (files, options) => prepared(reader, 'devcontainer').load(files, options),
};
