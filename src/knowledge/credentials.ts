/**
 * Whether a written value is a credential. `looksSecretName` (src/knowledge/secrets.ts) judges names;
 * this module judges values.
 */
import { isPlaceholderValue } from './secrets.js';

/**
 * True when a literal value could be a credential: not a placeholder (src/knowledge/secrets.ts), not a
 * switch (`true`, `no`, `0`, `1`: `SECRET_KEY_BASE_DUMMY=1`), and not an absolute file path
 * (`/run/secrets/db` points at a secret; it is not one).
 */
export function looksSecretValue(value: string): boolean {
  const v = value.trim();
  if (isPlaceholderValue(v)) return false;
  if (/^(true|false|yes|no|on|off|0|1)$/i.test(v)) return false;
  if (/^\/[\w.@%+-]*(\/[\w.@%+-]*)*$/.test(v)) return false;
  return true;
}

/** True when shell text holds a `$VAR`, `${...}`, `$(...)` or backtick: its value is not written in the file. */
export function hasShellExpansion(text: string): boolean {
  return /\$[{(A-Za-z_]|`/.test(text);
}

const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"]+):([^\s/@'"]+)@/gi;

/**
 * `scheme://user:password@host` inside some text: the index and end of `user:password` for
 * each one whose password is written out (not `${TOKEN}`, not a template placeholder).
 */
export function urlCredentials(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    const password = m[2]!;
    if (hasShellExpansion(password) || /^%\(|^\{\{/.test(password) || isPlaceholderValue(password)) continue;
    const start = m.index! + m[0].indexOf('://') + 3;
    out.push({ start, end: start + m[1]!.length + 1 + password.length });
  }
  return out;
}
