/**
 * One Compose service (merged, interpolated, positioned) turned into the runtime model, which
 * knows nothing about Compose syntax: short and long volume/port/device syntax, map and list
 * forms, top-level and `deploy:` limits all become the same fields. Fields of an unexpected
 * shape are left out rather than guessed.
 */
import { resolve } from 'node:path';
import type { BuildSpec, CommandSpec, Device, Healthcheck, KeyValue, Limits, Mount, PortMapping, RuntimeModel, SecurityOpt, Value } from '../runtime/model.js';
import { execFormScript, splitCommandLine, type Word } from '../shell.js';
import { homePathOf as homePathOfText, hostPathOf as bindHostPathOf } from '../runtime/mount-spec.js';
import { allInterfaces, colonParts, isHostPathSource, normaliseCapability, parseSecurityOpt, portMapping, portRange, PROPAGATION } from '../runtime/specs.js';
import { buildMapping, keyedEntries } from './merge.js';

export { normaliseCapability, parsePortSpec, parseSecurityOpt } from '../runtime/specs.js';
import { get, getPair, isNull, locOf, scalarOffsets, sliceScalar, type YMap, type YNode, type YScalar } from './yaml.js';

/** The project's top-level definitions a service refers to by name. */
export interface ProjectDefinitions {
  /** `volumes:` (a named volume may bind a host path). */
  volumes?: YNode | undefined;
  /** `networks:` (a network may be Docker's `host` network under another name). */
  networks?: YNode | undefined;
}

export function normalizeService(name: YScalar, service: YNode, defs: ProjectDefinitions = {}): RuntimeModel {
  const svc: YMap = service.kind === 'map' ? service : { kind: 'map', file: service.file, start: service.start, end: service.end, pairs: [] };
  const limits = get(get(get(svc, 'deploy'), 'resources'), 'limits');
  return {
    kind: 'compose-service',
    name: { value: name.text, loc: locOf(name) },
    title: `service ${name.text}`,
    file: name.file.display,
    image: str(get(svc, 'image')),
    build: buildSpec(get(svc, 'build'), get(svc, 'dockerfile')),
    builtImage: undefined,
    user: str(get(svc, 'user')),
    privileged: flag(get(svc, 'privileged')),
    pid: str(get(svc, 'pid')),
    ipc: str(get(svc, 'ipc')),
    // `net:` is format v1's name for it; Compose reads network_mode first.
    networkMode: str(get(svc, 'network_mode')) ?? str(get(svc, 'net')) ?? hostNetworkByName(svc, defs.networks),
    uts: str(get(svc, 'uts')),
    userns: str(get(svc, 'userns_mode')),
    cgroup: str(get(svc, 'cgroup')),
    capAdd: capabilities(get(svc, 'cap_add')),
    capDrop: capabilities(get(svc, 'cap_drop')),
    securityOpt: strings(get(svc, 'security_opt')).map(securityOpt),
    devices: unique(scalarsOrMaps(get(svc, 'devices')).flatMap(device), (d) => d.container ?? d.host.value),
    deviceCgroupRules: strings(get(svc, 'device_cgroup_rules')).map((s) => str(s)!),
    mounts: [
      ...unique(scalarsOrMaps(get(svc, 'volumes')).flatMap(mount).map((m) => bindingVolume(m, defs.volumes)), (m) => m.target?.value ?? `#${m.loc.startLine}:${m.loc.startColumn}`),
      ...strings(get(svc, 'tmpfs')).map(tmpfs),
    ],
    sysctls: keyValues(get(svc, 'sysctls')),
    limits: {
      memory: numberish(get(svc, 'mem_limit')) ?? numberish(get(limits, 'memory')),
      pids: numberish(get(svc, 'pids_limit')) ?? numberish(get(limits, 'pids')),
      cpus: numberish(get(svc, 'cpus')) ?? numberish(get(svc, 'cpu_quota')) ?? numberish(get(limits, 'cpus')),
    } satisfies Limits,
    readOnly: flag(get(svc, 'read_only')),
    oomKillDisable: flag(get(svc, 'oom_kill_disable')),
    ports: uniquePorts(scalarsOrMaps(get(svc, 'ports'))),
    expose: unique(strings(get(svc, 'expose')).map((s) => str(s)!), (v) => v.value),
    environment: keyValues(get(svc, 'environment')),
    command: command(get(svc, 'command')),
    entrypoint: command(get(svc, 'entrypoint')),
    runtime: str(get(svc, 'runtime')),
    platform: str(get(svc, 'platform')),
    isolation: str(get(svc, 'isolation')),
    healthcheck: healthcheck(svc),
    trust: str(get(get(svc, 'x-isolint'), 'trust')),
    containerName: str(get(svc, 'container_name')),
  };
}

