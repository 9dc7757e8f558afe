/**
 * How a runtime setting is spelled where the container is defined, for messages: Compose's
 * `user:` is `docker run`'s `--user`. Rules say `${settingName(container, 'user', 'key')}`
 * instead of writing a Compose key, so one message reads right for every source. Each source
 * kind has one row; a kind without its own row is spelled as `docker run` is.
 */
import type { RuntimeModel } from './model.js';

/** The settings messages name. */
export type Setting = 'user' | 'capDrop' | 'readOnly' | 'memoryLimit' | 'cpuLimit' | 'pidsLimit' | 'healthcheck' | 'deviceCgroupRules' | 'environment';

interface Spelling {
  /** The setting in a sentence (`cap_drop does not contain ALL`). */
  name: string;
  /** The setting as a key that is missing (`has no user:`); the name when not given. */
  key?: string;
  /** The setting written with a value (`user: 0`, `--user 0`). */
  written: (value: string) => string;
}

const COMPOSE: Record<Setting, Spelling> = {
  user: { name: 'user', key: 'user:', written: (v) => `user: ${v}` },
  capDrop: { name: 'cap_drop', written: (v) => `cap_drop: [${v}]` },
  readOnly: { name: 'read_only', written: (v) => `read_only: ${v}` },
  memoryLimit: { name: 'mem_limit or deploy.resources.limits.memory', written: (v) => `mem_limit: ${v}` },
  cpuLimit: { name: 'cpus, cpu_quota or deploy.resources.limits.cpus', written: (v) => `cpus: ${v}` },
  pidsLimit: { name: 'pids_limit or deploy.resources.limits.pids', written: (v) => `pids_limit: ${v}` },
  healthcheck: { name: 'healthcheck', key: 'healthcheck:', written: (v) => `healthcheck: ${v}` },
  deviceCgroupRules: { name: 'device_cgroup_rules', written: (v) => `device_cgroup_rules: ${v}` },
  environment: { name: 'environment', written: (v) => `environment: ${v}` },
};

const flag = (name: string): Spelling => ({ name, written: (v) => (v === 'true' ? name : `${name} ${v}`) });

const RUN_FLAGS: Record<Setting, Spelling> = {
  user: flag('--user'),
  capDrop: flag('--cap-drop'),
  readOnly: { name: '--read-only', written: (v) => (v === 'true' ? '--read-only' : `--read-only=${v}`) },
  memoryLimit: flag('--memory'),
  cpuLimit: { name: '--cpus or --cpu-quota', written: (v) => `--cpus ${v}` },
  pidsLimit: flag('--pids-limit'),
  healthcheck: flag('--health-cmd'),
  deviceCgroupRules: flag('--device-cgroup-rule'),
  environment: flag('--env'),
};

/** devcontainer.json: its own keys where it has one, else the `runArgs` flag. */
const inRunArgs = (flagName: string, bare = false): Spelling => ({
  name: `${flagName} in runArgs`,
  written: (v) => (bare && v === 'true' ? `"runArgs": ["${flagName}"]` : `"runArgs": ["${flagName}=${v}"]`),
});
const DEVCONTAINER: Record<Setting, Spelling> = {
  user: { name: 'containerUser', key: '"containerUser"', written: (v) => `"containerUser": "${v}"` },
  capDrop: inRunArgs('--cap-drop'),
  readOnly: inRunArgs('--read-only', true),
  memoryLimit: inRunArgs('--memory'),
  cpuLimit: inRunArgs('--cpus'),
  pidsLimit: inRunArgs('--pids-limit'),
  healthcheck: inRunArgs('--health-cmd'),
  deviceCgroupRules: inRunArgs('--device-cgroup-rule'),
  environment: { name: 'containerEnv', written: (v) => `"containerEnv": ${v}` },
};

/** A Quadlet unit's `[Container]` keys, else `PodmanArgs=`. */
const key = (name: string): Spelling => ({ name: `${name}=`, written: (v) => `${name}=${v}` });
const QUADLET: Record<Setting, Spelling> = {
  user: key('User'),
  capDrop: key('DropCapability'),
  readOnly: key('ReadOnly'),
  memoryLimit: key('Memory'),
  cpuLimit: { name: '--cpus in PodmanArgs=', written: (v) => `PodmanArgs=--cpus ${v}` },
  pidsLimit: key('PidsLimit'),
  healthcheck: key('HealthCmd'),
  deviceCgroupRules: { name: '--device-cgroup-rule in PodmanArgs=', written: (v) => `PodmanArgs=--device-cgroup-rule ${v}` },
  environment: key('Environment'),
};

/** A CI job's container or service: run flags in `options:`, but its variables under `env:`. */
const CI_CONTAINER: Record<Setting, Spelling> = {
  ...RUN_FLAGS,
  environment: { name: 'env', written: (v) => `env: ${v}` },
};

const BY_KIND: Partial<Record<RuntimeModel['kind'], Record<Setting, Spelling>>> = {
  'compose-service': COMPOSE,
  'docker-run': RUN_FLAGS,
  devcontainer: DEVCONTAINER,
  quadlet: QUADLET,
  'ci-container': CI_CONTAINER,
};

function spelling(container: Pick<RuntimeModel, 'kind'>, setting: Setting): Spelling {
  return (BY_KIND[container.kind] ?? RUN_FLAGS)[setting];
}

/** The setting's name (`'name'`: `cap_drop`, `--cap-drop`) or its name as a missing key (`'key'`: `user:`, `--user`). */
export function settingName(container: Pick<RuntimeModel, 'kind'>, setting: Setting, form: 'name' | 'key' = 'name'): string {
  const s = spelling(container, setting);
  return form === 'key' ? (s.key ?? s.name) : s.name;
}

/** The setting written with a value: `user: 0` / `--user 0`, `read_only: true` / `--read-only`. */
export function settingWritten(container: Pick<RuntimeModel, 'kind'>, setting: Setting, value: string): string {
  return spelling(container, setting).written(value);
}
