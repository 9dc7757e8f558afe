/** How the github-workflow source reads its files: loaded by its `prepare` (src/sources/workflow.ts), only when a run has such files. */
import type { Located } from '../position.js';
import { defaultContainer, type KeyValue, type RuntimeModel } from '../runtime/model.js';
import { get, getPair, locOf, type YMap, type YNode, type YPair } from '../compose/yaml.js';
import { githubExpressions, optionWords, readYaml, scalarPiece } from './common/ci-yaml.js';
import { portMapping, valueOf, volumeMount } from './common/located-text.js';
import { applyRunArguments } from './docker-cli/run-arguments.js';
import { scriptContainers } from './docker-cli/ci-scripts.js';
import { eachFile, type SourceFile, type SourceOutput } from './source.js';

export function load(files: SourceFile[]): Iterable<SourceOutput> {
  return eachFile(files, loadOne);
}

function loadOne(file: SourceFile, out: SourceOutput): void {
  const read = readYaml(file, 'github-workflow', out);
  if (!read?.root) return;
  const jobs = get(read.root, 'jobs');
  if (!jobs || jobs.kind !== 'map') return;
  const defaultShell = get(get(get(read.root, 'defaults'), 'run'), 'shell');
  for (const job of jobs.pairs) {
    const id = job.key.text;
    const containerPair = getPair(job.value, 'container');
    if (containerPair) {
      const title = `job ${id}'s container in ${file.display}`;
      const c = containerOf(containerPair, { value: id, loc: locOf(containerPair.key) }, title, file.display, out);
      if (c) out.containers.push(c);
    }
    const services = get(job.value, 'services');
    if (services?.kind === 'map') {
      for (const svc of services.pairs) {
        const title = `service ${svc.key.text} of job ${id} in ${file.display}`;
        const c = containerOf(svc, { value: `${id}/${svc.key.text}`, loc: locOf(svc.key) }, title, file.display, out);
        if (c) out.containers.push(c);
      }
    }
    const jobShell = get(get(get(job.value, 'defaults'), 'run'), 'shell') ?? defaultShell;
    const windows = /windows/i.test(JSON.stringify(plainText(get(job.value, 'runs-on'))));
    const steps = get(job.value, 'steps');
    if (steps?.kind !== 'seq') continue;
    for (const step of steps.items) {
      const run = get(step, 'run');
      if (!run || run.kind !== 'scalar' || typeof run.value !== 'string') continue;
      const shell = get(step, 'shell') ?? jobShell;
      const shellName = shell?.kind === 'scalar' ? shell.text.trim().split(/\s+/)[0] : undefined;
      // bash on Linux and macOS runners, pwsh on Windows ones, unless a shell is named.
      if (shellName ? !/^(bash|sh)$/.test(shellName) : windows) continue;
      const found = scriptContainers(run, file.display, githubExpressions);
      out.containers.push(...found.containers);
      out.notes.push(...found.notes);
    }
  }
}

function plainText(node: YNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.text;
  if (node.kind === 'seq') return node.items.map(plainText);
  return node.pairs.map((p) => [p.key.text, plainText(p.value)]);
}

/** `container: node:22` or `{image, options, volumes, ports, env}`. */
function containerOf(pair: YPair, name: Located<string>, title: string, file: string, out: SourceOutput): RuntimeModel | undefined {
  const node = pair.value;
  let container = defaultContainer('ci-container', name, title, file);
  if (node.kind === 'scalar') {
    const image = scalarPiece(node, githubExpressions);
    if (!image || !image.value) return undefined;
    container.image = valueOf(image);
    return container;
  }
  if (node.kind !== 'map') return undefined;
  const image = scalarPiece(get(node, 'image'), githubExpressions);
  if (image?.value) container.image = valueOf(image);
  for (const v of seqScalars(get(node, 'volumes'))) {
    const p = scalarPiece(v, githubExpressions);
    if (p) container.mounts.push(volumeMount(p));
  }
  for (const v of seqScalars(get(node, 'ports'))) {
    const p = scalarPiece(v, githubExpressions);
    if (p) container.ports.push(portMapping(p));
  }
  container.environment.push(...envOf(get(node, 'env')));
  const options = get(node, 'options');
  if (options?.kind === 'scalar' && options.value !== null) {
    const read = applyRunArguments(optionWords(options, githubExpressions), { kind: 'ci-container', name, title, file }, container);
    container = read.container;
    out.notes.push(...read.notes);
  }
  return container;
}

function seqScalars(node: YNode | undefined): YNode[] {
  return node?.kind === 'seq' ? node.items.filter((n) => n.kind === 'scalar' && n.value !== null) : [];
}

function envOf(node: YNode | undefined): KeyValue[] {
  if (!node || node.kind !== 'map') return [];
  return (node as YMap).pairs.map((p) => {
    const v = scalarPiece(p.value, githubExpressions);
    return { name: { value: p.key.text, loc: locOf(p.key) }, value: v ? valueOf(v) : undefined, loc: p.key.file.lines.location(p.start, p.end) };
  });
}
