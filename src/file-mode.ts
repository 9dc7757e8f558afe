/**
 * File modes as chmod reads them, for the rules about setuid/setgid and world-writable
 * files. One reading serves `chmod MODE`, `install -m MODE`, `mkdir -m MODE` and
 * `COPY/ADD --chmod=MODE`, so the rules agree on what `4755`, `u+s` or `o=rwx` mean.
 */
import { basename, unwrapCommand, type SimpleCommand, type Word } from './shell.js';

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

function chmodMode(args: Word[]): ModeArgument | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const a = word.value;
    if (a === '--') return args[i + 1] ? { word: args[i + 1]!, mode: args[i + 1]!.value } : undefined;
    if (a.startsWith('--reference')) return undefined;
    if (a.startsWith('--')) continue;
    // `-R`, `-Rv`, `-c`, `-f` are options; `-s`, `-w`, `-rwx` are modes that remove bits.
    if (/^-[Rcfvh]+$/.test(a)) continue;
    return { word, mode: a };
  }
  return undefined;
}

/** `-m MODE` in install/mkdir, with the short options that take a value. */
function optionMode(args: Word[], program: string): ModeArgument | undefined {
  const valued = program === 'install' ? 'mogtS' : 'm';
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const a = word.value;
    if (a === '--') return undefined;
    if (a.startsWith('--mode=')) return { word, mode: a.slice('--mode='.length) };
    if (a === '--mode') return args[i + 1] ? { word: args[i + 1]!, mode: args[i + 1]!.value } : undefined;
    if (!a.startsWith('-') || a.startsWith('--')) continue;
    for (let j = 1; j < a.length; j++) {
      const letter = a[j]!;
      if (!valued.includes(letter)) continue;
      const rest = a.slice(j + 1);
      if (letter === 'm') {
        if (rest) return { word, mode: rest };
        return args[i + 1] ? { word: args[i + 1]!, mode: args[i + 1]!.value } : undefined;
      }
      if (!rest) i++;
      break;
    }
  }
  return undefined;
}
