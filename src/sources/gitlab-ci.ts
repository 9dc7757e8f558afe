/**
 * GitLab CI files (`.gitlab-ci.yml`, `*.gitlab-ci.yml`). A job's `script:`,
 * `before_script:` and `after_script:` lines are shell: the `docker run` lines in them are
 * read into runtime models by the docker CLI reader. A job's `services:` run beside it, but
 * how they run (privileged or not, capabilities, mounts) is the runner's configuration, not
 * this file's: a `docker:dind` service works only on a privileged runner, which is said in a
 * note (the catalog's privileged-container judges what a file writes, and this file writes
 * no `privileged`).
 */
import { baseName } from './dockerfile.js';
import { prepared, type Source } from './source.js';

/** The reading code and the parser it needs, imported by `prepare`. */
let reader: typeof import('./gitlab-ci-read.js') | undefined;

export const gitlabCiSource: Source = {
  kind: 'gitlab-ci',
  reads: 'GitLab CI files, `.gitlab-ci.yml` and `*.gitlab-ci.yml`: the `docker run` commands of `script:`, `before_script:` and `after_script:` lines; a `docker:dind` service is noted (it needs a privileged runner)',
  usesShellParser: true,
  comments: {},
  claims(path) {
    const name = baseName(path);
    return name === '.gitlab-ci.yml' || name.endsWith('.gitlab-ci.yml');
  },
  async prepare() {
    reader ??= (await import('./readers.js')).gitlabCi;
  },
  load: (files) => prepared(reader, 'gitlab-ci').load(files),
};