function value<T>(s: YScalar, v: T): Value<T> {
  const out: Value<T> = { value: v, loc: locOf(s) };
  if (s.unresolved?.length) out.unresolved = [...s.unresolved];
  if (s.interpolated) out.interpolated = true;
  if (s.fromLookup) out.fromLookup = true;
  return out;
}

function scalar(node: YNode | undefined): YScalar | undefined {
  return node && node.kind === 'scalar' && node.value !== null ? node : undefined;
}

/** A string setting; a number or boolean (`user: 1000`) is taken as written. */
function str(node: YNode | undefined): Value<string> | undefined {
  const s = scalar(node);
  return s ? value(s, s.text) : undefined;
}

/** A boolean setting: YAML booleans stay booleans, anything else (`${PRIV:-true}`) is text. */
function flag(node: YNode | undefined): Value<boolean | string> | undefined {
  const s = scalar(node);
  return s ? value(s, typeof s.value === 'boolean' ? s.value : s.text) : undefined;
}

function numberish(node: YNode | undefined): Value<string | number> | undefined {
  const s = scalar(node);
  return s ? value(s, typeof s.value === 'number' ? s.value : s.text) : undefined;
}

/** The scalar items of a list (a lone scalar counts as a list of one). */
function strings(node: YNode | undefined): YScalar[] {
  if (!node) return [];
  if (node.kind === 'scalar') return node.value === null ? [] : [node];
  if (node.kind === 'seq') return node.items.filter((n): n is YScalar => n.kind === 'scalar' && n.value !== null);
  return [];
}

function scalarsOrMaps(node: YNode | undefined): YNode[] {
  if (!node || node.kind !== 'seq') return [];
  return node.items.filter((n) => !isNull(n));
}

/** Later entries with the same key replace earlier ones in place (Compose's unicity rule). */
function unique<T>(items: T[], key: (t: T) => string): T[] {
  const out: T[] = [];
  const at = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(item);
    } else out[i] = item;
  }
  return out;
}

function capabilities(node: YNode | undefined): Value<string>[] {
  return unique(
    strings(node).map((s) => value(s, normaliseCapability(s.text))),
    (v) => v.value,
  );
}

function securityOpt(s: YScalar): SecurityOpt {
  return { ...parseSecurityOpt(s.text), written: s.text, loc: locOf(s) };
}

function keyValues(node: YNode | undefined): KeyValue[] {
  return keyedEntries(node).map((e) => {
    const kv: KeyValue = {
      name: { value: e.key.text, loc: locOf(e.key) },
      value: e.value ? value(e.value, e.value.text) : undefined,
      loc: e.file.lines.location(e.start, e.end),
    };
    return kv;
  });
}

/**
 * The absolute host path of a bind source, resolved against the folder of the file's
 * project. `~` (the home folder of whoever runs Compose) and unresolved variables give
 * undefined: the result must not depend on who runs the linter.
 */
function hostPathOf(source: Value<string> | undefined, baseDir: string): string | undefined {
  return source ? bindHostPathOf(source.value, !source.unresolved?.length, baseDir) : undefined;
}

/**
 * `~/...` for a bind source in the home folder of whoever runs Compose: written with `~`, or
 * with `$HOME`/`${HOME}` when HOME has no value here (it is the runner's, not the file's; the
 * loader substituted nothing for it, so its span is empty). Compose expands a leading `~`
 * whatever follows it.
 */
function homePathOf(s: YScalar | undefined): string | undefined {
  if (!s) return undefined;
  const unknown = (s.variableSpans ?? []).filter((v) => v.missing).map((v) => ({ start: v.start, end: v.end, ...(v.name === 'HOME' ? { home: true } : {}) }));
  return homePathOfText(s.text, unknown, 'any-rest');
}

function mount(node: YNode): Mount[] {
  if (node.kind === 'scalar') return [shortMount(node)];
  if (node.kind !== 'map') return [];
  const typeText = str(get(node, 'type'))?.value ?? 'volume';
  const type = (['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image'].includes(typeText) ? typeText : 'volume') as Mount['type'];
  const source = str(get(node, 'source'));
  const sourceNode = scalar(get(node, 'source'));
  const readOnly = flag(get(node, 'read_only'));
  const homePath = type === 'bind' ? homePathOf(sourceNode) : undefined;
  return [
    {
      type,
      source,
      hostPath: type === 'bind' && sourceNode ? hostPathOf(source, sourceNode.file.baseDir) : undefined,
      ...(homePath ? { homePath } : {}),
      target: str(get(node, 'target')),
      readOnly: readOnly ? readOnly.value === true || readOnly.value === 'true' : false,
      propagation: str(get(get(node, 'bind'), 'propagation')),
      loc: locOf(node),
    },
  ];
}

