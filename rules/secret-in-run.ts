import { defineRule } from '../src/engine/rule.js';
import { imageCommands } from '../src/knowledge/query.js';
import { basename, programOf, unwrapCommand, type SimpleCommand, type Word } from '../src/shell.js';
import { curlOptions } from '../src/knowledge/curl.js';
import { isPlaceholderValue, looksSecretName } from '../src/knowledge/secrets.js';
import { hasShellExpansion, looksSecretValue, urlCredentials } from '../src/knowledge/credentials.js';
import { partText, syntheticWord, wordPartLoc, type WordPart } from '../src/knowledge/word-parts.js';
import { writtenText } from '../src/knowledge/written.js';

type Finding = { at: WordPart; what: string };

/**
 * A value written in the Dockerfile, not read from a variable, a substitution
 * (`$(cat /run/secrets/x)`) or standard input. A `$` inside single quotes is literal too,
 * which is why the word's own flag is asked first. A placeholder (`<token>`, `YOUR_TOKEN`,
 * `xxxx`) is not a credential.
 */
function literal(part: WordPart): boolean {
  const text = partText(part);
  if (text === '' || text === '-') return false;
  if (part.word.hasExpansion && hasShellExpansion(text)) return false;
  // `user:<password>`: a pair is judged on its password.
  return !isPlaceholderValue(text) && !(text.includes(':') && isPlaceholderValue(text.slice(text.indexOf(':') + 1)));
}

const REGISTRY_CLIS = new Set(['docker', 'podman', 'buildah', 'skopeo', 'nerdctl', 'helm', 'oras', 'crane']);

/** `docker login -p X` / `--password X` / `--password=X` / `-pX`. */
function registryLogin(args: Word[]): Finding | undefined {
  const login = args.findIndex((a) => a.value === 'login');
  if (login < 0) return undefined;
  for (let i = login + 1; i < args.length; i++) {
    const w = args[i]!;
    let value: WordPart | undefined;
    if (w.value === '-p' || w.value === '--password') value = args[i + 1] && { word: args[i + 1]! };
    else if (w.value.startsWith('--password=')) value = { word: w, start: '--password='.length };
    else if (/^-p./.test(w.value)) value = { word: w, start: 2 };
    if (value && literal(value)) return { at: value, what: 'a registry password given to login on the command line' };
  }
  return undefined;
}

/** `aws configure set aws_secret_access_key X` (also `default.aws_…`, `aws_session_token`). */
function awsConfigure(args: Word[]): Finding | undefined {
  if (args[0]?.value !== 'configure' || args[1]?.value !== 'set') return undefined;
  const positional: Word[] = [];
  for (let i = 2; i < args.length; i++) {
    if (args[i]!.value.startsWith('--')) i++;
    else positional.push(args[i]!);
  }
  const [key, value] = positional;
  if (!key || !value || !/(^|\.)(aws_secret_access_key|aws_session_token)$/i.test(key.value)) return undefined;
  return literal({ word: value }) ? { at: { word: value }, what: `a literal ${key.value}` } : undefined;
}

const NPM_AUTH_KEY = /(^|:)(_authToken|_auth|_password)$|^npmAuthToken$|^npmAuthIdent$/;

/** `npm config set //registry/:_authToken X`, `…:_authToken=X`, `yarn config set npmAuthToken X`. */
function npmAuth(args: Word[]): Finding | undefined {
  const set = args.findIndex((a) => a.value === 'set');
  if (set < 0) return undefined;
  const key = args[set + 1];
  if (!key) return undefined;
  const eq = key.value.indexOf('=');
  const name = eq >= 0 ? key.value.slice(0, eq) : key.value;
  if (!NPM_AUTH_KEY.test(name)) return undefined;
  const value: WordPart | undefined = eq >= 0 ? { word: key, start: eq + 1 } : args[set + 2] && { word: args[set + 2]! };
  return value && literal(value) ? { at: value, what: `a literal npm ${name.replace(/^.*:/, '')}` } : undefined;
}

