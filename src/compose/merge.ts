/**
 * Compose's merge rules (compose-spec "Merge", compose-go `override`), on positioned trees:
 * mappings are merged key by key, sequences appended, scalars replaced; `command`,
 * `entrypoint` and `healthcheck.test` are replaced whole; `environment`, `labels`,
 * `sysctls`, `build.args`, ... are merged by variable name in either of their forms; a
 * `build: ./dir` string counts as `{context: ./dir}`; `!reset` removes a value and
 * `!override` replaces it. Entries that Compose keeps unique (volumes and devices by target,
 * ports, expose, capabilities) are deduplicated when a service is normalised. Nothing is
 * copied: every merged value is the node where it is written, with its file and position.
 */
import { syntheticScalar, sliceScalar, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './yaml.js';

/** Keys whose map (`K: v`) and list (`- K=v`) forms are merged by key. */
const KEYED = new Set([
  'environment',
  'labels',
  'annotations',
  'sysctls',
  'build.args',
  'build.labels',
  'build.additional_contexts',
  'deploy.labels',
]);
/** Keys an override replaces instead of merging. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test']);
/** Keys that are a list or a single string. */
const STRING_OR_LIST = new Set(['tmpfs', 'dns', 'dns_search', 'env_file']);
/** Keys that are a list of names or a mapping of name to settings. */
const NAMES_OR_MAP = new Set(['depends_on', 'networks']);

/** Merges a later Compose file's root mapping onto an earlier one's. */
export function mergeRoots(base: YMap, over: YMap): YMap {
  return mergeMapping(base, over, (key, b, o) => (key === 'services' ? mergeServices(b, o) : mergeGeneric(b, o)));
}

function mergeServices(base: YNode, over: YNode): YNode | undefined {
  if (base.kind !== 'map' || over.kind !== 'map') return mergeGeneric(base, over);
  return mergeMapping(base, over, (_name, b, o) => mergeService(b, o));
}

/** Merges one service definition onto another (override files and `extends`). */
export function mergeService(base: YNode, over: YNode): YNode | undefined {
  if (over.tag === '!reset') return undefined;
  if (over.tag === '!override' || base.kind !== 'map' || over.kind !== 'map') return isNullNode(over) ? base : over;
  return mergeAt(base, over, '');
}

function mergeAt(base: YNode, over: YNode, path: string): YNode | undefined {
  if (over.tag === '!reset') return undefined;
  if (over.tag === '!override') return over;
  if (REPLACED.has(path)) return over;
  if (KEYED.has(path)) return mergeKeyed(base, over);
  if (path === 'build') return mergeMapping(buildMapping(base), buildMapping(over), (k, b, o) => mergeAt(b, o, `build.${k}`));
  if (STRING_OR_LIST.has(path)) return appendSeq(asSeq(base), asSeq(over));
  if (NAMES_OR_MAP.has(path)) return mergeMapping(namesToMap(base), namesToMap(over), (_k, b, o) => mergeGeneric(b, o));
  if (isNullNode(over)) return base;
  if (base.kind === 'map' && over.kind === 'map') return mergeMapping(base, over, (k, b, o) => mergeAt(b, o, path ? `${path}.${k}` : k));
  if (base.kind === 'seq' && over.kind === 'seq') return appendSeq(base, over);
  return over;
}

function mergeGeneric(base: YNode, over: YNode): YNode | undefined {
  if (over.tag === '!reset') return undefined;
  if (over.tag === '!override') return over;
  if (isNullNode(over)) return base;
  if (base.kind === 'map' && over.kind === 'map') return mergeMapping(base, over, (_k, b, o) => mergeGeneric(b, o));
  if (base.kind === 'seq' && over.kind === 'seq') return appendSeq(base, over);
  return over;
}

/** Keys of `over` win; a key in both is merged with `merge`; the result keeps base's order. */
function mergeMapping(base: YMap, over: YMap, merge: (key: string, base: YNode, over: YNode) => YNode | undefined): YMap {
  const pairs: YPair[] = [];
  const overByKey = new Map(over.pairs.map((p) => [p.key.text, p]));
  const used = new Set<string>();
  for (const p of base.pairs) {
    const o = overByKey.get(p.key.text);
    if (!o) {
      pairs.push(p);
      continue;
    }
    used.add(p.key.text);
    const value = merge(p.key.text, p.value, o.value);
    if (value === undefined) continue;
    // The key stays where the base wrote it unless the override replaced the value whole.
    pairs.push(value === o.value ? o : value === p.value ? p : { ...p, value });
  }
  for (const o of over.pairs) {
    if (used.has(o.key.text)) continue;
    if (o.value.tag === '!reset') continue;
    pairs.push(o);
  }
  return { ...base, pairs };
}

function appendSeq(base: YSeq, over: YSeq): YSeq {
  return { ...base, items: [...base.items, ...over.items] };
}

function isNullNode(node: YNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

function asSeq(node: YNode): YSeq {
  if (node.kind === 'seq') return node;
  return { kind: 'seq', file: node.file, start: node.start, end: node.end, items: isNullNode(node) ? [] : [node] };
}

/** `build: ./dir` is `build: {context: ./dir}`. */
export function buildMapping(node: YNode): YMap {
  if (node.kind === 'map') return node;
  if (node.kind === 'scalar' && node.value !== null) {
    const key = syntheticScalar(node, 'context');
    return { kind: 'map', file: node.file, start: node.start, end: node.end, pairs: [{ key, value: node, start: node.start, end: node.end }] };
  }
  return { kind: 'map', file: node.file, start: node.start, end: node.end, pairs: [] };
}

function namesToMap(node: YNode): YMap {
  if (node.kind === 'map') return node;
  const pairs: YPair[] = [];
  if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar') continue;
      pairs.push({ key: item, value: syntheticScalar({ file: item.file, start: item.end, end: item.end }, null), start: item.start, end: item.end });
    }
  }
  return { kind: 'map', file: node.file, start: node.start, end: node.end, pairs };
}

