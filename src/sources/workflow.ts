/**
 * GitHub Actions workflows (`.github/workflows/*.yml`, `*.yaml`) → runtime models of the
 * containers a job runs in (`jobs.<id>.container`) and beside (`jobs.<id>.services.<name>`):
 * `image`, `options` (more `docker create` arguments, split into located words and read by
 * the docker CLI reader), `volumes`, `ports` and `env`. `${{ … }}` expressions are unresolved
 * values, never guessed. `run:` steps are shell scripts; the `docker run` lines in them are
 * read by the docker CLI reader as well.
 */
import { prepared, type Source } from './source.js';

/** The reading code and the parser it needs, imported by `prepare`. */
let reader: typeof import('./workflow-read.js') | undefined;

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

export const workflowSource: Source = {
  kind: 'github-workflow',
  reads: 'GitHub Actions workflows, `.github/workflows/*.yml` and `*.yaml`: `jobs.<id>.container` and `jobs.<id>.services.<name>` (`image`, `options`, `volumes`, `ports`, `env`), and the `docker run` commands of `run:` steps',
  usesShellParser: true,
  comments: {},
  claims(path) {
    return WORKFLOW_PATH.test(path);
  },
  async prepare() {
    reader ??= (await import('./readers.js')).workflow;
  },
  load: (files) => prepared(reader, 'github-workflow').load(files),
};
