/**
 * File modes as chmod reads them, for the rules about setuid/setgid and world-writable
 * files. One reading serves `chmod MODE`, `install -m MODE`, `mkdir -m MODE` and
 * `COPY/ADD --chmod=MODE`, so the rules agree on what `4755`, `u+s` or `o=rwx` mean.
 */
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../shell.js';
import { trimTrailingSlashes } from '../linear.js';

export interface ModeEffect {
  setuid: boolean;
  setgid: boolean;
  /** Others (everyone) may write. */
  worldWritable: boolean;
  /** The restricted-deletion (sticky) bit, as on /tmp. */
  sticky: boolean;
}

type Bit = keyof ModeEffect;
/** true: the mode sets the bit; false: it clears it; undefined: it leaves the bit as it was. */
type State = Partial<Record<Bit, boolean>>;

/**
 * What a mode does to a file, read the way GNU chmod reads it; undefined when it is not a
 * valid mode. A symbolic clause without `u`/`g`/`o`/`a` honours the umask, so `+w` and `=rw`
 * leave the others' write bit alone under the usual umask 022: only an explicit `o` or `a`
 * makes a file world-writable. setuid/setgid/sticky are not in any umask.
 */
export function modeEffect(mode: string): ModeEffect | undefined {
  const state = /^[0-7]+$/.test(mode) ? octal(mode) : symbolic(mode);
  if (!state) return undefined;
  return { setuid: state.setuid === true, setgid: state.setgid === true, worldWritable: state.worldWritable === true, sticky: state.sticky === true };
}

function octal(mode: string): State | undefined {
  const n = parseInt(mode, 8);
  if (n > 0o7777) return undefined;
  return { setuid: (n & 0o4000) !== 0, setgid: (n & 0o2000) !== 0, sticky: (n & 0o1000) !== 0, worldWritable: (n & 0o002) !== 0 };
}

function symbolic(mode: string): State | undefined {
  const state: State = {};
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1]!;
    const u = who === '' || /[ua]/.test(who);
    const g = who === '' || /[ga]/.test(who);
    const o = who === '' || /[oa]/.test(who);
    for (const [, op, perms] of m[2]!.matchAll(/([-+=])([rwxXst]*|[ugo])/g)) {
      const copy = /^[ugo]$/.test(perms!);
      const apply = (bit: Bit, affected: boolean, letter: string) => {
        if (!affected) return;
        // `o=u` copies bits we cannot see: the result is unknown, never flagged.
        if (copy) state[bit] = undefined;
        else if (op === '=') state[bit] = perms!.includes(letter);
        else if (perms!.includes(letter)) state[bit] = op === '+';
      };
      apply('setuid', u, 's');
      apply('setgid', g, 's');
      apply('sticky', o, 't');
      // Without an explicit who, the umask shields the others' write bit.
      apply('worldWritable', o && who !== '', 'w');
    }
  }
  return state;
}

export interface ModeArgument {
  /** The word the mode is written in (`4755`, `-m4755`, `--mode=4755`). */
  word: Word;
  mode: string;
  /** The paths the mode is set on (for install without -d, the last is the destination). */
  paths: Word[];
  /** The command creates the paths as directories (`mkdir -m`, `install -d -m`). */
  makesDirectories: boolean;
  /** `chmod -R`: the mode also reaches whatever is inside the paths. */
  recursive: boolean;
}

/**
 * The mode a command sets on files: `chmod [-R] MODE`, `install -m MODE` (also `-Dm755`,
 * `--mode=`), `mkdir -m MODE`, behind wrappers such as sudo. Undefined when the command sets
 * no mode, or the mode is a variable (not guessed) or copied with `--reference`.
 */
export function commandMode(cmd: SimpleCommand): ModeArgument | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const program = basename(name.value);
  const found = program === 'chmod' ? chmodMode(args) : program === 'install' || program === 'mkdir' ? optionMode(args, program) : undefined;
  if (!found || found.word.hasExpansion) return undefined;
  return found;
}

export interface ModeSetting extends ModeArgument {
  /**
   * Every path is known to be a directory: the command creates it (`mkdir -m`, `install -d
   * -m`), or an earlier command of the same script did (`mkdir -p d && chmod g+s d`), and the
   * mode is not set recursively (which would reach files put inside since).
   */
  onDirectories: boolean;
}

