import { defineRule } from '../src/engine/rule.js';
import { imageCommands } from '../src/knowledge/query.js';
import { basename, unwrapCommand, type Word } from '../src/shell.js';
import { partText, wordPartLoc, type WordPart } from '../src/knowledge/word-parts.js';
import { writtenText } from '../src/knowledge/written.js';

type Finding = { at: WordPart; what: string };
const TRUE = /^(true|1|yes)$/i;
const FALSE = /^(false|0|no|off)$/i;

/** `-o X`, `-oX`, `--option X`, `--option=X` of apt: the word holding X and X. */
function aptOption(args: Word[], i: number): { word: Word; value: string } | undefined {
  const w = args[i]!;
  if (w.value === '-o' || w.value === '--option') return args[i + 1] ? { word: args[i + 1]!, value: args[i + 1]!.value } : undefined;
  const m = /^(?:-o|--option=)(.+)$/.exec(w.value);
  return m ? { word: w, value: m[1]! } : undefined;
}

/** `--setopt=X` or `--setopt X` of dnf/yum: the word holding X and X. */
function setopt(args: Word[], i: number): { word: Word; value: string } | undefined {
  const w = args[i]!;
  if (w.value === '--setopt') return args[i + 1] ? { word: args[i + 1]!, value: args[i + 1]!.value } : undefined;
  return w.value.startsWith('--setopt=') ? { word: w, value: w.value.slice('--setopt='.length) } : undefined;
}

const APT_UNAUTHENTICATED = /^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=(.*)$/i;

/** What a package-manager command line does to skip signature checks. */
function commandBypass(program: string, args: Word[]): Finding | undefined {
  const flag = (names: string[]) => args.find((a) => names.includes(a.value));
  switch (program) {
    case 'apk': {
      const w = flag(['--allow-untrusted']);
      return w && { at: { word: w }, what: 'apk --allow-untrusted' };
    }
    case 'apt-get':
    case 'apt':
    case 'aptitude': {
      const w = flag(['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories']);
      if (w) return { at: { word: w }, what: `${program} ${w.value}` };
      for (let i = 0; i < args.length; i++) {
        const o = aptOption(args, i);
        const m = o && APT_UNAUTHENTICATED.exec(o.value);
        if (o && m && TRUE.test(m[2]!)) return { at: { word: o.word }, what: `${program} -o ${m[1]}=${m[2]}` };
      }
      return undefined;
    }
    case 'rpm': {
      const w = flag(['--nosignature', '--nodigest']);
      return w && { at: { word: w }, what: `rpm ${w.value}` };
    }
    case 'yum':
    case 'dnf':
    case 'dnf5':
    case 'microdnf':
    case 'tdnf':
    case 'yum-config-manager': {
      const w = flag(['--nogpgcheck', '--no-gpgchecks']);
      if (w) return { at: { word: w }, what: `${program} ${w.value}` };
      for (let i = 0; i < args.length; i++) {
        const o = setopt(args, i);
        const m = o && /^(?:[^=]*\.)?(gpgcheck|localpkg_gpgcheck)=(.*)$/i.exec(o.value);
        if (o && m && FALSE.test(m[2]!)) return { at: { word: o.word }, what: `${program} --setopt=${m[1]}=${m[2]}` };
      }
      return undefined;
    }
    case 'zypper': {
      const w = flag(['--no-gpg-checks', '--no-gpgcheck', '--allow-unsigned-rpm']);
      if (w) return { at: { word: w }, what: `zypper ${w.value}` };
      // `zypper ar -G <url> <alias>`: -G is --no-gpgcheck for addrepo/modifyrepo only.
      const sub = args.find((a) => !a.value.startsWith('-'));
      const g = /^(ar|addrepo|mr|modifyrepo)$/.test(sub?.value ?? '') ? args.find((a) => /^-[a-zA-Z]*G[a-zA-Z]*$/.test(a.value)) : undefined;
      return g && { at: { word: g }, what: 'zypper addrepo -G (no GPG check)' };
    }
  }
  return undefined;
}

/**
 * A source the build itself fills: `file:` and `copy:` URIs (also `cdrom:`) read packages from
 * the image's own filesystem, typically .debs the build just made with dpkg-scanpackages.
 * Nothing crosses the network, so there is no signature to spoof.
 */
const LOCAL_URI = /^\s*(?:file|copy|cdrom):/i;

