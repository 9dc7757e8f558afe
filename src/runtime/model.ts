/**
 * The runtime model: how one container is run, independent of where that is written. A
 * Compose service produces it today; a `docker run` line or a devcontainer.json will produce
 * the same model, so runtime rules are written once. Every field carries the location where
 * its value is written (an anchor's definition, an override file, an extended file).
 */
import type { Located, Location } from '../position.js';
import type { ShellScript } from '../shell.js';
import type { ImageModel } from '../image/model.js';

/** A located value that may have come through `${VAR}` interpolation. */
export type Value<T> = Located<T> & {
  /** Variables that had no value and no default: `value` is not trustworthy. */
  unresolved?: string[];
  /** True when the written scalar used `${VAR}` interpolation (so `value` is not a literal in the file). */
  interpolated?: boolean;
  /** Some of it is a variable's value (from `.env` or the environment) rather than text written in the file, such as a `${VAR:-default}`. */
  fromLookup?: boolean;
};

export interface Mount {
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image';
  /** Host side as written (bind path or volume name). */
  source: Value<string> | undefined;
  /**
   * Absolute host path for binds, resolved against the Compose file's folder (its project
   * directory). Undefined for volumes, for a `~/...` source (whoever runs Compose decides
   * that home folder: check `source`) and for a source with an unresolved variable.
   */
  hostPath: string | undefined;
  /**
   * `~/...` when the source is the home folder of whoever runs the engine and that folder is
   * not known: written `~`, or `$HOME`/`${HOME}` with HOME unset. Rules judge the path as
   * home-relative instead of skipping it as unresolved.
   */
  homePath?: string | undefined;
  target: Value<string> | undefined;
  readOnly: boolean;
  /** Bind propagation (`shared`, `rshared`, `slave`, ...). */
  propagation: Value<string> | undefined;
  /** The whole entry (a short-syntax string or a long-syntax mapping). */
  loc: Location;
}

export interface PortMapping {
  /** Host IP as written; undefined means all interfaces. */
  hostIp: string | undefined;
  published: string | undefined;
  /** Container port or range as written (`80`, `8000-8010`). */
  target: string;
  /** Every container port the entry covers (ranges expanded, bounded). */
  targetPorts: number[];
  /** Every host port the entry publishes. */
  publishedPorts: number[];
  protocol: string;
  /** Published on every host interface (no host IP, `0.0.0.0` or `::`). */
  allInterfaces: boolean;
  loc: Location;
}

export interface Device {
  host: Value<string>;
  container: string | undefined;
  permissions: string | undefined;
  loc: Location;
}

export interface SecurityOpt {
  /** `seccomp`, `apparmor`, `label`, `no-new-privileges`, ... (lower case). */
  key: string;
  /** Everything after the first `:` or `=` (empty when there is none). */
  value: string;
  written: string;
  loc: Location;
}

export interface KeyValue {
  name: Located<string>;
  /** Read from a file named by `env_file:` (its location is in that file). */
  fromEnvFile?: boolean;
  /** Undefined for a name without a value (`- DEBUG` in a list). */
  value: Value<string> | undefined;
  loc: Location;
}

export interface BuildSpec {
  loc: Location;
  context: Value<string> | undefined;
  /** Absolute build context folder. */
  contextPath: string | undefined;
  dockerfile: Value<string> | undefined;
  /** Absolute Dockerfile path (context + dockerfile, default `Dockerfile`). */
  dockerfilePath: string | undefined;
  /** Inline `dockerfile_inline` text. */
  dockerfileInline: Value<string> | undefined;
  target: Value<string> | undefined;
  args: KeyValue[];
  privileged: Value<boolean | string> | undefined;
  network: Value<string> | undefined;
  entitlements: Value<string>[];
}

export interface CommandSpec {
  loc: Location;
  /** As given: a string or a list of words. */
  written: Located<string | string[]>;
  script: ShellScript;
}

export interface Limits {
  memory: Value<string | number> | undefined;
  pids: Value<string | number> | undefined;
  cpus: Value<string | number> | undefined;
}

export interface Healthcheck {
  loc: Location;
  disabled: boolean;
  /** A `test` is given; without one the block only tunes the image's own HEALTHCHECK. */
  hasTest: boolean;
}

/** A namespace a container can join from another container instead of having its own. */
export type JoinableNamespace = 'network' | 'pid' | 'ipc';

/**
 * A namespace joined from another container (`network_mode: service:x`, `pid: container:x`,
 * `docker run --network container:x`), followed to the container that owns it. A rule sees
 * one container at a time, so whoever loads the containers together fills this in.
 */