/** `curl -u user:password` / `--user` / `-U` / `--proxy-user`. */
function curlUser(args: Word[]): Finding | undefined {
  for (const o of curlOptions(args)) {
    if (!['u', 'user', 'U', 'proxy-user'].includes(o.name) || !o.value) continue;
    const text = partText(o.value);
    const colon = text.indexOf(':');
    if (colon < 0) continue;
    const password: WordPart = { word: o.value.word, start: (o.value.start ?? 0) + colon + 1 };
    if (literal(password)) return { at: o.value, what: 'a literal user:password given to curl' };
  }
  return undefined;
}

/** `wget --password=X`, `--http-password X`, `--ftp-password=X`, `--proxy-password`. */
function wgetPassword(args: Word[]): Finding | undefined {
  for (let i = 0; i < args.length; i++) {
    const m = /^--(?:http-|ftp-|proxy-)?password(=)?/.exec(args[i]!.value);
    if (!m || (!m[1] && args[i]!.value !== m[0])) continue;
    const value: WordPart | undefined = m[1] ? { word: args[i]!, start: m[0].length } : args[i + 1] && { word: args[i + 1]! };
    if (value && literal(value)) return { at: value, what: 'a literal password given to wget' };
  }
  return undefined;
}

/** Registry clients whose `login --password-stdin` reads the password from standard input. */
const LOGIN_CLIENTS = new Set(['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'oras', 'helm']);

/**
 * `echo 'user:password' | chpasswd`, `chpasswd <<< 'user:password'`, `echo pw | passwd --stdin user`,
 * `echo pw | docker login -u ci --password-stdin`.
 */
function passwordOnStdin(cmd: SimpleCommand): Finding | undefined {
  const reads = (c: SimpleCommand) => {
    const { name, args } = unwrapCommand(c);
    const program = name && basename(name.value);
    if (program === 'chpasswd') return 'chpasswd';
    if (program === 'passwd' && args.some((a) => a.value === '--stdin')) return 'passwd';
    if (program && LOGIN_CLIENTS.has(program) && args.some((a) => a.value === 'login') && args.some((a) => a.value === '--password-stdin')) return `${program} login`;
    return undefined;
  };
  const fromEcho = () => {
    const program = programOf(cmd);
    if (program !== 'echo' && program !== 'printf') return undefined;
    const into = cmd.pipedInto.map(reads).find(Boolean);
    return into && { into, words: unwrapCommand(cmd).args.filter((a) => !/^-[neE]+$/.test(a.value)) };
  };
  const source = cmd.stdinText && reads(cmd) ? { into: reads(cmd)!, words: [cmd.stdinText] } : fromEcho();
  if (!source) return undefined;
  for (const word of source.words) {
    // `printf '%s:%s\n' "$USER" "$PASS"`: a format is not a password.
    if (word.value.includes('%s')) continue;
    if (source.into !== 'chpasswd') {
      if (literal({ word })) return { at: { word }, what: `a literal password fed to ${source.into} --${source.into === 'passwd' ? 'stdin' : 'password-stdin'}` };
      continue;
    }
    for (const line of word.value.split(/\\n|\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const start = word.value.indexOf(line) + colon + 1;
      if (literal({ word, start, end: start + line.length - colon - 1 })) return { at: { word }, what: 'a literal user:password fed to chpasswd' };
    }
  }
  return undefined;
}

/** `scheme://user:password@host` in the words of git, curl, wget or pip. */
function credentialsInUrl(program: string, args: Word[]): Finding | undefined {
  if (!['git', 'curl', 'wget'].includes(program) && !/^pip[0-9.]*$/.test(program)) return undefined;
  for (const word of args) {
    const hit = urlCredentials(word.value)[0];
    if (hit) return { at: { word, start: hit.start, end: hit.end }, what: `credentials written in a URL given to ${program}` };
  }
  return undefined;
}

/** Written into a file: a `.npmrc` token line, `.netrc` password, or a URL with credentials (`.git-credentials`). */
function writtenCredential(part: WordPart): Finding | undefined {
  const text = partText(part);
  const base = part.start ?? 0;
  const npm = /_authToken\s*=\s*([^\s'"]+)/.exec(text);
  if (npm && !hasShellExpansion(npm[1]!)) {
    const start = base + npm.index + npm[0].length - npm[1]!.length;
    return { at: { word: part.word, start, end: start + npm[1]!.length }, what: 'a literal npm _authToken written into a file' };
  }
  const netrc = /\bmachine\s+\S+\s+login\s+\S+\s+password\s+([^\s'"]+)/.exec(text);
  if (netrc && !hasShellExpansion(netrc[1]!)) {
    const start = base + netrc.index + netrc[0].length - netrc[1]!.length;
    return { at: { word: part.word, start, end: start + netrc[1]!.length }, what: 'a literal .netrc password written into a file' };
  }
  const url = urlCredentials(text)[0];
  if (url) return { at: { word: part.word, start: base + url.start, end: base + url.end }, what: 'credentials in a URL written into a file' };
  return undefined;
}

/** `TOKEN=abc make` or `env API_KEY=abc ./deploy`: a secret-looking variable set to a literal. */
function secretAssignment(cmd: SimpleCommand): Finding | undefined {
  for (const { name, value } of cmd.assignments) {
    if (!looksSecretName(name) || !literal({ word: value }) || !looksSecretValue(value.value)) continue;
    const loc = { ...value.loc, startColumn: value.loc.startColumn - name.length - 1 };
    return { at: { word: syntheticWord(name, loc) }, what: `${name} set to a literal value` };
  }
  const { name, wrappers } = unwrapCommand(cmd);
  if (!wrappers.some((w) => basename(w.value) === 'env')) return undefined;
  for (const word of cmd.words) {
    if (word === name) break;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value);
    if (m && looksSecretName(m[1]!) && looksSecretValue(m[2]!) && literal({ word, start: m[1]!.length + 1 })) {
      return { at: { word, start: 0, end: m[1]!.length }, what: `${m[1]} set to a literal value` };
    }
  }
  return undefined;
}

function findSecrets(cmd: SimpleCommand): Finding[] {
  const out: Finding[] = [];
  const add = (f: Finding | undefined) => f && out.push(f);
  const { name, args } = unwrapCommand(cmd);
  const program = name ? basename(name.value) : '';
  if (REGISTRY_CLIS.has(program)) add(registryLogin(args));
  if (program === 'aws') add(awsConfigure(args));
  if (['npm', 'yarn', 'pnpm'].includes(program)) add(npmAuth(args));
  if (program === 'curl') add(curlUser(args));
  if (program === 'wget') add(wgetPassword(args));
  add(credentialsInUrl(program, args));
  add(passwordOnStdin(cmd));
  add(secretAssignment(cmd));
  for (const part of writtenText(cmd)?.parts ?? []) add(writtenCredential(part));
  return out;
}

/**
 * A RUN step with a credential written out in it: the command line is stored in the image
 * history (`docker history --no-trunc`) and often in a layer. Values read from a variable,
 * from `$(cat /run/secrets/x)` under `RUN --mount=type=secret`, or from stdin
 * (`--password-stdin`) are not literals and are not reported.
 */
export default defineRule({
  id: 'secret-in-run',
  title: 'Credential written into a RUN step',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'secrets',
  rationale:
    'Every RUN command line is kept in the image history, and files it writes stay in a layer even if a later step deletes them. ' +
    'Anyone who can pull the image can read the credential and use it against the registries, clouds and hosts that run the shared-kernel workloads.',
  fix: 'Pass the credential as a build secret and read it only inside the step: `RUN --mount=type=secret,id=token,env=TOKEN ...`, or `docker login --password-stdin < /run/secrets/...`.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM node:22-slim\n' +
      'RUN npm config set //registry.npmjs.org/:_authToken 3f9c2a7e41b84d6f0a5e && npm ci',
    good:
      'FROM node:22-slim\n' +
      'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci',
  },
  references: ['https://docs.docker.com/build/building/secrets/', 'https://docs.docker.com/reference/cli/docker/login/'],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image, ['RUN'])) {
      for (const f of findSecrets(command)) {
        const loc = wordPartLoc(f.at, image.lines);
        report(loc, `${f.what} stays in the image history`);
      }
    }
  },
});
