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

const SCHEME_CHAR = /[a-z0-9+.-]/i;
const SCHEME_START = /[a-z]/i;
const WORD_CHAR = /\w/;
const USER_PASSWORD = /([^\s/:@'"]+):([^\s/@'"]+)@/y;

/**
 * `scheme://user:password@host` inside some text: the index and end of `user:password` for
 * each one whose password is written out (not `${TOKEN}`, not a template placeholder).
 *
 * The matches of `/\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"]+):([^\s/@'"]+)@/gi`, found from each
 * `://` rather than by that expression, which backtracks quadratically on a long run of scheme
 * characters (`a.a.a.…`) with no `://`.
 */
export function urlCredentials(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let c = text.indexOf('://'); c >= 0; c = text.indexOf('://', Math.max(c + 1, from))) {
    // A scheme: scheme characters back from `://`, starting with a letter at a word boundary.
    let schemed = false;
    for (let p = c - 1; p >= from && SCHEME_CHAR.test(text[p]!); p--) {
      if (SCHEME_START.test(text[p]!) && (p === 0 || !WORD_CHAR.test(text[p - 1]!))) schemed = true;
    }
    if (!schemed) continue;
    USER_PASSWORD.lastIndex = c + 3;
    const m = USER_PASSWORD.exec(text);
    if (!m) continue;
    from = USER_PASSWORD.lastIndex;
    const password = m[2]!;
    if (hasShellExpansion(password) || /^%\(|^\{\{/.test(password) || isPlaceholderValue(password)) continue;
    const start = c + 3;
    out.push({ start, end: start + m[1]!.length + 1 + password.length });
  }
  return out;
}
