/**
 * Text of a setting with the file offset of each of its characters, for sources whose values
 * are not YAML scalars (devcontainer.json strings, Quadlet values, a workflow's `options:`
 * words). It is a shell `Word` (value, raw, loc, offsets), so a `docker run` argument reader
 * takes it as it is, plus the spans whose value is not known here (`${{ github.sha }}`,
 * `${localEnv:X}`, `$VAR`), which are never guessed.
 */
import type { LineIndex, Location } from '../../position.js';
import type { Device, KeyValue, Mount, PortMapping, SecurityOpt, Value } from '../../runtime/model.js';
import type { Word } from '../../shell.js';
import { deviceOf, LOCATED_MOUNT, mountOf as mountOfParts, mountSpec as readMountSpec, volumeMount as readVolumeMount, type PathRules, type SpecPart, type SpecText } from '../../runtime/mount-spec.js';
import { normaliseCapability, parseSecurityOpt, portMapping as portSpecMapping } from '../../runtime/specs.js';

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
  return portSpecMapping(p.value, p.loc);
}

/** `/dev/sda[:/dev/xvda[:rwm]]`. */
export function device(p: Piece): Device {
  return deviceOf(specText(p), p.loc);
}

/** A piece as the mount readers of src/runtime/mount-spec.ts take it: its holes are the unknown spans. */
function specText(p: Piece): SpecText {
  return { text: p.value, unknown: p.holes, value: (from, to) => valueOf(slice(p, from, to)) };
}

function specPart(p: Piece): SpecPart {
  return { text: p.value, unknown: p.holes, value: valueOf(p) };
}

/**
 * A relative source resolves against `baseDir` (a Quadlet unit's folder, a devcontainer.json's);
 * without one it has no host path. A `~` path with a hole in it is not read as a home path
 * (`'known-rest'`: no shell expands these values).
 */
function paths(baseDir: string | undefined): PathRules {
  return { baseDir, tilde: 'known-rest' };
}

/**
 * `-v SOURCE:TARGET[:OPTIONS]` (Quadlet `Volume=`, a workflow's `volumes:`). `baseDir`
 * resolves a relative source (Quadlet: the unit's folder); undefined where a relative source
 * is a volume name. Quadlet reads `./x`, `../x` as paths (it resolves them against the unit's
 * folder; it does so for any source starting with `.`, which is not followed here); a source
 * that starts with an unknown part (`%h/x`, `${{ env.DIR }}/x`) is a path when a `/` follows.
 */
export function volumeMount(p: Piece, baseDir?: string): Mount {
  return readVolumeMount(specText(p), p.loc, { relative: baseDir !== undefined ? 'dot-segment' : 'volume-name', leadingUnknown: 'bind-with-slash', ...paths(baseDir) });
}

/**
 * `--mount type=bind,source=/x,target=/y,readonly,bind-propagation=rshared` (a
 * devcontainer.json string mount, Quadlet `Mount=`), read as `LOCATED_MOUNT` says: fields
 * split at every comma, values trimmed, the six model types only, an unknown type ignored.
 */
export function mountSpec(p: Piece, baseDir?: string): Mount {
  return readMountSpec(specText(p), p.loc, LOCATED_MOUNT, paths(baseDir));
}

/** A mount from its located parts. */
export function mountOf(type: Mount['type'], source: Piece | undefined, target: Piece | undefined, readOnly: boolean, propagation: Value<string> | undefined, loc: Location, baseDir?: string): Mount {
  return mountOfParts(type, source ? specPart(source) : undefined, target ? valueOf(target) : undefined, readOnly, propagation, loc, paths(baseDir));
}
