/**
 * Mount (and device) specs read into the runtime model, once for every source that writes
 * them as text: `docker run -v`/`--mount`/`--device` (src/sources/docker-cli/run-flags.ts),
 * Quadlet `Volume=`/`Mount=`/`AddDevice=`, a workflow's `volumes:`, a devcontainer.json
 * `mounts` string (src/sources/common/located-text.ts), and the home-folder and host-path
 * reading of Compose's volumes (src/compose/normalize.ts).
 *
 * A source hands its text over as a `SpecText`: the text, the spans of it whose value is not
 * known where it is read, and a way to make a located model value of any part of it. Each
 * source keeps its own located model (a shell word with an offset per character, a piece of a
 * unit file or JSON string, a YAML scalar); this module only does the reading.
 *
 * Where the tools that run these specs read them differently, the difference is an explicit
 * option (`SourceRules`, `MountDialect`), each field saying whose semantics it follows.
 */
import { posix, isAbsolute, resolve } from 'node:path';
import type { Location } from '../position.js';
import type { Device, Mount, Value } from './model.js';
import { colonParts, parseDeviceSpec, PROPAGATION } from './specs.js';

/** A span of a spec's text whose value is not known where it is read (`$VAR`, `%h`, `${localEnv:HOME}`, `${{ … }}`). */
export interface Unknown {
  /** [start, end) in the text. */
  start: number;
  end: number;
  /** It stands for the home folder of whoever runs the container (`$HOME`, `%h`, `${localEnv:HOME}`). */
  home?: boolean;
}

/** A spec as one source's located model gives it to the readers here. */
export interface SpecText {
  readonly text: string;
  /** The spans of `text` not known here, in order. */
  readonly unknown: readonly Unknown[];
  /** Characters [from, to) as a model value located at them: unresolved when part of them is unknown. */
  value(from: number, to: number): Value<string>;
}

/** A located part of a spec: its text, its unknown spans (offsets into the part) and its model value. */
export interface SpecPart {
  text: string;
  unknown: readonly Unknown[];
  value: Value<string>;
}

/** The unknown spans of [from, to), as offsets into that part. */
export function unknownIn(unknown: readonly Unknown[], from: number, to: number): Unknown[] {
  return unknown.filter((u) => u.start < to && u.end > from).map((u) => ({ ...u, start: Math.max(0, u.start - from), end: Math.min(to, u.end) - from }));
}

/** Characters [from, to) of a spec as a located part. */
export function partOf(spec: SpecText, from: number, to: number): SpecPart {
  return { text: spec.text.slice(from, to), unknown: unknownIn(spec.unknown, from, to), value: spec.value(from, to) };
}

const WINDOWS_PATH = /^([A-Za-z]:[\\/]|\\\\)/;

/**
 * How a leading `~` whose rest is not all known is read. A shell (a `docker run` line) and
 * Compose's loader expand a leading `~` whatever follows it, so `~/$X` is in the home folder
 * (`'any-rest'`). `'known-rest'` gives no home path for it, as isolint has always read the
 * located sources (Quadlet, workflows, devcontainer.json): a source with a part not known
 * there is a home path only when that part is the home folder itself (`%h`,
 * `${localEnv:HOME}`).
 */
export type TildeRule = 'any-rest' | 'known-rest';

/**
 * `~/...` for a source in the home folder of whoever runs the container: `~` or `~/x` as
 * written, or a home-folder span (`$HOME`, `%h`, `${localEnv:HOME}`) that starts the text, is
 * its only unknown part and is followed by nothing or by `/`.
 */
export function homePathOf(text: string, unknown: readonly Unknown[], tilde: TildeRule): string | undefined {
  const first = unknown[0];
  if (first?.home && first.start === 0 && unknown.length === 1) {
    const rest = text.slice(first.end);
    return rest === '' || rest.startsWith('/') ? `~${rest}` : undefined;
  }
  if (unknown.length && tilde === 'known-rest') return undefined;
  return text === '~' || text.startsWith('~/') ? text : undefined;
}

/**
 * The host path of a bind source: an absolute one as written (normalised), a Windows path
 * as is, a relative one resolved against `baseDir` when the source has one (Compose's project
 * folder, a Quadlet unit's folder) and undefined where it depends on the folder a command is
 * run from. Undefined when part of it is unknown, and for `~`: whose home it is depends on who
 * runs it (see `homePathOf`).
 */
export function hostPathOf(text: string, known: boolean, baseDir?: string): string | undefined {
  if (!known || !text || text.startsWith('~')) return undefined;
  if (WINDOWS_PATH.test(text)) return text;
  if (text.startsWith('/')) return posix.resolve(text);
  if (isAbsolute(text)) return resolve(text);
  return baseDir === undefined ? undefined : resolve(baseDir, text);
}

/**
 * Which short-syntax (`-v SOURCE:TARGET`) sources are host paths (a bind), not volume names.
 * `/x`, `~`, `~/x`, `C:\x` and `\\server\share` are paths for every tool.
 */