export interface JoinedNamespace {
  /**
   * The joins in order: the first is this container's own setting, each next one the setting
   * of the container the previous one joined.
   */
  chain: { container: string; title?: string; setting: Value<string> }[];
  /** The container that owns the namespace: the end of the chain. */
  owner: string;
  /** How messages name the owner (its `title`: `service vpn`, `docker run in deploy.sh:3`); default `service <owner>`. */
  ownerTitle?: string;
  /** The owner's own setting (`host`, `bridge`, ...); undefined when it sets none. */
  ownerSetting: Value<string> | undefined;
}

export interface RuntimeModel {
  /** Where the settings come from. */
  kind: 'compose-service' | 'docker-run' | 'devcontainer' | 'quadlet' | 'ci-container';
  /**
   * The container's name, located where findings about something missing point (a service's
   * key, the `docker run` word): stable across edits, so it is part of fingerprints.
   */
  name: Located<string>;
  /**
   * How messages name it: `service web`, `docker run in scripts/deploy.sh:14`, `the dev
   * container`. A message reads "<title> runs privileged".
   */
  title: string;
  /**
   * How a finding's fingerprint names the container when `title` holds what moves with
   * unrelated edits (the line of a `docker run`): it stands for the title in the message a
   * logical key is made of. Default: the title itself.
   */
  keyTitle?: string;
  /** The file that defines the service. */
  file: string;
  image: Value<string> | undefined;
  build: BuildSpec | undefined;
  /** The Dockerfile behind `build:`, parsed at `build.target`, when it could be loaded. */
  builtImage: ImageModel | undefined;
  user: Value<string> | undefined;
  privileged: Value<boolean | string> | undefined;
  pid: Value<string> | undefined;
  ipc: Value<string> | undefined;
  /** `network_mode`, or `host` when the service joins an external network named host. */
  networkMode: Value<string> | undefined;
  uts: Value<string> | undefined;
  userns: Value<string> | undefined;
  cgroup: Value<string> | undefined;
  /** Normalised: upper case, no `CAP_` prefix. */
  capAdd: Value<string>[];
  capDrop: Value<string>[];
  securityOpt: SecurityOpt[];
  devices: Device[];
  deviceCgroupRules: Value<string>[];
  mounts: Mount[];
  sysctls: KeyValue[];
  limits: Limits;
  readOnly: Value<boolean | string> | undefined;
  oomKillDisable: Value<boolean | string> | undefined;
  ports: PortMapping[];
  expose: Value<string>[];
  environment: KeyValue[];
  command: CommandSpec | undefined;
  entrypoint: CommandSpec | undefined;
  runtime: Value<string> | undefined;
  platform: Value<string> | undefined;
  isolation: Value<string> | undefined;
  healthcheck: Healthcheck | undefined;
  /** `x-isolint: {trust: untrusted}` on the service. */
  trust: Value<string> | undefined;
  /** The container's own name (`container_name:`), which `container:<name>` refers to. */
  containerName?: Value<string> | undefined;
  /**
   * Namespaces this container joins from another one, resolved to their owner. Absent when
   * it joins none, or when the container it names is unknown or the chain loops.
   */
  joined?: Partial<Record<JoinableNamespace, JoinedNamespace>>;
}

/** True for a value that is literally true (YAML boolean or the strings Compose accepts). */
export function isTrue(v: Value<boolean | string | number> | undefined): boolean {
  if (!v || v.unresolved?.length) return false;
  return v.value === true || (typeof v.value === 'string' && /^(true|yes|on|1)$/i.test(v.value));
}

/**
 * A container with nothing set: what `docker run <image>` gives. Readers of other sources
 * (a `docker run` line, a devcontainer.json, a Quadlet unit) start here and fill in what is written.
 */
export function defaultContainer(kind: RuntimeModel['kind'], name: Located<string>, title: string, file: string): RuntimeModel {
  return {
    kind,
    name,
    title,
    file,
    image: undefined,
    build: undefined,
    builtImage: undefined,
    user: undefined,
    privileged: undefined,
    pid: undefined,
    ipc: undefined,
    networkMode: undefined,
    uts: undefined,
    userns: undefined,
    cgroup: undefined,
    capAdd: [],
    capDrop: [],
    securityOpt: [],
    devices: [],
    deviceCgroupRules: [],
    mounts: [],
    sysctls: [],
    limits: { memory: undefined, pids: undefined, cpus: undefined },
    readOnly: undefined,
    oomKillDisable: undefined,
    ports: [],
    expose: [],
    environment: [],
    command: undefined,
    entrypoint: undefined,
    runtime: undefined,
    platform: undefined,
    isolation: undefined,
    healthcheck: undefined,
    trust: undefined,
  };
}
