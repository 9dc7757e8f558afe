/** How the devcontainer source reads its files: loaded by its `prepare` (src/sources/devcontainer.ts), only when a run has such files. */
import { dirname, resolve } from 'node:path';
import { LineIndex, type Located } from '../position.js';
import { defaultContainer, type BuildSpec, type KeyValue, type RuntimeModel } from '../runtime/model.js';
import { attachBuiltImage } from './common/built-image.js';
import { delimited } from './common/ci-yaml.js';
import { entries, items, JsoncError, parseJsonc, prop, propPair, stringPiece, type JNode } from './common/jsonc.js';
import { capability, flagValueOf, mountOf, mountSpec, piece, securityOption, valueOf, type Hole, type Piece } from './common/located-text.js';
import { applyRunArguments } from './docker-cli/run-arguments.js';
import { eachFile, type SourceFile, type SourceOptions, type SourceOutput } from './source.js';

export function load(files: SourceFile[], options: SourceOptions): Iterable<SourceOutput> {
  return eachFile(files, (file, out) => loadOne(file, options, out));
}

function loadOne(file: SourceFile, options: SourceOptions, out: SourceOutput): void {
  const lines = new LineIndex(file.display, file.text);
  out.texts.set(file.display, lines);
  let root: JNode | undefined;
  try {
    root = parseJsonc(lines);
  } catch (e) {
    const at = e instanceof JsoncError ? { line: e.line, column: e.column } : {};
    out.errors.push({ file: file.display, message: (e as Error).message, ...at });
    out.files.push({ file: file.display, kind: 'devcontainer', status: 'error' });
    return;
  }
  out.files.push({ file: file.display, kind: 'devcontainer', status: 'linted' });
  if (!root) return;
  if (root.type !== 'object') {
    out.errors.push({ file: file.display, message: 'not a devcontainer.json: the file is not a JSON object', ...lines.position(root.offset) });
    out.files[out.files.length - 1]!.status = 'error';
    return;
  }
  const dir = dirname(file.path);
  const reader = new Reader(lines, workspaceFolder(file.path));

  const compose = prop(root, 'dockerComposeFile');
  if (compose) {
    const service = reader.str(prop(root, 'service'));
    const composeFiles = compose.type === 'array' ? items(compose) : [compose];
    const names = composeFiles.map((n) => reader.text(n)?.value).filter((n): n is string => !!n);
    const at = lines.position(compose.offset);
    out.notes.push({
      file: file.display,
      message: `the dev container is service ${service?.value ?? '(no "service" given)'} of ${names.join(', ') || 'its Compose file'}: it is judged where that Compose file is linted (a walk finds compose*.yaml and docker-compose*.yml names; name another file on the command line)`,
      ...at,
    });
    return;
  }

  const title = `the dev container in ${file.display}`;
  const namePair = propPair(root, 'image') ?? propPair(root, 'build') ?? propPair(root, 'dockerFile') ?? propPair(root, 'name');
  const nameAt = namePair?.children?.[0] ?? root;
  const name: Located<string> = { value: 'devcontainer', loc: lines.location(nameAt.offset, nameAt.offset + (nameAt === root ? 1 : nameAt.length)) };
  let container = defaultContainer('devcontainer', name, title, file.display);

  const image = reader.str(prop(root, 'image'));
  if (image) container.image = image;
  const build = buildSpec(root, reader, dir);
  if (build) container.build = build;

  const privileged = reader.flag(prop(root, 'privileged'));
  if (privileged) container.privileged = privileged;
  for (const n of items(prop(root, 'capAdd'))) {
    const p = reader.text(n);
    if (p) container.capAdd.push(capability(p));
  }
  for (const n of items(prop(root, 'securityOpt'))) {
    const p = reader.text(n);
    if (p) container.securityOpt.push(securityOption(p));
  }
  for (const n of items(prop(root, 'mounts'))) {
    if (n.type === 'string') {
      const p = reader.text(n);
      if (p) container.mounts.push(mountSpec(p, dir));
    } else if (n.type === 'object') {
      // `{ "source": …, "target": …, "type": "bind" | "volume" }`: the same fields as the string form.
      const type = reader.text(prop(n, 'type'))?.value === 'bind' ? 'bind' : 'volume';
      const source = reader.text(prop(n, 'source'));
      const target = reader.text(prop(n, 'target'));
      container.mounts.push(mountOf(type, source, target, false, undefined, lines.location(n.offset, n.offset + n.length), dir));
    }
  }
  // `init` runs tini as PID 1: nothing a rule judges.
  // containerUser is the container's own user; remoteUser only the one the tool connects as.
  const user = reader.str(prop(root, 'containerUser'));
  if (user) container.user = user;
  container.environment.push(...keyValues(prop(root, 'containerEnv'), reader));

  // Features bring settings of their own, in their metadata, which is not in this file.
  for (const { key } of entries(prop(root, 'features'))) {
    const id = String(key.value);
    const what = /(^|\/)docker-in-docker(:|@|$)/.test(id)
      ? 'runs the dev container privileged (its own metadata sets "privileged": true)'
      : /(^|\/)(docker-outside-of-docker|docker-from-docker)(:|@|$)/.test(id)
        ? "mounts the host's Docker socket into the dev container (its own metadata adds the mount)"
        : undefined;
    if (what) out.notes.push({ file: file.display, message: `${title}: the feature ${id} ${what}; that is not written here, so it is not judged as a finding`, ...lines.position(key.offset) });
  }
  // The devcontainer CLI passes runArgs after the options it makes of the keys above: they win a conflict.
  const runArgs = items(prop(root, 'runArgs'))
    .map((n) => reader.text(n))
    .filter((p): p is Piece => !!p);
  if (runArgs.length) {
    const read = applyRunArguments(runArgs, { kind: 'devcontainer', name, title, file: file.display }, container);
    container = read.container;
    out.notes.push(...read.notes);
  }

  attachBuiltImage(container, { path: file.path, root: file.root }, options, out);
  out.containers.push(container);
}

