/**
 * Reading runtime settings the way the container engine will: a value whose variables had
 * no value is not guessed, and mode words are compared the way Docker spells them.
 */
import type { RuntimeModel, SecurityOpt, Value } from './model.js';

/** The value as trimmed text, or undefined when it is absent or a variable in it had no value. */
export function resolvedText(v: Value<unknown> | undefined): string | undefined {
  if (!v || v.unresolved?.length || v.value === undefined || v.value === null) return undefined;
  return String(v.value).trim();
}

/** `host` in a namespace setting (`pid`, `ipc`, `network_mode`, `uts`, `userns_mode`, `cgroup`). */
export function isHostMode(v: Value<string> | undefined): boolean {
  return resolvedText(v)?.toLowerCase() === 'host';
}

/** The `security_opt` entries with this key (`seccomp`, `apparmor`, `label`, ...), in written order. */
export function securityOptions(container: RuntimeModel, key: string): SecurityOpt[] {
  return container.securityOpt.filter((o) => o.key.trim().toLowerCase() === key);
}

/** The part of a `security_opt` entry after its key, trimmed and lower case. */
export function optionValue(opt: SecurityOpt): string {
  return opt.value.trim().toLowerCase();
}
