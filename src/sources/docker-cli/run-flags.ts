/**
 * The arguments of `docker run` / `docker create` (and podman's and nerdctl's, which take the
 * same flags and a few more) read into the runtime model Compose produces, so every runtime
 * rule judges a command line as it judges a service. Flags are parsed as the CLIs' flag
 * library does: `--flag=value` and `--flag value`, `-it`, `-itd`, `-p80:80`, `-e=X`, `--` ends
 * the options; the first argument that is not an option is the image, the rest its command.
 *
 * Nothing is guessed: a value that holds an expansion (`$IMAGE`, `"$@"`, `$(VAR)` of a
 * Makefile) is kept as written and marked unresolved, and a word that may stand for several
 * options (`$OPTS`, `"${ARGS[@]}"`) or an option isolint does not know is a note saying the
 * line could not be fully read, never an error.
 */
import type { LineIndex, Located, Location } from '../../position.js';
import { defaultContainer, type CommandSpec, type KeyValue, type RuntimeModel, type SecurityOpt, type Value } from '../../runtime/model.js';
import { deviceOf, DOCKER_CLI_MOUNT, mountSpec, splitFields, volumeMount, type PathRules, type SourceRules, type SpecText, type Unknown } from '../../runtime/mount-spec.js';
import { normaliseCapability, parsePortSpec, parseSecurityOpt, portMapping, portRange } from '../../runtime/specs.js';
import { execFormScript, type ShellScript, type Word } from '../../shell.js';
import type { FileNote } from '../problems.js';

export interface RunBase {
  kind: RuntimeModel['kind'];
  name: Located<string>;
  title: string;
  file: string;
  /**
   * The file's lines, when the words' offsets are offsets into it: values inside a word
   * (`-v SRC:DST`, `--mount src=…`) are then located at their own characters, and the
   * container's command is split further (`sh -c "…"`). Without it every value is located
   * at its flag and value words.
   */
  lines?: LineIndex;
}

export interface RunArguments {
  container: RuntimeModel;
  notes: FileNote[];
  /** The image argument; undefined when none is written or it could not be told apart. */
  image?: Word;
  /** The words after the image (the container's command and its arguments). */
  command: Word[];
}

/** Options of `docker run`/`create` that take no value (`--rm`, `-d`; `--rm=false` is allowed), podman's and nerdctl's included. */
const BOOLEAN = new Set([
  'detach', 'disable-content-trust', 'help', 'init', 'interactive', 'no-healthcheck', 'oom-kill-disable', 'privileged',
  'publish-all', 'quiet', 'read-only', 'rm', 'sig-proxy', 'tty', 'use-api-socket',
  // podman
  'env-host', 'http-proxy', 'no-hosts', 'passwd', 'read-only-tmpfs', 'replace', 'rmi', 'rootfs', 'tls-verify', 'unsetenv-all',
  // nerdctl
  'insecure-registry',
]);

/** Options that take a value (`--name x`, `--name=x`). Any other option is unknown: a note. */
const VALUED = new Set([
  'add-host', 'annotation', 'attach', 'blkio-weight', 'blkio-weight-device', 'cap-add', 'cap-drop', 'cgroup-parent', 'cgroupns',
  'cidfile', 'cpu-count', 'cpu-percent', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime', 'cpu-shares', 'cpus',
  'cpuset-cpus', 'cpuset-mems', 'detach-keys', 'device', 'device-cgroup-rule', 'device-read-bps', 'device-read-iops',
  'device-write-bps', 'device-write-iops', 'dns', 'dns-opt', 'dns-option', 'dns-search', 'domainname', 'entrypoint', 'env',
  'env-file', 'expose', 'gpus', 'group-add', 'health-cmd', 'health-interval', 'health-retries', 'health-start-interval',
  'health-start-period', 'health-timeout', 'hostname', 'io-maxbandwidth', 'io-maxiops', 'ip', 'ip6', 'ipc', 'isolation',
  'kernel-memory', 'label', 'label-file', 'link', 'link-local-ip', 'log-driver', 'log-opt', 'mac-address', 'memory',
  'memory-reservation', 'memory-swap', 'memory-swappiness', 'mount', 'name', 'network', 'net', 'network-alias', 'net-alias',
  'oom-score-adj', 'pid', 'pids-limit', 'platform', 'publish', 'pull', 'restart', 'runtime', 'security-opt', 'shm-size',
  'stop-signal', 'stop-timeout', 'storage-opt', 'sysctl', 'tmpfs', 'ulimit', 'user', 'userns', 'uts', 'volume',
  'volume-driver', 'volumes-from', 'workdir',
  // podman
  'arch', 'authfile', 'cert-dir', 'cgroup-conf', 'cgroups', 'chrootdirs', 'conmon-pidfile', 'creds', 'decryption-key',
  'env-merge', 'gidmap', 'group-entry', 'health-log-destination', 'health-max-log-count', 'health-max-log-size',
  'health-on-failure', 'health-startup-cmd', 'health-startup-interval', 'health-startup-retries', 'health-startup-success',
  'health-startup-timeout', 'hostuser', 'hosts-file', 'image-volume', 'init-path', 'os', 'passwd-entry', 'personality', 'pod',
  'pod-id-file', 'preserve-fd', 'preserve-fds', 'rdt-class', 'requires', 'retry', 'retry-delay', 'sdnotify', 'seccomp-policy',
  'secret', 'shm-size-systemd', 'subgidname', 'subuidname', 'systemd', 'timezone', 'uidmap', 'umask', 'unsetenv', 'variant',
  // nerdctl
  'cosign-key', 'ipfs-address', 'pidfile', 'verify',
]);