/** One entry of a keyed setting (`environment`, `sysctls`, ...). */
export interface KeyedEntry {
  key: YScalar;
  /** Undefined for `- NAME` and `NAME:` (no value). */
  value: YScalar | undefined;
  /** The whole entry. */
  start: number;
  end: number;
  file: YScalar['file'];
}

/**
 * The entries of a keyed setting in either form: `{K: v}` or `[K=v, K]`. A later entry for
 * the same key replaces an earlier one (as Compose does).
 */
export function keyedEntries(node: YNode | undefined): KeyedEntry[] {
  const byKey = new Map<string, KeyedEntry>();
  if (!node) return [];
  if (node.kind === 'map') {
    for (const p of node.pairs) {
      const v = p.value;
      const value = v.kind === 'scalar' ? (v.value === null ? undefined : v) : undefined;
      byKey.set(p.key.text, { key: p.key, value, start: p.start, end: p.end, file: p.key.file });
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) continue;
      const eq = item.text.indexOf('=');
      const key = eq < 0 ? sliceScalar(item, 0) : sliceScalar(item, 0, eq);
      const value = eq < 0 ? undefined : sliceScalar(item, eq + 1);
      byKey.set(key.text, { key, value, start: item.start, end: item.end, file: item.file });
    }
  }
  return [...byKey.values()];
}

function mergeKeyed(base: YNode, over: YNode): YMap {
  const entries = new Map<string, KeyedEntry>();
  for (const e of [...keyedEntries(base), ...keyedEntries(over)]) {
    entries.delete(e.key.text);
    entries.set(e.key.text, e);
  }
  const pairs: YPair[] = [...entries.values()].map((e) => ({
    key: e.key,
    value: e.value ?? syntheticScalar({ file: e.file, start: e.end, end: e.end }, null),
    start: e.start,
    end: e.end,
  }));
  return { kind: 'map', file: base.file, start: base.start, end: base.end, pairs };
}