export interface SourceRules {
  /**
   * A source that starts with `.`:
   * - `'any-dot'`: a path (`.x`, `./x`, `../x`), as Docker's and Podman's CLIs read `-v`
   *   (their `isFilePath`: a source starting with `.`, `/` or `~`);
   * - `'dot-segment'`: a path when it is `.`, `..` or starts with `./` or `../` (Quadlet
   *   `Volume=`, which resolves it against the unit's folder);
   * - `'volume-name'`: never a path (a workflow's `volumes:`).
   */
  relative: 'any-dot' | 'dot-segment' | 'volume-name';
  /**
   * A source whose first characters are not known (`$PWD/x`, `${localWorkspaceFolder}`):
   * `'bind'` (a `docker run` line: such a word is nearly always a path the shell builds) or
   * `'bind-with-slash'` (only when a `/` follows). One that starts with the home folder is a
   * bind either way.
   */
  leadingUnknown: 'bind' | 'bind-with-slash';
}

/** A short-syntax source is a host path (a bind mount), not a volume name. */
export function isBindSource(text: string, unknown: readonly Unknown[], rules: SourceRules): boolean {
  if (text.startsWith('/') || text.startsWith('~') || WINDOWS_PATH.test(text)) return true;
  if (rules.relative === 'any-dot' && text.startsWith('.')) return true;
  if (rules.relative === 'dot-segment' && /^\.\.?(\/|$)/.test(text)) return true;
  const lead = unknown.find((u) => u.start === 0);
  if (!lead) return false;
  // A home folder (`%h`, `${localEnv:HOME}`) is an absolute path, whatever follows it.
  return lead.home === true || rules.leadingUnknown === 'bind' || text.includes('/');
}

/** How a bind's host side is resolved: see `hostPathOf` and `TildeRule`. */
export interface PathRules {
  baseDir?: string | undefined;
  tilde: TildeRule;
}

/** A mount from its located parts; a bind gets its host path and home path. */
export function mountOf(type: Mount['type'], source: SpecPart | undefined, target: Value<string> | undefined, readOnly: boolean, propagation: Value<string> | undefined, loc: Location, paths: PathRules): Mount {
  const bind = type === 'bind' && source !== undefined;
  const homePath = bind ? homePathOf(source.text, source.unknown, paths.tilde) : undefined;
  return {
    type,
    source: source?.value,
    hostPath: bind ? hostPathOf(source.text, !source.value.unresolved?.length, paths.baseDir) : undefined,
    ...(homePath ? { homePath } : {}),
    target,
    readOnly,
    propagation,
    loc,
  };
}

/**
 * [start, end) of each part of [from, text.length) between separator characters, empty parts
 * left out; with `quotes`, a separator inside double quotes does not split (`"src=/a,b"`).
 */
