/** Names that say their value is a credential (shared by the ENV/ARG and Compose environment rules). */

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
 * counts only as a word of its own (`TOKENIZER_PATH` is not a secret). A name ending in
 * `_FILE` (`POSTGRES_PASSWORD_FILE`) holds a path to a secret, not the secret.
 */
export function looksSecretName(name: string): boolean {
  if (/_FILE$/i.test(name)) return false;
  return SECRET_ANYWHERE.test(name) || words(name).some((w) => w === 'token' || w === 'tokens');
}
