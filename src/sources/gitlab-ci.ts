/**
 * GitLab CI files (`.gitlab-ci.yml`, `*.gitlab-ci.yml`). A job's `script:`,
 * `before_script:` and `after_script:` lines are shell: the `docker run` lines in them are
 * read into runtime models by the docker CLI reader. A job's `services:` run beside it, but
 * how they run (privileged or not, capabilities, mounts) is the runner's configuration, not
 * this file's: a `docker:dind` service works only on a privileged runner, which is said in a
 * note (the catalog's privileged-container judges what a file writes, and this file writes
 * no `privileged`).
 */
import { get, type YNode, type YScalar } from '../compose/yaml.js';
import { baseName } from './dockerfile.js';
import { gitlabVariables, readYaml, scalarPiece } from './common/ci-yaml.js';
import { scriptContainers } from './docker-cli/ci-scripts.js';
import { emptyOutput, type Source, type SourceFile, type SourceOutput } from './source.js';

/** Top-level keys that are not jobs. */
const GLOBAL_KEYS = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'types']);

export const gitlabCiSource: Source = {
  kind: 'gitlab-ci',
  reads: 'GitLab CI files, `.gitlab-ci.yml` and `*.gitlab-ci.yml`: the `docker run` commands of `script:`, `before_script:` and `after_script:` lines; a `docker:dind` service is noted (it needs a privileged runner)',
  usesShellParser: true,
  comments: {},
  claims(path) {
    const name = baseName(path);
    return name === '.gitlab-ci.yml' || name.endsWith('.gitlab-ci.yml');
  },
  // Each file on its own: judged and dropped before the next is read.
  *load(files) {
    for (const file of files) {
      const out = emptyOutput();
      loadOne(file, out);
      yield out;
    }
  },
};

function loadOne(file: SourceFile, out: SourceOutput): void {
  const read = readYaml(file, 'gitlab-ci', out);
  const root = read?.root;
  if (!root || root.kind !== 'map') return;
  const defaults = get(root, 'default');
  const dind = (services: YNode | undefined, who: string) => {
    for (const s of services?.kind === 'seq' ? services.items : []) {
      const nameNode = s.kind === 'map' ? get(s, 'name') : s;
      const p = scalarPiece(nameNode, gitlabVariables);
      if (!p || p.holes.length) continue;
      if (/(^|\/)docker:[^@\s]*dind/.test(p.value)) {
        out.notes.push({
          file: file.display,
          message: `${who} uses the ${p.value} service: Docker-in-Docker runs only on a privileged runner, whose containers have every capability and device of the host; the runner's configuration decides that, not this file`,
          line: p.loc.startLine,
          column: p.loc.startColumn,
        });
      }
    }
  };
  dind(get(defaults, 'services') ?? get(root, 'services'), 'the pipeline');
  const scripts = (node: YNode | undefined) => {
    for (const line of scriptLines(node)) {
      // `$VAR` is shell syntax already: the shell parser leaves it unresolved.
      const found = scriptContainers(line, file.display);
      out.containers.push(...found.containers);
      out.notes.push(...found.notes);
    }
  };
  for (const key of ['before_script', 'after_script']) scripts(get(defaults, key) ?? get(root, key));
  for (const job of root.pairs) {
    const id = job.key.text;
    if (GLOBAL_KEYS.has(id) || job.value.kind !== 'map') continue;
    dind(get(job.value, 'services'), `job ${id}`);
    for (const key of ['script', 'before_script', 'after_script']) scripts(get(job.value, key));
  }
}

/** The lines of a `script:` (a string, a list, lists nested in it by `!reference`). */
function scriptLines(node: YNode | undefined, depth = 0): YScalar[] {
  if (!node || depth > 10) return [];
  if (node.kind === 'scalar') return typeof node.value === 'string' ? [node] : [];
  if (node.kind === 'seq') return node.items.flatMap((n) => scriptLines(n, depth + 1));
  return [];
}
