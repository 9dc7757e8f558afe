/**
 * Which Compose format a parsed file is written in. Current files keep their services under
 * `services:`; format v1 files (docker-compose before 1.6) put each service at the top level.
 * Compose v2 no longer runs v1 files, but repositories keep them and people copy from them,
 * so they are read as services rather than passed over. A file that is neither says so.
 */
import { syntheticScalar, type YMap, type YPair } from './yaml.js';

/** Top-level keys of the Compose Specification. */
const TOP_LEVEL_KEYS = new Set(['version', 'name', 'services', 'networks', 'volumes', 'secrets', 'configs', 'include', 'models']);

export type ComposeFormat =
  | { kind: 'current'; root: YMap }
  | { kind: 'legacy'; root: YMap }
  | { kind: 'empty'; root: YMap }
  | { kind: 'not-compose'; reason: string; at: YPair | undefined };

function isExtension(pair: YPair): boolean {
  return pair.key.text.startsWith('x-');
}

/**
 * The file's format, with a root in the current shape: a legacy file's top-level services are
 * moved under a `services:` key (each keeping its own position), so every later step reads
 * one shape.
 */
export function composeFormat(root: YMap): ComposeFormat {
  if (root.pairs.length === 0) return { kind: 'empty', root };
  // Keys Compose does not know beside `services:` are its schema's business, not a reason to skip the services.
  if (root.pairs.some((p) => p.key.text === 'services')) return { kind: 'current', root };
  const unknown = root.pairs.filter((p) => !TOP_LEVEL_KEYS.has(p.key.text) && !isExtension(p));
  if (unknown.length === 0) {
    const known = root.pairs.filter((p) => !isExtension(p) && p.key.text !== 'version');
    if (known.length) return { kind: 'current', root };
    return { kind: 'not-compose', reason: 'it has no services: key and no services at the top level (the legacy format)', at: root.pairs[0] };
  }
  // In format v1 every top-level key is a service, and a service is a mapping of settings.
  const notService = unknown.find((p) => p.value.kind !== 'map');
  if (notService) {
    return { kind: 'not-compose', reason: `"${notService.key.text}" is neither a Compose top-level key nor a service of the legacy format`, at: notService };
  }
  const services: YMap = { kind: 'map', file: root.file, start: unknown[0]!.start, end: unknown[unknown.length - 1]!.end, pairs: unknown };
  const servicesKey = syntheticScalar(unknown[0]!.key, 'services');
  const rest = root.pairs.filter((p) => !unknown.includes(p));
  return {
    kind: 'legacy',
    root: { ...root, pairs: [...rest, { key: servicesKey, value: services, start: services.start, end: services.end }] },
  };
}