/** Repository settings, written into a file, that accept unsigned packages. */
const WRITTEN: { re: RegExp; what: string; local?: (text: string, end: number) => boolean }[] = [
  { re: /\[[^[\]]*?\b(trusted=yes)\b[^\]]*\]/gi, what: 'an APT source marked [trusted=yes]', local: (text, end) => LOCAL_URI.test(text.slice(end)) },
  // deb822 lists URIs before or after Trusted:, so the stanza is local when every URI written is.
  {
    re: /^[^\S\n\r\u2028\u2029]*(Trusted:\s*yes)\b/gim,
    what: 'an APT source marked Trusted: yes',
    local: (text) => {
      const uris = [...text.matchAll(/^[^\S\n\r\u2028\u2029]*URIs:\s*(.+)$/gim)].flatMap((m) => m[1]!.trim().split(/\s+/));
      return uris.length > 0 && uris.every((u) => LOCAL_URI.test(u));
    },
  },
  { re: /(?<![\w-])(gpgcheck\s*=\s*(?:0|false|no|off))\b/gi, what: 'gpgcheck=0 in a repository file' },
  { re: /((?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)\s+"?(?:true|1|yes)"?)/gi, what: 'an APT configuration that accepts unsigned repositories' },
  { re: /^[^\S\n\r\u2028\u2029]*(SigLevel\s*=\s*Never)\b/gim, what: 'pacman SigLevel = Never' },
];

function writtenBypass(part: WordPart): Finding | undefined {
  // `echo -e "[repo]\ngpgcheck=0"`: a written `\n` starts a line too.
  const text = partText(part).replace(/\\[nt]/g, '\n ');
  for (const { re, what, local } of WRITTEN) {
    for (const m of text.matchAll(re)) {
      if (local?.(text, m.index! + m[0].length)) continue;
      const start = (part.start ?? 0) + m.index! + m[0].indexOf(m[1]!);
      return { at: { word: part.word, start, end: start + m[1]!.length }, what };
    }
  }
  return undefined;
}

/**
 * A package manager told to install without checking signatures, on its command line or
 * through a repository/configuration file written in a RUN step, in any stage or ONBUILD
 * trigger. A `[trusted=yes]` source whose URI is local (`file:`, `copy:`) is not flagged: it
 * holds packages the build itself made. Text written by a heredoc (`cat > f <<EOF`) is not seen.
 */
export default defineRule({
  id: 'package-signature-bypass',
  title: 'Package signature checks bypassed',
  level: 'warning',
  securitySeverity: 6.0,
  profile: 'recommended',
  sources: ['image'],
  category: 'supply-chain',
  rationale:
    'Package signatures are what tie a downloaded package to its distribution; with the check off, a mirror, proxy or spoofed repository can hand over any package. ' +
    'Its install scripts run as root during the build, and the binaries it leaves run in every container on the shared kernel.',
  fix:
    'Import the repository\'s signing key (`signed-by=` keyring for APT, `gpgkey=` for dnf/yum, `apk add --keys-dir` or a key in /etc/apk/keys) and keep verification on. ' +
    'Packages the build made itself can be served from a local source (`deb [trusted=yes] file:/tmp/pkgs ./`), which is not flagged.',
  examples: {
    kind: 'dockerfile',
    bad:
      'FROM debian:12-slim\n' +
      'RUN echo "deb [trusted=yes] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list \\\n' +
      ' && apt-get update && apt-get install -y example-agent',
    good:
      'FROM debian:12-slim\n' +
      'COPY example-archive-key.asc /etc/apt/keyrings/example.asc\n' +
      'RUN echo "deb [signed-by=/etc/apt/keyrings/example.asc] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list \\\n' +
      ' && apt-get update && apt-get install -y example-agent',
  },
  references: [
    'https://manpages.debian.org/stable/apt/sources.list.5.en.html',
    'https://manpages.debian.org/stable/apt/apt-secure.8.en.html',
    'https://man7.org/linux/man-pages/man5/dnf.conf.5.html',
  ],
  checkImage(image, { report }) {
    for (const { command } of imageCommands(image, ['RUN'])) {
      const findings: Finding[] = [];
      const { name, args } = unwrapCommand(command);
      const direct = name && commandBypass(basename(name.value), args);
      if (direct) findings.push(direct);
      for (const part of writtenText(command)?.parts ?? []) {
        const hit = writtenBypass(part);
        if (hit) findings.push(hit);
      }
      for (const f of findings) {
        const loc = wordPartLoc(f.at, image.lines);
        report(loc, `${f.what}: packages are installed without checking their signatures`);
      }
    }
  },
});