export function splitFields(text: string, from: number, separator: RegExp, quotes: boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let quoted = false;
  for (let i = from; i <= text.length; i++) {
    const ch = text[i];
    if (quotes && ch === '"') quoted = !quoted;
    if (i === text.length || (!quoted && separator.test(ch!))) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * `SOURCE:TARGET[:OPTIONS]` or `TARGET` alone (an anonymous volume): `-v`, Quadlet `Volume=`,
 * a workflow's `volumes:`. Options are separated by `,` or `:`; `ro`/`readonly` and a
 * propagation mode (`rshared`, ...) are read. `loc` is where the mount is reported.
 */
export function volumeMount(spec: SpecText, loc: Location, rules: SourceRules & PathRules): Mount {
  const text = spec.text;
  const parts = colonParts(text);
  if (parts.length === 1) return { type: 'volume', source: undefined, hostPath: undefined, target: spec.value(0, text.length), readOnly: false, propagation: undefined, loc };
  const source = partOf(spec, ...parts[0]!);
  const target = spec.value(...parts[1]!);
  let readOnly = false;
  let propagation: Value<string> | undefined;
  const optionsAt = parts[2]?.[0];
  if (optionsAt !== undefined) {
    for (const [from, to] of splitFields(text, optionsAt, /[,:]/, false)) {
      const opt = text.slice(from, to);
      if (opt === 'ro' || opt === 'readonly') readOnly = true;
      if (PROPAGATION.has(opt)) propagation = spec.value(from, to);
    }
  }
  const bind = isBindSource(source.text, source.unknown, rules);
  if (!bind) return { type: 'volume', source: source.value, hostPath: undefined, target, readOnly, propagation, loc };
  return mountOf('bind', source, target, readOnly, propagation, loc, rules);
}

/** How a `--mount` spec's fields are read where the tools that read it differ. */
export interface MountDialect {
  /**
   * A field may be double-quoted (`"src=/a,b",dst=/c`): Docker's CLI reads `--mount` as one
   * CSV record (Podman's too). The located sources split at every comma, as they always have.
   */
  csvQuotes: boolean;
  /** Blanks around a value are dropped (a unit file's `Mount=type=bind, source=/x`). Keys are always trimmed. */
  trimValues: boolean;
  /** `type=BIND` is `bind`: Docker's CLI lower-cases the type. */
  foldTypeCase: boolean;
  /** Written types and the model's type for each. */
  types: Readonly<Record<string, Mount['type']>>;
  /**
   * A type not in `types`: `'refuse'` reads no mount (the caller notes it; the CLI would
   * refuse the option), `'ignore'` keeps the type read so far (`volume` by default).
   */
  unknownType: 'refuse' | 'ignore';
  /** The values of `readonly=`/`ro=` that make the mount read-only (a bare `readonly` always does). */
  trueWords: RegExp;
}

const BASIC_TYPES: Record<string, Mount['type']> = { bind: 'bind', volume: 'volume', tmpfs: 'tmpfs', npipe: 'npipe', cluster: 'cluster', image: 'image' };

/**
 * `--mount` of `docker run` (and podman's and nerdctl's): Docker's CSV with quoted fields, a
 * lower-cased type, Podman's `glob` (a bind of every match), `ramfs` and `devpts` (memory and
 * pseudo-terminal file systems, read as tmpfs) too, and `readonly=` true as the reader's
 * other booleans (`true`, `1`, `t`, `yes`).
 */
export const DOCKER_CLI_MOUNT: MountDialect = {
  csvQuotes: true,
  trimValues: false,
  foldTypeCase: true,
  types: { ...BASIC_TYPES, glob: 'bind', ramfs: 'tmpfs', devpts: 'tmpfs' },
  unknownType: 'refuse',
  trueWords: /^(true|1|t|yes)$/i,
};

/** `Mount=` of a Quadlet unit and a devcontainer.json string mount, as isolint reads them. */
export const LOCATED_MOUNT: MountDialect & { unknownType: 'ignore' } = {
  csvQuotes: false,
  trimValues: true,
  foldTypeCase: false,
  types: BASIC_TYPES,
  unknownType: 'ignore',
  trueWords: /^(true|1)$/i,
};

/**
 * `type=bind,source=/x,target=/y,readonly,bind-propagation=rshared`. Keys as Docker and Podman
 * accept them, in any case: `src`, `source`; `dst`, `destination`, `target`; `ro`, `readonly`.
 * A `{ unknownType }` when the dialect refuses the type written.
 */
export function mountSpec(spec: SpecText, loc: Location, dialect: MountDialect & { unknownType: 'ignore' }, paths: PathRules): Mount;
export function mountSpec(spec: SpecText, loc: Location, dialect: MountDialect, paths: PathRules): Mount | { unknownType: string };
export function mountSpec(spec: SpecText, loc: Location, dialect: MountDialect, paths: PathRules): Mount | { unknownType: string } {
  const text = spec.text;
  let type: Mount['type'] = 'volume';
  let source: SpecPart | undefined;
  let target: Value<string> | undefined;
  let readOnly = false;
  let propagation: Value<string> | undefined;
  let refused: string | undefined;
  for (let [a, b] of splitFields(text, 0, /,/, dialect.csvQuotes)) {
    if (dialect.csvQuotes && b - a >= 2 && text[a] === '"' && text[b - 1] === '"') {
      a++;
      b--;
    }
    const field = text.slice(a, b);
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    // The value's [from, to).
    let from = a + eq + 1;
    let to = b;
    if (dialect.trimValues && eq >= 0) {
      while (from < to && /\s/.test(text[from]!)) from++;
      while (to > from && /\s/.test(text[to - 1]!)) to--;
    }
    const val = eq < 0 ? undefined : text.slice(from, to);
    switch (key) {
      case 'type': {
        if (val === undefined && dialect.unknownType === 'ignore') break;
        const written = dialect.foldTypeCase ? (val ?? '').toLowerCase() : val ?? '';
        const known = Object.hasOwn(dialect.types, written) ? dialect.types[written] : undefined;
        // The last `type=` is the mount's type: an unknown one is refused only if it stays.
        if (known) type = known;
        if (dialect.unknownType === 'refuse') refused = known ? undefined : written;
        break;
      }
      case 'source':
      case 'src':
        if (val !== undefined) source = partOf(spec, from, to);
        break;
      case 'target':
      case 'dst':
      case 'destination':
        if (val !== undefined) target = spec.value(from, to);
        break;
      case 'readonly':
      case 'ro':
        readOnly = val === undefined || dialect.trueWords.test(val);
        break;
      case 'bind-propagation':
        if (val !== undefined) propagation = spec.value(from, to);
        break;
    }
  }
  if (refused !== undefined) return { unknownType: refused };
  return mountOf(type, source, target, readOnly, propagation, loc, paths);
}

/** `/dev/sda[:/dev/xvda[:rwm]]`: the host device located, the path inside and the cgroup permissions. */
export function deviceOf(spec: SpecText, loc: Location): Device {
  const d = parseDeviceSpec(spec.text);
  return { host: spec.value(...d.host), container: d.container, permissions: d.permissions, loc };
}