/**
 * A service on a network declared as `{name: host, external: true}` (often the `default`
 * network) uses the host's network stack just as `network_mode: host` does. The value sits
 * where `host` is written in the network's definition.
 */
function hostNetworkByName(svc: YMap, networks: YNode | undefined): Value<string> | undefined {
  const joined = get(svc, 'networks');
  const names = !joined || isNull(joined) ? ['default'] : joined.kind === 'seq' ? joined.items.flatMap((n) => (n.kind === 'scalar' ? [n.text] : [])) : joined.kind === 'map' ? joined.pairs.map((p) => p.key.text) : [];
  for (const network of names) {
    const def = get(networks, network);
    const name = str(get(def, 'name'));
    const external = str(get(def, 'external')) ?? flag(get(def, 'external'));
    if (name?.value === 'host' && external && String(external.value) === 'true') return name;
  }
  return undefined;
}

/**
 * A named volume of the local driver declared with bind options (`driver_opts: {type: none,
 * o: bind, device: /etc}`) mounts that host path exactly as a bind mount does.
 */
function bindingVolume(m: Mount, volumes: YNode | undefined): Mount {
  if (m.type !== 'volume' || !m.source?.value || m.source.unresolved?.length) return m;
  const opts = get(get(volumes, m.source.value), 'driver_opts');
  const o = str(get(opts, 'o'));
  const device = str(get(opts, 'device'));
  const deviceNode = scalar(get(opts, 'device'));
  if (!o || !device || !deviceNode || !o.value.split(',').some((x) => ['bind', 'rbind'].includes(x.trim()))) return m;
  return { ...m, type: 'bind', hostPath: hostPathOf(device, deviceNode.file.baseDir) };
}