/** The modes a script's commands set, in order, each knowing whether it is set on directories. */
export function modeSettings(commands: SimpleCommand[]): ModeSetting[] {
  const created = new Set<string>();
  const out: ModeSetting[] = [];
  for (const command of commands) {
    const mode = commandMode(command);
    if (mode) {
      const known = !mode.recursive && mode.paths.length > 0 && mode.paths.every((p) => !p.hasExpansion && created.has(normalizePath(p.value)));
      out.push({ ...mode, onDirectories: mode.makesDirectories || known });
    }
    for (const dir of createdDirectories(command)) created.add(dir);
  }
  return out;
}

/**
 * The directories a command creates: the operands of `mkdir` and of `install -d`, without
 * trailing slashes. Operands with a variable are left out (not guessed).
 */
export function createdDirectories(cmd: SimpleCommand): string[] {
  const { name, args } = unwrapCommand(cmd);
  const program = name && basename(name.value);
  if (program !== 'mkdir' && program !== 'install') return [];
  const { operands, directories } = parseOptions(args, program);
  if (program === 'install' && !directories) return [];
  return operands.filter((w) => !w.hasExpansion).map((w) => normalizePath(w.value));
}

/** `/srv/data/` and `/srv/data` name the same directory. */
export function normalizePath(path: string): string {
  return path.length > 1 ? trimTrailingSlashes(path) : path;
}

function chmodMode(args: Word[]): ModeArgument | undefined {
  let recursive = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const a = word.value;
    if (a === '--') return args[i + 1] ? { word: args[i + 1]!, mode: args[i + 1]!.value, paths: args.slice(i + 2), makesDirectories: false, recursive } : undefined;
    if (a.startsWith('--reference')) return undefined;
    if (a === '--recursive') recursive = true;
    if (a.startsWith('--')) continue;
    // `-R`, `-Rv`, `-c`, `-f` are options; `-s`, `-w`, `-rwx` are modes that remove bits.
    if (/^-[Rcfvh]+$/.test(a)) {
      if (a.includes('R')) recursive = true;
      continue;
    }
    // GNU chmod also takes options after the mode (`chmod 755 -R dir`).
    const rest = args.slice(i + 1);
    if (rest.some((w) => /^-[cfvh]*R[Rcfvh]*$/.test(w.value) || w.value === '--recursive')) recursive = true;
    return { word, mode: a, paths: rest.filter((w) => !w.value.startsWith('-')), makesDirectories: false, recursive };
  }
  return undefined;
}

/** `-m MODE` in install/mkdir. */
function optionMode(args: Word[], program: string): ModeArgument | undefined {
  const { mode, operands, directories } = parseOptions(args, program);
  if (!mode) return undefined;
  return { ...mode, paths: operands, makesDirectories: program === 'mkdir' || directories, recursive: false };
}

/**
 * install/mkdir options: the mode (`-m MODE`, `-m0755`, `-dm755`, `--mode=`, `--mode MODE`),
 * whether install makes directories (`-d`, `--directory`), and the operands, skipping the
 * values of the short options that take one.
 */
function parseOptions(args: Word[], program: string): { mode: { word: Word; mode: string } | undefined; operands: Word[]; directories: boolean } {
  const valued = program === 'install' ? 'mogtS' : 'mZ';
  const longValued = /^--(mode|owner|group|suffix|target-directory|context|strip-program)$/;
  let mode: { word: Word; mode: string } | undefined;
  let directories = false;
  const operands: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const a = word.value;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      if (a === '--directory') directories = true;
      if (a.startsWith('--mode=')) mode ??= { word, mode: a.slice('--mode='.length) };
      if (a === '--mode' && args[i + 1]) mode ??= { word: args[i + 1]!, mode: args[i + 1]!.value };
      if (longValued.test(a)) i++;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(word);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const letter = a[j]!;
      if (letter === 'd' && program === 'install') directories = true;
      if (!valued.includes(letter)) continue;
      const rest = a.slice(j + 1);
      if (letter === 'm') {
        if (rest) mode ??= { word, mode: rest };
        else if (args[i + 1]) mode ??= { word: args[i + 1]!, mode: args[i + 1]!.value };
      }
      if (!rest) i++;
      break;
    }
  }
  return { mode, operands, directories };
}
