/** How the gitlab-ci source reads its files: loaded by its `prepare` (src/sources/gitlab-ci.ts), only when a run has such files. */
import { get, type YNode, type YScalar } from '../compose/yaml.js';
import { gitlabVariables, readYaml, scalarPiece } from './common/ci-yaml.js';
import { scriptContainers } from './docker-cli/ci-scripts.js';
import { eachFile, type SourceFile, type SourceOutput } from './source.js';

/** Top-level keys that are not jobs. */
const GLOBAL_KEYS = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'types']);

export function load(files: SourceFile[]): Iterable<SourceOutput> {
  return eachFile(files, loadOne);
}

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
