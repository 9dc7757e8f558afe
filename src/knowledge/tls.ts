/**
 * Commands, environment variables and configuration text that turn TLS certificate checks
 * off. Used for Dockerfile `RUN`/`CMD`/`ENTRYPOINT` and `ENV`, and for Compose `command:` and
 * `environment:`: one list, so every source is judged alike.
 */
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../shell.js';
import { curlOptions } from './curl.js';
import { partText, syntheticWord, type WordPart } from './word-parts.js';
import { writtenText } from './written.js';

export interface TlsOff {
  /** The offending word, or the part of it (an option value, a line of written text). */
  at: WordPart;
  /** What turned the check off, for the message: `curl -k`, `GIT_SSL_NO_VERIFY`, ... */
  what: string;
}

const FALSE = /^(false|0|no|off)$/i;

/**
 * Whether setting environment variable `name` (case-insensitive) to `value` turns
 * certificate checks off. `value` undefined means the variable is set but its value is not
 * known (it comes from a variable with no value): only variables that act on being set at
 * all answer true then. Node.js disables checks only for exactly `0`; git for any value,
 * empty included (it only asks whether GIT_SSL_NO_VERIFY exists).
 */
export function tlsEnvOff(name: string, value: string | undefined): boolean {
  switch (name.toUpperCase()) {
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
      return value === '0';
    case 'GIT_SSL_NO_VERIFY':
      return true;
    case 'PYTHONHTTPSVERIFY':
      return value === '0';
    case 'PIP_TRUSTED_HOST':
    case 'GOINSECURE':
      return value !== undefined && value.trim() !== '';
    case 'NPM_CONFIG_STRICT_SSL':
    case 'YARN_ENABLE_STRICT_SSL':
      return value !== undefined && /^(false|0)$/i.test(value.trim());
  }
  return false;
}

/** Where, in text written into a configuration file, certificate checks are turned off. */
export function tlsConfigOff(text: string, fileNames: string[] = []): { start: number; end: number; what: string } | undefined {
  // `echo -e "[main]\nsslverify=0"`: a written `\n` starts a line too.
  const t = text.replace(/\\[nt]/g, '  ');
  const patterns: [RegExp, string][] = [
    [/(?<![\w-])sslverify\s*=\s*(0|false|no|off)\b/i, 'sslverify off (dnf/yum or git configuration)'],
    [/Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)\s*"?(false|0|no)\b/i, 'apt Acquire::https Verify-Peer false'],
    [/(?<![\w-])strict-ssl\s*=\s*false\b/i, 'strict-ssl=false (npm configuration)'],
    [/(?<![\w-])check[_-]?certificate\s*=\s*(off|0|no|false)\b/i, 'check_certificate=off (wget configuration)'],
    [/(?<![\w-])trusted-host\s*=\s*\S/i, 'trusted-host (pip configuration)'],
  ];
  if (fileNames.some((f) => basename(f) === '.curlrc')) patterns.push([/(?<![\w-])(--insecure|insecure|-k)(?![\w-])/, 'insecure in .curlrc']);
  for (const [re, what] of patterns) {
    const m = re.exec(t);
    if (m) return { start: m.index, end: m.index + m[0].length, what };
  }
  return undefined;
}

/** The first place where `cmd` turns certificate checks off, if any. */
export function disablesTls(cmd: SimpleCommand): TlsOff | undefined {
  for (const { name, value } of cmd.assignments) {
    if (tlsEnvOff(name, value.hasExpansion ? undefined : value.value)) {
      const loc = { ...value.loc, startColumn: value.loc.startColumn - name.length - 1 };
      return { at: { word: syntheticWord(name, loc) }, what: name };
    }
  }
  const { name, args, wrappers } = unwrapCommand(cmd);
  // `env GIT_SSL_NO_VERIFY=1 git clone ...`
  if (wrappers.some((w) => basename(w.value) === 'env')) {
    for (const word of cmd.words) {
      if (word === name) break;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word.value);
      if (m && tlsEnvOff(m[1]!, word.hasExpansion ? undefined : m[2]!)) return { at: { word, start: 0, end: m[1]!.length }, what: m[1]! };
    }
  }
  const written = writtenText(cmd);
  if (written) {
    const files = written.files.map((f) => f.value);
    for (const part of written.parts) {
      const hit = tlsConfigOff(partText(part), files);
      if (hit) {
        const base = part.start ?? 0;
        return { at: { word: part.word, start: base + hit.start, end: base + hit.end }, what: hit.what };
      }
    }
  }
  if (!name) return undefined;
  const program = basename(name.value);
  const check = PROGRAMS[program] ?? (isPythonPip(program, args) ? pip : undefined);
  return check?.(args, program);
}

type Check = (args: Word[], program: string) => TlsOff | undefined;

const LOOPBACK = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?(localhost|127(?:\.\d+){3}|\[::1\])(?::\d+)?(?:\/|$)/i;

const curl: Check = (args) => {
  const off = curlOptions(args).find((o) => ['k', 'insecure', 'proxy-insecure', 'doh-insecure'].includes(o.name));
  if (!off) return undefined;
  // A check skipped against the container's own loopback exposes nothing on the way.
  const urls = args.filter((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a.value));
  if (urls.length > 0 && urls.every((u) => LOOPBACK.test(u.value))) return undefined;
  return { at: { word: off.word }, what: `curl ${off.name.length === 1 ? '-' : '--'}${off.name}` };
};

