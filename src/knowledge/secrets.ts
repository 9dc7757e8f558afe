/**
 * Names that say their value is a credential, and values that only stand in for one
 * (shared by the ENV/ARG, Compose environment and RUN credential rules).
 */

/** Marks a secret wherever it appears in a name (`DBPASSWORD`, `client_secret`). */
const SECRET_ANYWHERE = /PASSWORD|PASSWD|SECRET|CREDENTIAL|PRIVATE_?KEY|ACCESS_?KEY|API_?KEY/i;

/** `GITHUB_TOKEN` → [github, token]; `authToken` → [auth, token]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\-.]+/);
}

/**
 * A name that holds a secret: `DB_PASSWORD`, `githubToken`, `AWS_SECRET_ACCESS_KEY`. `TOKEN`
 * counts only as a word of its own (`TOKENIZER_PATH` is not a secret). A name that only
 * describes a secret (`POSTGRES_PASSWORD_FILE`, `TOKEN_URL`, `PASSWORD_MIN_LENGTH`) is not one.
 */
export function looksSecretName(name: string): boolean {
  if (namesSecretMetadata(name)) return false;
  return SECRET_ANYWHERE.test(name) || words(name).some((w) => w === 'token' || w === 'tokens');
}

/**
 * A last name part that says the value is about the secret, not the secret itself:
 * `DB_PASSWORD_FILE=/run/secrets/db`, `TOKEN_URL=https://...`, `PASSWORD_MIN_LENGTH=12`.
 */
const QUALIFIERS = new Set([
  'FILE', 'FILES', 'PATH', 'DIR', 'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'LENGTH', 'LEN', 'SIZE',
  'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'LIFETIME', 'TIMEOUT', 'ENABLED', 'DISABLED', 'REQUIRED',
  'TYPE', 'NAME', 'HEADER', 'POLICY',
]);
const SECRET_PART = /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY/g;

/**
 * True when a secret-looking name describes a secret rather than holding one: its last part,
 * after the secret word, is a qualifier such as `_FILE`, `_URL` or `_LENGTH`.
 */
export function namesSecretMetadata(name: string): boolean {
  const upper = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[-.]/g, '_');
  let lastEnd = -1;
  for (const m of upper.matchAll(SECRET_PART)) lastEnd = m.index! + m[0].length;
  if (lastEnd < 0) return false;
  const rest = upper.slice(lastEnd).split('_').filter(Boolean);
  return rest.length > 0 && QUALIFIERS.has(rest[rest.length - 1]!);
}


/** Words that mark a value as an illustration to be replaced: `dummyKeyForTests`, `YOUR-TOKEN`. */
const PLACEHOLDER_WORDS = /dummy|placeholder|example|your_|your-/i;

/**
 * True when a value only stands in for a secret: empty; a `${VAR}`/`$VAR` reference with no
 * default written (the secret is supplied elsewhere); one character repeated (`000000`,
 * `xxxx`); wrapped in `<...>`, `{{...}}` or `__...__` (template markers); or containing a
 * placeholder word. A written default (`${PW:-hunter2}`) is judged as the default. Weak real
 * values (`changeme`, `password`, `secret`) are not placeholders: images ship with them.
 */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  const ref = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:(:?[-?])(.*))?\})$/s.exec(v);
  if (ref) return ref[3]?.endsWith('-') ? isPlaceholderValue(ref[4]!) : true;
  if (/^(.)\1*$/s.test(v)) return true;
  if (/^<.*>$/s.test(v) || /^\{\{.*\}\}$/s.test(v) || /^__.+__$/s.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}
