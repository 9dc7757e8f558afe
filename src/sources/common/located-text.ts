/**
 * Text of a setting with the file offset of each of its characters, for sources whose values
 * are not YAML scalars (devcontainer.json strings, Quadlet values, a workflow's `options:`
 * words). It is a shell `Word` (value, raw, loc, offsets), so a `docker run` argument reader
 * takes it as it is, plus the spans whose value is not known here (`${{ github.sha }}`,
 * `${localEnv:X}`, `$VAR`), which are never guessed.
 */
import { isAbsolute, resolve } from 'node:path';
import type { LineIndex, Location } from '../../position.js';
import type { Device, KeyValue, Mount, PortMapping, SecurityOpt, Value } from '../../runtime/model.js';
import type { Word } from '../../shell.js';
import { allInterfaces, colonParts, normaliseCapability, parsePortSpec, parseSecurityOpt, portRange, PROPAGATION } from '../../runtime/specs.js';

/** A part of a value whose text is not known here: `name` is how it is written. */
export interface Hole {
  name: string;
  start: number;
  end: number;
  /** It is the home folder of whoever runs the container (`%h`, `${localEnv:HOME}`). */
  home?: boolean;
}

export interface Piece extends Word {
  lines: LineIndex;
  holes: Hole[];
}

/** A piece from decoded text and the file offset of each of its characters. */
export function piece(value: string, offsets: number[], lines: LineIndex, holes: Hole[] = [], raw?: string): Piece {
  const start = offsets[0] ?? 0;
  const end = offsets.length ? offsets[offsets.length - 1]! + 1 : start;
  return {
    value,
    raw: raw ?? lines.text.slice(start, end),
    hasExpansion: holes.length > 0,
    loc: lines.location(start, end),
    offsets,
    lines,
    holes,
  };
}

/** A piece of text written verbatim from `start` in the file. */
export function verbatim(lines: LineIndex, start: number, end: number): Piece {
  const offsets: number[] = [];
  for (let i = start; i < end; i++) offsets.push(i);
  return piece(lines.text.slice(start, end), offsets, lines);
}

/** A shell word (from src/shell.ts) as a piece: its expansions are holes. */
export function fromWord(w: Word, lines: LineIndex): Piece {
  return { ...w, lines, holes: w.hasExpansion ? [{ name: w.raw, start: 0, end: w.value.length }] : [] };
}

/** Characters [from, to) of a piece, located where they are written. */
export function slice(p: Piece, from: number, to: number = p.value.length): Piece {
  const offsets = p.offsets.slice(from, to);
  const holes = p.holes.filter((h) => h.start < to && h.end > from).map((h) => ({ ...h, start: Math.max(0, h.start - from), end: Math.min(to, h.end) - from }));
  const out = piece(p.value.slice(from, to), offsets, p.lines, holes);
  if (!offsets.length) {
    const at = p.offsets[from] ?? (p.offsets.length ? p.offsets[p.offsets.length - 1]! + 1 : 0);
    out.loc = p.lines.location(at, at);
  }
  return out;
}

export function trimmed(p: Piece): Piece {
  const lead = p.value.length - p.value.trimStart().length;
  const end = p.value.trimEnd().length;
  return lead === 0 && end === p.value.length ? p : slice(p, lead, Math.max(lead, end));
}

/** Splits at every separator character, each part located. */
export function split(p: Piece, separators: RegExp): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= p.value.length; i++) {
    if (i === p.value.length || separators.test(p.value[i]!)) {
      out.push(slice(p, from, i));
      from = i + 1;
    }
  }
  return out;
}

/** The located model value of a piece: unresolved when part of it is not known. */
export function valueOf(p: Piece, value: string = p.value): Value<string> {
  const v: Value<string> = { value, loc: p.loc };
  if (p.holes.length) {
    v.unresolved = p.holes.map((h) => h.name);
    v.interpolated = true;
  }
  return v;
}

export function flagValueOf(p: Piece): Value<boolean | string> {
  const v = valueOf(p);
  return /^(true|false)$/.test(p.value) && !p.holes.length ? { ...v, value: p.value === 'true' } : v;
}

export function capability(p: Piece): Value<string> {
  return valueOf(p, normaliseCapability(p.value));
}

export function securityOption(p: Piece): SecurityOpt {
  return { ...parseSecurityOpt(p.value), written: p.value, loc: p.loc };
}

/** `NAME=value` (or `NAME` alone). */
export function keyValue(p: Piece): KeyValue {
  const eq = p.value.indexOf('=');
  const name = slice(p, 0, eq < 0 ? p.value.length : eq);
  return { name: { value: name.value, loc: name.loc }, value: eq < 0 ? undefined : valueOf(slice(p, eq + 1)), loc: p.loc };
}

/** `[IP:][HOST:]CONTAINER[/PROTO]`, as `docker run -p` reads it. */
export function portMapping(p: Piece): PortMapping {
  const spec = parsePortSpec(p.value);
  return { ...spec, targetPorts: portRange(spec.target), publishedPorts: portRange(spec.published), allInterfaces: allInterfaces(spec.hostIp), loc: p.loc };
}

/** `/dev/sda[:/dev/xvda[:rwm]]`. */
export function device(p: Piece): Device {
  const parts = split(p, /:/);
  return { host: valueOf(parts[0]!), container: parts[1]?.value || undefined, permissions: parts[2]?.value || undefined, loc: p.loc };
}

