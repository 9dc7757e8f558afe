/**
 * Namespace sharing between containers. `network_mode: service:vpn` gives a container vpn's
 * network namespace, so it is on the host network exactly when vpn is. Joins are resolved
 * once for containers that run together (a Compose project), and rules then ask what a
 * container really uses through `hostNamespace`.
 */
import type { JoinableNamespace, JoinedNamespace, RuntimeModel, Value } from './model.js';
import { isHostMode, resolvedText } from './values.js';

/** The setting that decides a namespace (`network_mode`, `pid`, `ipc` in Compose). */
export function namespaceSetting(container: RuntimeModel, kind: JoinableNamespace): Value<string> | undefined {
  return kind === 'network' ? container.networkMode : container[kind];
}

/** `service:x` / `container:x` → the other container's reference; undefined for any other mode. */
export function joinTarget(setting: Value<string> | undefined): { by: 'service' | 'container'; name: string } | undefined {
  const m = /^(service|container):(.+)$/i.exec(resolvedText(setting) ?? '');
  return m ? { by: m[1]!.toLowerCase() as 'service' | 'container', name: m[2]!.trim() } : undefined;
}

const KINDS: JoinableNamespace[] = ['network', 'pid', 'ipc'];

/**
 * Fills `joined` on each container that joins another one of the group. `container:<name>`
 * names a container: one whose `container_name` is that name, else (as the catalog reads
 * it) a service of that name. A name outside the group (a container started by other means)
 * and a chain that loops are left unresolved: nothing is known about what they use.
 */
export function resolveJoinedNamespaces(containers: RuntimeModel[], options: { containerNamesOnly?: boolean } = {}): void {
  // `docker run` has no services: `container:x` names a container's --name, never its image.
  const byService = new Map(options.containerNamesOnly ? [] : containers.map((c) => [c.name.value, c]));
  const byContainerName = new Map<string, RuntimeModel>();
  for (const c of containers) {
    const name = resolvedText(c.containerName);
    if (name) byContainerName.set(name, c);
  }
  const find = (t: { by: 'service' | 'container'; name: string }) => (t.by === 'container' ? byContainerName.get(t.name) ?? byService.get(t.name) : byService.get(t.name));

  for (const container of containers) {
    for (const kind of KINDS) {
      const joined = follow(container, kind, find);
      if (!joined) continue;
      container.joined = { ...container.joined, [kind]: joined };
    }
  }
}

function follow(start: RuntimeModel, kind: JoinableNamespace, find: (t: { by: 'service' | 'container'; name: string }) => RuntimeModel | undefined): JoinedNamespace | undefined {
  const chain: JoinedNamespace['chain'] = [];
  const seen = new Set<RuntimeModel>([start]);
  let current = start;
  for (;;) {
    const setting = namespaceSetting(current, kind);
    const target = joinTarget(setting);
    if (!target) {
      if (current === start) return undefined;
      return { chain, owner: current.name.value, ownerTitle: current.title, ownerSetting: setting };
    }
    chain.push({ container: current.name.value, title: current.title, setting: setting! });
    const next = find(target);
    // Compose refuses a cycle; a name it does not know may be a container run by other means.
    if (!next || seen.has(next)) return undefined;
    seen.add(next);
    current = next;
  }
}

/** Where a container shares a namespace with the host. */
export interface HostNamespace {
  /** The container's own setting: `host`, or the join that leads to a host namespace. */
  at: Value<string>;
  /** Set when the container reaches the host's namespace by joining another container's. */
  via: JoinedNamespace | undefined;
}

/** Whether a container uses the host's namespace of this kind, itself or through the containers it joins. */
export function hostNamespace(container: RuntimeModel, kind: JoinableNamespace): HostNamespace | undefined {
  const own = namespaceSetting(container, kind);
  if (own && isHostMode(own)) return { at: own, via: undefined };
  const joined = container.joined?.[kind];
  if (own && joined && isHostMode(joined.ownerSetting)) return { at: own, via: joined };
  return undefined;
}

/**
 * `service vpn` or `service b, which joins c`: the containers a join passes through to the
 * owner of the namespace, for a message.
 */
export function joinPath(via: JoinedNamespace): string {
  const names = [...via.chain.slice(1).map((hop) => hop.container), via.owner];
  const first = via.chain[1] ? hopTitle(via.chain[1]) : ownerTitle(via);
  return `${first}${names.slice(1).map((n) => `, which joins ${n}`).join('')}`;
}

/** How messages name the container that owns a joined namespace: `service vpn`, `docker run in up.sh:1`. */
export function ownerTitle(via: JoinedNamespace): string {
  return via.ownerTitle ?? `service ${via.owner}`;
}

function hopTitle(hop: JoinedNamespace['chain'][number]): string {
  return hop.title ?? `service ${hop.container}`;
}

/** The related locations of a join: each later hop's join, then the owner's own setting. */
export function joinRelated(via: JoinedNamespace, ownerMessage: string): { loc: Value<string>['loc']; message: string }[] {
  return [
    ...via.chain.slice(1).map((hop) => ({ loc: hop.setting.loc, message: `${hopTitle(hop)} joins the namespace of ${joinTarget(hop.setting)!.name} here` })),
    ...(via.ownerSetting ? [{ loc: via.ownerSetting.loc, message: ownerMessage }] : []),
  ];
}