/** One-letter forms. */
const SHORT: Record<string, string> = {
  a: 'attach', c: 'cpu-shares', d: 'detach', e: 'env', h: 'hostname', i: 'interactive', l: 'label', m: 'memory',
  p: 'publish', P: 'publish-all', q: 'quiet', t: 'tty', u: 'user', v: 'volume', w: 'workdir',
};

/** A flag as written and its value: the text after `=`, the rest of a short group, or the next word. */
interface Given {
  /** Canonical long name. */
  name: string;
  /** As written (`-p`, `--pid`). */
  written: string;
  flag: Word;
  /** The value's text (as the shell passes it on; expansions as written). */
  text: string;
  /** The word the value is in, and where in its `value` the value starts. */
  word: Word;
  at: number;
  /** From the flag to the end of its value. */
  loc: Location;
  /** For a boolean written without `=value`. */
  bare?: boolean;
}

export function readRunArguments(args: Word[], base: RunBase): RunArguments {
  const container = defaultContainer(base.kind, base.name, base.title, base.file);
  const notes: FileNote[] = [];
  const note = (at: Location, message: string) => notes.push({ file: at.file, line: at.startLine, column: at.startColumn, message: `${base.title}: ${message}` });
  const given: Given[] = [];
  let image: Word | undefined;
  let command: Word[] = [];

  let i = 0;
  for (; i < args.length; i++) {
    const w = args[i]!;
    const v = w.value;
    if (v === '--') {
      i++;
      break;
    }
    if (!v.startsWith('-') || v === '-') {
      if (expands(w) && startsWithExpansion(w) && mayBeOptions(w, args[i + 1])) {
        note(w.loc, `${w.raw} may hold options that are not read; settings it gives are not checked`);
        continue;
      }
      break;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v.slice(2) : v.slice(2, eq);
      if (BOOLEAN.has(name)) {
        given.push(eq < 0 ? { name, written: `--${name}`, flag: w, text: 'true', word: w, at: v.length, loc: w.loc, bare: true } : { name, written: `--${name}`, flag: w, text: v.slice(eq + 1), word: w, at: eq + 1, loc: w.loc });
      } else if (VALUED.has(name)) {
        if (eq >= 0) given.push({ name, written: `--${name}`, flag: w, text: v.slice(eq + 1), word: w, at: eq + 1, loc: w.loc });
        else if (i + 1 < args.length) {
          const next = args[++i]!;
          given.push({ name, written: `--${name}`, flag: w, text: next.value, word: next, at: 0, loc: span(w.loc, next.loc) });
        } else note(w.loc, `${v} has no value`);
      } else if (expands(w) && name.includes('$')) {
        note(w.loc, `${w.raw} is an option isolint cannot read (it is built from a variable); settings it gives are not checked`);
      } else {
        // The CLI would refuse an option it does not know; whether it takes a value is not known here.
        note(w.loc, `unknown option ${v.slice(0, eq < 0 ? v.length : eq)}; if it takes a value, the image and command after it may be misread`);
      }
      continue;
    }
    // A group of one-letter options: `-it`, `-itd`, `-p80:80`, `-e=X`, `-v /a:/b`.
    for (let j = 1; j < v.length; j++) {
      const letter = v[j]!;
      const name = SHORT[letter];
      if (!name) {
        note(w.loc, expands(w) && letter === '$' ? `${w.raw} is an option isolint cannot read (it is built from a variable); settings it gives are not checked` : `unknown option -${letter} in ${v}; the rest of the line may be misread`);
        break;
      }
      if (BOOLEAN.has(name)) {
        if (v[j + 1] === '=') {
          given.push({ name, written: `-${letter}`, flag: w, text: v.slice(j + 2), word: w, at: j + 2, loc: w.loc });
          break;
        }
        given.push({ name, written: `-${letter}`, flag: w, text: 'true', word: w, at: v.length, loc: w.loc, bare: true });
        continue;
      }
      const rest = j + 1 < v.length ? (v[j + 1] === '=' ? j + 2 : j + 1) : -1;
      if (rest >= 0) given.push({ name, written: `-${letter}`, flag: w, text: v.slice(rest), word: w, at: rest, loc: w.loc });
      else if (i + 1 < args.length) {
        const next = args[++i]!;
        given.push({ name, written: `-${letter}`, flag: w, text: next.value, word: next, at: 0, loc: span(w.loc, next.loc) });
      } else note(w.loc, `-${letter} has no value`);
      break;
    }
  }
  if (i < args.length) {
    image = args[i];
    command = args.slice(i + 1);
  }

  const reader = new Reader(container, base, note);
  for (const g of given) reader.apply(g);
  reader.finish(command);
  if (image) container.image = valueOf(image, image.value, image.loc);
  return { container, notes, ...(image ? { image } : {}), command };
}