/** `SOURCE:TARGET[:OPTIONS]` or `TARGET` (an anonymous volume). */
function shortMount(s: YScalar): Mount {
  const parts = colonParts(s.text);
  const slice = ([a, b]: [number, number]) => sliceScalar(s, a, b);
  if (parts.length === 1) {
    return { type: 'volume', source: undefined, hostPath: undefined, target: value(slice(parts[0]!), s.text), readOnly: false, propagation: undefined, loc: locOf(s) };
  }
  const sourceNode = slice(parts[0]!);
  const source = value(sourceNode, sourceNode.text);
  // A host side that starts with a variable substituted by nothing (`${HOME}/.aws`, HOME
  // unset) is located from the variable on: the slice alone would begin after it.
  const lead = sourceNode.variableSpans?.[0];
  if (lead && lead.start === 0 && lead.end === 0) {
    const from = s.start + (/["']/.test(s.file.text[s.start] ?? '') ? 1 : 0);
    source.loc = s.file.lines.location(from, Math.max(from, sourceNode.end));
  }
  const target = value(slice(parts[1]!), s.text.slice(parts[1]![0], parts[1]![1]));
  const optionsStart = parts[2]?.[0];
  let readOnly = false;
  let propagation: Value<string> | undefined;
  if (optionsStart !== undefined) {
    let from = optionsStart;
    const optionsText = s.text.slice(optionsStart);
    for (const opt of optionsText.split(/[,:]/)) {
      if (opt === 'ro' || opt === 'readonly') readOnly = true;
      if (PROPAGATION.has(opt)) propagation = value(sliceScalar(s, from, from + opt.length), opt);
      from += opt.length + 1;
    }
  }
  const bind = isHostPathSource(source.value) || (!source.value && !!source.unresolved?.length);
  const homePath = bind ? homePathOf(sourceNode) : undefined;
  return {
    type: bind ? 'bind' : 'volume',
    source,
    hostPath: bind ? hostPathOf(source, s.file.baseDir) : undefined,
    ...(homePath ? { homePath } : {}),
    target,
    readOnly,
    propagation,
    loc: locOf(s),
  };
}

/** `tmpfs: /run` or `- /tmp:size=64m`. */
function tmpfs(s: YScalar): Mount {
  const colon = s.text.indexOf(':');
  const target = sliceScalar(s, 0, colon < 0 ? s.text.length : colon);
  const options = colon < 0 ? [] : s.text.slice(colon + 1).split(',');
  return { type: 'tmpfs', source: undefined, hostPath: undefined, target: value(target, target.text), readOnly: options.includes('ro'), propagation: undefined, loc: locOf(s) };
}

/** `/dev/sda:/dev/xvda:rwm`, `/dev/fuse`, a CDI name, or `{source, target, permissions}`. */
function device(node: YNode): Device[] {
  if (node.kind === 'map') {
    const host = str(get(node, 'source'));
    if (!host) return [];
    return [{ host, container: str(get(node, 'target'))?.value, permissions: str(get(node, 'permissions'))?.value, loc: locOf(node) }];
  }
  if (node.kind !== 'scalar') return [];
  const parts = node.text.split(':');
  let from = 0;
  const spans = parts.map((p) => {
    const span: [number, number] = [from, from + p.length];
    from += p.length + 1;
    return span;
  });
  const hostNode = sliceScalar(node, spans[0]![0], spans[0]![1]);
  return [{ host: value(hostNode, hostNode.text), container: parts[1] || undefined, permissions: parts[2] || undefined, loc: locOf(node) }];
}

function port(node: YNode): { mapping: PortMapping; key: string } | undefined {
  if (node.kind === 'scalar') return { mapping: portMapping(node.text, locOf(node)), key: node.text };
  if (node.kind !== 'map') return undefined;
  const target = str(get(node, 'target'))?.value;
  if (target === undefined) return undefined;
  const published = str(get(node, 'published'))?.value;
  const hostIp = str(get(node, 'host_ip'))?.value || undefined;
  const protocol = (str(get(node, 'protocol'))?.value ?? 'tcp').toLowerCase();
  return {
    mapping: {
      hostIp,
      published,
      target,
      targetPorts: portRange(target),
      publishedPorts: portRange(published),
      protocol,
      allInterfaces: allInterfaces(hostIp),
      loc: locOf(node),
    },
    key: `${hostIp ?? '0.0.0.0'}:${published}:${target}/${protocol}`,
  };
}

function uniquePorts(nodes: YNode[]): PortMapping[] {
  const ports = nodes.map(port).filter((p): p is NonNullable<typeof p> => !!p);
  return unique(ports, (p) => p.key).map((p) => p.mapping);
}

/** `command:`/`entrypoint:` as a string (split into words as Compose does) or a list (exec form). */
function command(node: YNode | undefined): CommandSpec | undefined {
  if (!node || isNull(node)) return undefined;
  const loc = locOf(node);
  if (node.kind === 'scalar') {
    const text = node.text;
    // Compose splits a string into words itself; no shell runs it (see splitCommandLine).
    const words = splitCommandLine({ text, offsets: scalarOffsets(node), lines: node.file.lines });
    const script = execFormScript(words, node.file.lines);
    return { loc, written: { value: text, loc }, script };
  }
  if (node.kind !== 'seq') return undefined;
  const items = node.items.filter((n): n is YScalar => n.kind === 'scalar');
  const words: Word[] = items.map((s) => ({
    value: s.value === null ? '' : s.text,
    raw: s.file.text.slice(s.start, s.end),
    hasExpansion: false,
    loc: locOf(s),
    offsets: scalarOffsets(s),
  }));
  return { loc, written: { value: words.map((w) => w.value), loc }, script: execFormScript(words, node.file.lines) };
}

function healthcheck(svc: YMap): Healthcheck | undefined {
  const pair = getPair(svc, 'healthcheck');
  if (!pair) return undefined;
  const hc = pair.value;
  const disable = scalar(get(hc, 'disable'));
  if (disable && (disable.value === true || disable.text === 'true')) return { loc: locOf(disable), disabled: true, hasTest: false };
  const test = get(hc, 'test');
  if (test?.kind === 'seq') {
    const first = test.items[0];
    if (first?.kind === 'scalar' && first.text === 'NONE') return { loc: locOf(test), disabled: true, hasTest: true };
  }
  return { loc: locOf(pair.key), disabled: false, hasTest: !!test && !isNull(test) };
}

const REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

/** `legacyDockerfile`: format v1's service-level `dockerfile:` beside `build: ./dir`. */
function buildSpec(node: YNode | undefined, legacyDockerfile?: YNode): BuildSpec | undefined {
  if (!node || isNull(node)) return undefined;
  const build = buildMapping(node);
  const contextNode = scalar(get(build, 'context'));
  const context = str(contextNode);
  const dockerfile = str(get(build, 'dockerfile')) ?? (node.kind === 'scalar' ? str(legacyDockerfile) : undefined);
  const dockerfileInline = str(get(build, 'dockerfile_inline'));
  let contextPath: string | undefined;
  if (!contextNode) contextPath = build.file.baseDir;
  else if (!context!.unresolved?.length && !REMOTE_CONTEXT.test(context!.value)) contextPath = resolve(contextNode.file.baseDir, context!.value || '.');
  let dockerfilePath: string | undefined;
  if (contextPath && !dockerfileInline && !dockerfile?.unresolved?.length) dockerfilePath = resolve(contextPath, dockerfile?.value || 'Dockerfile');
  return {
    loc: locOf(node),
    context,
    contextPath,
    dockerfile,
    dockerfilePath,
    dockerfileInline,
    target: str(get(build, 'target')),
    args: keyValues(get(build, 'args')),
    privileged: flag(get(build, 'privileged')),
    network: str(get(build, 'network')),
    entitlements: strings(get(build, 'entitlements')).map((s) => str(s)!),
  };
}
