import { defineRule } from '../src/engine/rule.js';
import { buildInstructions } from '../src/knowledge/query.js';
import { copySources } from '../src/knowledge/copy-sources.js';
import { trimTrailingSlashes } from '../src/linear.js';

const SSH_KEYS = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const CREDENTIAL_FILES = new Set(['.npmrc', '.pypirc', '.git-credentials', '.netrc']);
/** Files in `.ssh/` that hold no secret: host keys of servers, public keys, client settings. */
const SSH_PUBLIC = /^(known_hosts2?|authorized_keys2?|config|.*\.pub)$/;
/** `.env` templates are committed on purpose and hold placeholders. */
const ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?|schema)$/i;
/** Where a `.pem` goes when it is a CA certificate being trusted, not a key. */
const TRUST_STORES = /^\/(usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust\/source\/anchors|etc\/pki\/tls\/certs)(\/|$)/;

/** Why a COPY/ADD source path looks like a secret, or undefined. */
function secretFileKind(path: string): string | undefined {
  const segments = trimTrailingSlashes(path).split('/').filter((s) => s !== '' && s !== '.');
  const base = segments[segments.length - 1] ?? '';
  if (SSH_KEYS.has(base)) return 'an SSH private key';
  const ssh = segments.indexOf('.ssh');
  if (ssh >= 0 && (ssh === segments.length - 1 || !SSH_PUBLIC.test(base))) return 'SSH keys';
  if (segments.includes('.aws')) return 'AWS credentials';
  if (base === '.env' || (base.startsWith('.env.') && !ENV_TEMPLATE.test(base))) return 'an environment file';
  if (/\.pem$/i.test(base)) return 'a PEM key or certificate';
  if (/\.key$/i.test(base)) return 'a private key';
  if (CREDENTIAL_FILES.has(base)) return 'a credentials file';
  if (segments.slice(-2).join('/') === '.docker/config.json') return 'Docker registry credentials';
  return undefined;
}

/**
 * COPY/ADD of a file that usually holds a credential (SSH keys, `.aws/`, `.env`, `*.pem`,
 * `*.key`, `.npmrc`, `.pypirc`, `.git-credentials`, `.netrc`, `.docker/config.json`). Decisions:
 * - Sources from another stage or image (`COPY --from=`) count: the file lands in a layer
 *   of this image either way.
 * - Not flagged: `.env` templates (`.env.example`, `.sample`, `.template`, `.dist`), public
 *   files under `.ssh/` (`known_hosts`, `authorized_keys`, `config`, `*.pub`), a `.pem` copied
 *   into a CA trust store (a CA certificate being trusted), names that only end alike
 *   (`monkey`, `keys.txt`, `environment.ts`), heredoc sources, paths with an unresolved
 *   variable, and remote ADD sources (downloads: add-remote-url).
 * - `COPY . .` may carry any of these files in; that depends on `.dockerignore`, which is
 *   not read here.
 */
export default defineRule({
  id: 'secret-file-copied',
  title: 'Credential file copied into the image',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'secrets',
  rationale:
    'A file copied into a layer stays in the image even if a later step deletes it, and anyone who can pull the image can extract it. ' +
    'Keys and tokens copied this way give access to the hosts, registries and clouds that feed the shared kernel its workloads.',
  fix: 'Mount the file only for the step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc` or `--mount=type=ssh`), and list it in `.dockerignore`.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM node:22-slim\n' +
      'COPY .npmrc /root/.npmrc\n' +
      'COPY package*.json ./\n' +
      'RUN npm ci',
    good:
      'FROM node:22-slim\n' +
      'COPY package*.json ./\n' +
      'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  },
  references: ['https://docs.docker.com/build/building/secrets/', 'https://docs.docker.com/build/building/context/#dockerignore-files'],
  checkImage(image, { report }) {
    for (const ins of buildInstructions(image, ['COPY', 'ADD'])) {
      const sources = copySources(ins);
      const dest = ins.expand(ins.args[ins.args.length - 1]?.value.replace(/^"|"\s*\]$/g, '') ?? '').value;
      for (const source of sources) {
        const path = ins.expand(source.value);
        if (path.unresolved.length || /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(path.value)) continue;
        const kind = secretFileKind(path.value);
        if (!kind) continue;
        if (kind.startsWith('a PEM') && TRUST_STORES.test(dest)) continue;
        report(source, `${ins.keyword} copies ${kind} (${path.value}) into the image`);
      }
    }
  },
});