/** The folder a tool opens for this file: the one holding `.devcontainer/` or `.devcontainer.json`. */
function workspaceFolder(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const m = /^(.*?)\/\.devcontainer(\/|\.json$)/.exec(slashed);
  return m ? m[1] || '/' : dirname(path);
}

function keyValues(node: JNode | undefined, reader: Reader): KeyValue[] {
  return entries(node).flatMap(({ key, value }) => {
    const name = reader.text(key);
    const v = reader.text(value);
    if (!name) return [];
    return [{ name: { value: name.value, loc: name.loc }, value: v ? valueOf(v) : undefined, loc: reader.lines.location(key.offset, value.offset + value.length) }];
  });
}

function buildSpec(root: JNode, reader: Reader, dir: string): BuildSpec | undefined {
  const build = prop(root, 'build');
  // The older top-level `dockerFile` and `context` keys mean the same.
  const dockerfileNode = prop(build, 'dockerfile') ?? prop(build, 'dockerFile') ?? prop(root, 'dockerFile');
  if (!build && !dockerfileNode) return undefined;
  const dockerfile = reader.str(dockerfileNode);
  const context = reader.str(prop(build, 'context') ?? prop(root, 'context'));
  // Both paths are relative to the folder of devcontainer.json.
  const contextPath = context?.unresolved?.length ? undefined : resolve(dir, context?.value || '.');
  const dockerfilePath = !dockerfile || dockerfile.unresolved?.length ? undefined : resolve(dir, dockerfile.value);
  const at = build ?? dockerfileNode!;
  return {
    loc: reader.lines.location(at.offset, at.offset + at.length),
    context,
    contextPath,
    dockerfile,
    dockerfilePath,
    dockerfileInline: undefined,
    target: reader.str(prop(build, 'target')),
    args: keyValues(prop(build, 'args'), reader),
    privileged: undefined,
    network: undefined,
    entitlements: [],
  };
}

/**
 * Reads values, resolving the dev container variables that are known from the file's place:
 * `${localWorkspaceFolder}` (the folder the tool opens) and `${localEnv:HOME}` (the home
 * folder of whoever runs it, kept as `~`). Every other `${…}` is left unresolved.
 */
class Reader {
  constructor(
    readonly lines: LineIndex,
    private readonly workspace: string,
  ) {}

  text(node: JNode | undefined): Piece | undefined {
    const raw = stringPiece(node, this.lines);
    return raw && node?.type === 'string' ? this.expand(raw) : raw;
  }

  str(node: JNode | undefined) {
    const p = this.text(node);
    return p ? valueOf(p) : undefined;
  }

  flag(node: JNode | undefined) {
    const p = this.text(node);
    if (!p) return undefined;
    const v = flagValueOf(p);
    return node?.type === 'boolean' ? { ...v, value: node.value as boolean } : node?.type === 'string' ? { ...v, value: p.value } : v;
  }

  private expand(p: Piece): Piece {
    if (!p.value.includes('${')) return p;
    let value = '';
    const offsets: number[] = [];
    const holes: Hole[] = [];
    let last = 0;
    for (const span of delimited(p.value, '${', '}')) {
      const m = { index: span.start, 0: p.value.slice(span.start, span.end), 1: p.value.slice(span.start + 2, span.end - 1) };
      value += p.value.slice(last, m.index);
      offsets.push(...p.offsets.slice(last, m.index));
      const at = p.offsets[m.index]!;
      const name = m[1]!.trim();
      const env = /^localEnv:(\w+)(?::.*)?$/.exec(name);
      if (name === 'localWorkspaceFolder') {
        value += this.workspace;
        offsets.push(...[...this.workspace].map(() => at));
      } else {
        const home = !!env && (env[1] === 'HOME' || env[1] === 'USERPROFILE');
        holes.push({ name: m[0], start: value.length, end: value.length + m[0].length, ...(home ? { home } : {}) });
        value += m[0];
        offsets.push(...p.offsets.slice(m.index, m.index + m[0].length));
      }
      last = m.index + m[0].length;
    }
    value += p.value.slice(last);
    offsets.push(...p.offsets.slice(last));
    const out = piece(value, offsets, p.lines, holes, p.raw);
    out.loc = p.loc;
    return out;
  }
}