/** `$OPTS`, `"$@"`, `"${ARGS[@]}"`, `${EXTRA_FLAGS}` where an option or the image may stand: options when its name says so or another word follows that could be the image. */
function mayBeOptions(w: Word, next: Word | undefined): boolean {
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*|[@*])/.exec(w.value)?.[1] ?? '';
  if (/^[@*]$/.test(name) || /\[[@*]\]/.test(w.value)) return next !== undefined;
  if (/image|img|tag|repo|ref/i.test(name)) return false;
  if (/opt|arg|flag|param|extra/i.test(name)) return true;
  return false;
}

function startsWithExpansion(w: Word): boolean {
  return /^(\$|`)/.test(w.value);
}

/**
 * The word holds an expansion. `Word.hasExpansion` is false for a word that is nothing but
 * one (`$OPTS` unquoted), so the raw text is looked at too.
 */
function expands(w: Word): boolean {
  return w.hasExpansion || /^(\$[{(A-Za-z_@*#?$!0-9-]|`)/.test(w.raw);
}

/** A location from the start of `a` to the end of `b`. */
function span(a: Location, b: Location): Location {
  return { file: a.file, startLine: a.startLine, startColumn: a.startColumn, endLine: b.endLine, endColumn: b.endColumn };
}

/** Variables (and command substitutions) in a word's text: what its value depends on. */
export function expansionsIn(text: string): string[] {
  const out: string[] = [];
  const re = /\$\{([A-Za-z_][A-Za-z0-9_]*|[@*#?$!0-9-])|\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$([A-Za-z_][A-Za-z0-9_]*|[@*#?$!0-9-])|\$\(|`/g;
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? m[2] ?? m[3] ?? '$(…)';
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function valueOf<T>(word: Word, value: T, loc: Location, text: string = word.value): Value<T> {
  const v: Value<T> = { value, loc };
  if (expands(word)) {
    const names = expansionsIn(text);
    if (names.length) {
      v.unresolved = names;
      v.interpolated = true;
    }
  }
  return v;
}

/**
 * The spans of a value's text that the shell expands: `$HOME`, `${HOME}` (the home folder of
 * whoever runs the command), `$VAR`, `${…}`, `$(…)`, `` `…` ``, and a `$` alone. Read from the
 * text as the shell passes it on, so a value that starts with `$` or a backquote always starts
 * with one.
 */
function expansionSpans(text: string): Unknown[] {
  const out: Unknown[] = [];
  const re = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$\{[^}]*\}?|\$\([^)]*\)?|`[^`]*`?|\$[@*#?$!0-9-]?/g;
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? m[2];
    out.push({ start: m.index, end: m.index + m[0].length, ...(name === 'HOME' ? { home: true } : {}) });
  }
  return out;
}

/**
 * `-v` and `--mount` sources of a `docker run` line: any source starting with `.` is a path
 * (Docker's and Podman's CLIs), so is one the shell builds from a variable; a relative path
 * depends on the folder the command is run from, so it has no host path; a leading `~` is
 * the shell's, whatever follows it.
 */
const DOCKER_RUN_VOLUME: SourceRules & PathRules = { relative: 'any-dot', leadingUnknown: 'bind', baseDir: undefined, tilde: 'any-rest' };

const TRUE_WORDS = /^(true|1|t|yes)$/i;
const FALSE_WORDS = /^(false|0|f|no)$/i;

class Reader {
  private publishAll: Given | undefined;
  private cpuQuota: Value<string> | undefined;

  constructor(
    private readonly c: RuntimeModel,
    private readonly base: RunBase,
    private readonly note: (at: Location, message: string) => void,
  ) {}

  /** The value at its flag: from the flag to the end of the value. */
  private value(g: Given): Value<string> {
    return valueOf(g.word, g.text, g.loc, g.text);
  }

  /** Characters [from, to) of the value, located at those characters when the file's lines are known. */
  private part(g: Given, from: number, to: number): Value<string> {
    const text = g.text.slice(from, to);
    return valueOf(g.word, text, this.partLoc(g, from, to), text);
  }

  private partLoc(g: Given, from: number, to: number): Location {
    const lines = this.base.lines;
    const offsets = g.word.offsets;
    const s = offsets[g.at + from];
    const e = offsets[g.at + Math.max(from, to - 1)];
    if (!lines || s === undefined || e === undefined || to <= from) return g.word === g.flag ? g.loc : g.word.loc;
    return lines.location(s, e + 1);
  }

  /** The value as the mount and device readers take it (src/runtime/mount-spec.ts). */
  private spec(g: Given): SpecText {
    return { text: g.text, unknown: expansionSpans(g.text), value: (from, to) => this.part(g, from, to) };
  }

  private boolean(g: Given): Value<boolean | string> {
    if (g.bare) return { value: true, loc: g.loc };
    const v = valueOf<boolean | string>(g.word, g.text, g.loc, g.text);
    if (!v.unresolved) {
      if (TRUE_WORDS.test(g.text)) v.value = true;
      else if (FALSE_WORDS.test(g.text)) v.value = false;
    }
    return v;
  }

  apply(g: Given): void {
    const c = this.c;
    switch (g.name) {
      case 'privileged':
        c.privileged = this.boolean(g);
        return;
      case 'read-only':
        c.readOnly = this.boolean(g);
        return;
      case 'oom-kill-disable':
        c.oomKillDisable = this.boolean(g);
        return;
      case 'no-healthcheck':
        if (this.boolean(g).value === true) c.healthcheck = { loc: g.loc, disabled: true, hasTest: false };
        return;
      case 'health-cmd':
        c.healthcheck = { loc: g.loc, disabled: /^none$/i.test(g.text.trim()), hasTest: true };
        return;
      case 'publish-all':
        if (this.boolean(g).value === true) this.publishAll = g;
        return;
      case 'use-api-socket':
        // Docker 28: the engine's API socket is mounted into the container.
        if (this.boolean(g).value === true) {
          const at = { value: '/var/run/docker.sock', loc: g.loc };
          c.mounts.push({ type: 'bind', source: at, hostPath: '/var/run/docker.sock', target: at, readOnly: false, propagation: undefined, loc: g.loc });
        }
        return;
      case 'user':
        c.user = this.value(g);
        return;
      case 'pid':
      case 'ipc':
      case 'uts':
      case 'userns':
        c[g.name] = this.value(g);
        return;
      case 'cgroupns':
        c.cgroup = this.value(g);
        return;
      case 'network':
      case 'net': {
        // Several networks may be joined; `host` (or another container's) cannot be combined, so it decides.
        const v = this.value(g);
        if (!c.networkMode || /^(host|container:)/i.test(g.text)) c.networkMode = v;
        return;
      }
      case 'cap-add':
      case 'cap-drop': {
        const list = g.name === 'cap-add' ? c.capAdd : c.capDrop;
        for (const [from, to] of splitFields(g.text, 0, /,/, true)) {
          const cap = this.part(g, from, to);
          cap.value = normaliseCapability(cap.value);
          if (cap.value && !list.some((x) => x.value === cap.value)) list.push(cap);
        }
        return;
      }
      case 'security-opt': {
        const opt: SecurityOpt = { ...parseSecurityOpt(g.text), written: g.text, loc: g.loc };
        c.securityOpt.push(opt);
        return;
      }
      case 'device':
        c.devices.push(deviceOf(this.spec(g), g.loc));
        return;
      case 'device-cgroup-rule':
        c.deviceCgroupRules.push(this.value(g));
        return;
      case 'sysctl':
      case 'env':
        (g.name === 'sysctl' ? c.sysctls : c.environment).push(this.keyValue(g));
        return;
      case 'env-file':
        this.note(g.loc, `the variables of ${g.text} (${g.written}) are not read`);
        return;
      case 'volume':
        c.mounts.push(volumeMount(this.spec(g), g.loc, DOCKER_RUN_VOLUME));
        return;
      case 'mount': {
        const m = mountSpec(this.spec(g), g.loc, DOCKER_CLI_MOUNT, DOCKER_RUN_VOLUME);
        if ('unknownType' in m) this.note(g.loc, `--mount type=${m.unknownType} is not a mount type isolint knows; not checked`);
        else c.mounts.push(m);
        return;
      }
      case 'tmpfs': {
        const colon = g.text.indexOf(':');
        const options = colon < 0 ? [] : g.text.slice(colon + 1).split(',');
        c.mounts.push({ type: 'tmpfs', source: undefined, hostPath: undefined, target: this.part(g, 0, colon < 0 ? g.text.length : colon), readOnly: options.includes('ro'), propagation: undefined, loc: g.loc });
        return;
      }
      case 'pids-limit':
        c.limits.pids = this.value(g);
        return;
      case 'memory':
        c.limits.memory = this.value(g);
        return;
      case 'cpus':
        c.limits.cpus = this.value(g);
        return;
      case 'cpu-quota':
        this.cpuQuota = this.value(g);
        return;
      case 'publish':
        c.ports.push(portMapping(g.text, g.loc));
        return;
      case 'expose':
        c.expose.push(this.value(g));
        return;
      case 'runtime':
        c.runtime = this.value(g);
        return;
      case 'platform':
        c.platform = this.value(g);
        return;
      case 'isolation':
        c.isolation = this.value(g);
        return;
      case 'name':
        c.containerName = this.value(g);
        return;
      case 'entrypoint':
        // One executable, not split into words: `--entrypoint "sh -c"` names a program "sh -c".
        c.entrypoint = g.text === '' ? undefined : this.commandSpec([g.word === g.flag ? { ...g.word, value: g.text, offsets: g.word.offsets.slice(g.at) } : g.word]);
        return;
    }
  }

  finish(command: Word[]): void {
    const c = this.c;
    if (!c.limits.cpus && this.cpuQuota) c.limits.cpus = this.cpuQuota;
    if (command.length) c.command = this.commandSpec(command);
    // `-P` publishes every exposed port on a random port of every host interface.
    if (this.publishAll) {
      for (const e of c.expose) {
        const spec = parsePortSpec(e.value);
        c.ports.push({ hostIp: undefined, published: undefined, target: spec.target, targetPorts: portRange(spec.target), publishedPorts: [], protocol: spec.protocol, allInterfaces: true, loc: e.loc });
      }
    }
  }

  private keyValue(g: Given): KeyValue {
    const eq = g.text.indexOf('=');
    const name = this.part(g, 0, eq < 0 ? g.text.length : eq);
    return { name: { value: name.value, loc: name.loc }, value: eq < 0 ? undefined : this.part(g, eq + 1, g.text.length), loc: g.loc };
  }

  private commandSpec(words: Word[]): CommandSpec {
    const loc = span(words[0]!.loc, words[words.length - 1]!.loc);
    const script: ShellScript = this.base.lines
      ? execFormScript(words, this.base.lines)
      : { commands: [{ words, assignments: [], writes: [], loc, pipedInto: [] }], hasError: false };
    return { loc, written: { value: words.map((w) => w.value), loc }, script };
  }
}