const wget: Check = (args) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w.value === '--no-check-certificate') return { at: { word: w }, what: 'wget --no-check-certificate' };
    const execute = /^(?:-e|--execute)$/.test(w.value) ? args[i + 1] : undefined;
    const command = execute?.value ?? /^(?:-e|--execute=)(.+)$/.exec(w.value)?.[1];
    if (command !== undefined && /^check[_-]?certificate\s*=\s*(off|0|no|false)$/i.test(command.trim())) {
      return { at: { word: execute ?? w }, what: 'wget check_certificate=off' };
    }
  }
  return undefined;
};

const pip: Check = (args) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w.value === '--trusted-host' || w.value.startsWith('--trusted-host=')) return { at: { word: w }, what: 'pip --trusted-host' };
    // `pip config set global.trusted-host pypi.example.com`
    if (/^[a-z]+\.trusted-host(=|$)/i.test(w.value) && args.some((a) => a.value === 'config')) return { at: { word: w }, what: 'pip config trusted-host' };
  }
  return undefined;
};

const uv: Check = (args) => {
  const w = args.find((a) => a.value === '--allow-insecure-host' || a.value.startsWith('--allow-insecure-host=') || a.value === '--trusted-host' || a.value.startsWith('--trusted-host='));
  return w ? { at: { word: w }, what: `uv ${w.value.split('=')[0]}` } : undefined;
};

const nodePackageManager: Check = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = w.value;
    if (/^(--)?strict-ssl=(false|0)$/i.test(v) || v === '--no-strict-ssl') return { at: { word: w }, what: `${program} strict-ssl false` };
    if (/^(--)?strict-ssl$|^enableStrictSsl$/i.test(v) && FALSE.test(args[i + 1]?.value ?? '')) return { at: { word: w }, what: `${program} strict-ssl false` };
  }
  return undefined;
};

const git: Check = (args) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    // `git -c http.sslVerify=false clone ...` (an empty value is false too)
    const inline = /^http(?:\.[^=\s]+)?\.sslverify=(.*)$/i.exec(w.value);
    if (inline && (inline[1] === '' || FALSE.test(inline[1]!))) return { at: { word: w }, what: 'git http.sslVerify=false' };
    // `git config --global http.sslVerify false`
    if (/^http(?:\.\S+)?\.sslverify$/i.test(w.value) && FALSE.test(args[i + 1]?.value ?? '') && args.some((a) => a.value === 'config')) {
      return { at: { word: w }, what: 'git config http.sslVerify false' };
    }
  }
  return undefined;
};

const rpmFamily: Check = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const setopt = w.value === '--setopt' ? args[i + 1] : w.value.startsWith('--setopt=') ? w : undefined;
    if (!setopt) continue;
    const value = setopt === w ? w.value.slice('--setopt='.length) : setopt.value;
    if (/^(?:[^=]*\.)?sslverify=(0|false|no|off)$/i.test(value)) return { at: { word: setopt }, what: `${program} --setopt=sslverify=0` };
  }
  return undefined;
};

const zypper: Check = (args) => {
  const w = args.find((a) => /[?&]ssl_verify=no\b/i.test(a.value));
  return w ? { at: { word: w }, what: 'zypper repository with ssl_verify=no' } : undefined;
};

const apt: Check = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const option = /^(-o|--option)$/.test(w.value) ? args[i + 1] : /^(-o|--option=)./.test(w.value) ? w : undefined;
    if (!option) continue;
    const value = option === w ? w.value.replace(/^(-o|--option=)/, '') : option.value;
    if (/^Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)=(false|0|no)$/i.test(value)) return { at: { word: option }, what: `${program} -o Acquire::https::Verify-Peer=false` };
  }
  return undefined;
};

const conda: Check = (args, program) => {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w.value === '--insecure' || w.value === '-k') return { at: { word: w }, what: `${program} --insecure` };
    if (/^ssl_verify$/i.test(w.value) && FALSE.test(args[i + 1]?.value ?? '')) return { at: { word: w }, what: `${program} config ssl_verify false` };
  }
  return undefined;
};

const PROGRAMS: Record<string, Check> = {
  curl,
  wget,
  uv,
  npm: nodePackageManager,
  yarn: nodePackageManager,
  pnpm: nodePackageManager,
  git,
  dnf: rpmFamily,
  dnf5: rpmFamily,
  yum: rpmFamily,
  microdnf: rpmFamily,
  tdnf: rpmFamily,
  'yum-config-manager': rpmFamily,
  zypper,
  'apt-get': apt,
  apt,
  aptitude: apt,
  conda,
  mamba: conda,
  micromamba: conda,
};

/** `pip`, `pip3`, `pip3.12`, or `python3 -m pip`. */
function isPythonPip(program: string, args: Word[]): boolean {
  if (/^pip[0-9.]*$/.test(program)) return true;
  if (!/^python[0-9.]*$/.test(program)) return false;
  const m = args.findIndex((a) => a.value === '-m');
  return m >= 0 && /^pip[0-9.]*$/.test(args[m + 1]?.value ?? '');
}