/**
 * The host path of a bind source: absolute as written, a relative one resolved against
 * `baseDir` (when the source resolves relative paths at all); undefined when part of it is
 * unknown or it is in the home folder of whoever runs the container (see `homePath`).
 */
function hostPathOf(source: Piece, baseDir: string | undefined): string | undefined {
  if (source.holes.length) return undefined;
  const path = source.value;
  if (!path || path.startsWith('~')) return undefined;
  if (/^([A-Za-z]:[\\/]|\\\\)/.test(path)) return path;
  if (isAbsolute(path)) return resolve(path);
  return baseDir === undefined ? undefined : resolve(baseDir, path);
}

function homePathOf(source: Piece): string | undefined {
  const first = source.holes[0];
  if (first?.home && first.start === 0 && source.holes.length === 1) {
    const rest = source.value.slice(first.end);
    return rest === '' || rest.startsWith('/') ? `~${rest}` : undefined;
  }
  if (source.holes.length) return undefined;
  return source.value === '~' || source.value.startsWith('~/') ? source.value : undefined;
}

/** A bind source as `docker run -v` tells it from a volume name: it is a path. */
function looksLikePath(source: Piece, relativeIsPath: boolean): boolean {
  const v = source.value;
  if (v.startsWith('/') || v.startsWith('~') || /^([A-Za-z]:[\\/]|\\\\)/.test(v)) return true;
  if (relativeIsPath && /^\.\.?(\/|$)/.test(v)) return true;
  // A value that starts with an unknown part (`$PWD/x`, `${localWorkspaceFolder}`) is a path when a `/` follows it.
  return source.holes.some((h) => h.start === 0) && v.includes('/');
}

/**
 * `-v SOURCE:TARGET[:OPTIONS]` (Quadlet `Volume=`, a workflow's `volumes:`). `baseDir`
 * resolves a relative source (Quadlet: the unit's folder); undefined where a relative source
 * is a volume name.
 */
export function volumeMount(p: Piece, baseDir?: string): Mount {
  const parts = colonParts(p.value).map(([a, b]) => slice(p, a, b));
  if (parts.length === 1) return { type: 'volume', source: undefined, hostPath: undefined, target: valueOf(parts[0]!), readOnly: false, propagation: undefined, loc: p.loc };
  const source = parts[0]!;
  let readOnly = false;
  let propagation: Value<string> | undefined;
  for (const opts of parts.slice(2)) {
    for (const opt of split(opts, /,/)) {
      if (opt.value === 'ro' || opt.value === 'readonly') readOnly = true;
      if (PROPAGATION.has(opt.value)) propagation = valueOf(opt);
    }
  }
  const bind = looksLikePath(source, baseDir !== undefined);
  const homePath = bind ? homePathOf(source) : undefined;
  return {
    type: bind ? 'bind' : 'volume',
    source: valueOf(source),
    hostPath: bind ? hostPathOf(source, baseDir) : undefined,
    ...(homePath ? { homePath } : {}),
    target: valueOf(parts[1]!),
    readOnly,
    propagation,
    loc: p.loc,
  };
}

const MOUNT_TYPES = new Set(['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image']);

/**
 * `--mount type=bind,source=/x,target=/y,readonly,bind-propagation=rshared` (a
 * devcontainer.json string mount, Quadlet `Mount=`). Keys as Docker accepts them: `src`,
 * `source`; `dst`, `destination`, `target`; `ro`, `readonly` (with or without `=true`).
 */
export function mountSpec(p: Piece, baseDir?: string): Mount {
  let type: Mount['type'] = 'volume';
  let source: Piece | undefined;
  let target: Piece | undefined;
  let readOnly = false;
  let propagation: Value<string> | undefined;
  for (const field of split(p, /,/)) {
    const eq = field.value.indexOf('=');
    const key = (eq < 0 ? field.value : field.value.slice(0, eq)).trim().toLowerCase();
    const val = eq < 0 ? undefined : trimmed(slice(field, eq + 1));
    if (key === 'type' && val && MOUNT_TYPES.has(val.value)) type = val.value as Mount['type'];
    else if ((key === 'source' || key === 'src') && val) source = val;
    else if ((key === 'target' || key === 'dst' || key === 'destination') && val) target = val;
    else if (key === 'readonly' || key === 'ro') readOnly = !val || /^(true|1)$/i.test(val.value);
    else if (key === 'bind-propagation' && val) propagation = valueOf(val);
  }
  return mountOf(type, source, target, readOnly, propagation, p.loc, baseDir);
}

/** A mount from its located parts. */
export function mountOf(type: Mount['type'], source: Piece | undefined, target: Piece | undefined, readOnly: boolean, propagation: Value<string> | undefined, loc: Location, baseDir?: string): Mount {
  const homePath = type === 'bind' && source ? homePathOf(source) : undefined;
  return {
    type,
    source: source ? valueOf(source) : undefined,
    hostPath: type === 'bind' && source ? hostPathOf(source, baseDir) : undefined,
    ...(homePath ? { homePath } : {}),
    target: target ? valueOf(target) : undefined,
    readOnly,
    propagation,
    loc,
  };
}
