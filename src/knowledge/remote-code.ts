/**
 * Downloaded text run as code: `curl ... | sh`, `wget -qO- ... | sudo bash`,
 * `bash <(curl ...)`, `sh -c "$(curl ...)"`, `eval "$(wget -O- ...)"`. The question is asked
 * of the downloading command, and answered from the command tree (pipes and substitutions),
 * never from raw text, so `echo "curl x | sh"` is not a download and `curl ... | tar xz` or
 * `curl ... | python3 -c 'import json,sys; ...'` (stdin read as data) is not code.
 */
import { basename, unwrapCommand, type SimpleCommand, type Word } from '../shell.js';
import type { Location } from '../position.js';

export interface RemoteCodeRun {
  /** The `curl`/`wget` word. */
  download: Word;
  /** The shell or interpreter word that runs what was downloaded. */
  interpreter: Word;
  how: 'pipe' | 'substitution';
}

const DOWNLOADERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
/** Builtins that run their argument as shell code. */
const EVALUATORS = new Set(['eval', 'source', '.']);

function interpreterKind(program: string): 'shell' | 'python' | 'perl' | 'ruby' | 'node' | 'php' | undefined {
  if (SHELLS.has(program)) return 'shell';
  if (/^python[0-9.]*$/.test(program)) return 'python';
  if (program === 'perl') return 'perl';
  if (program === 'ruby') return 'ruby';
  if (program === 'node' || program === 'nodejs') return 'node';
  if (/^php[0-9.]*$/.test(program)) return 'php';
  return undefined;
}

/** When `cmd` is a curl/wget whose output is run as code, how and by what. */
export function curlPipedToShell(cmd: SimpleCommand): RemoteCodeRun | undefined {
  const { name } = unwrapCommand(cmd);
  if (!name || !DOWNLOADERS.has(basename(name.value))) return undefined;

  // Through the whole pipeline: `curl | tee install.sh | sh` still runs what curl fetched.
  const seen = new Set<SimpleCommand>();
  const queue = [...cmd.pipedInto];
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const interpreter = readsCodeFromStdin(next);
    if (interpreter) return { download: name, interpreter, how: 'pipe' };
    queue.push(...next.pipedInto);
  }

  const outer = cmd.substitutedInto;
  if (outer) {
    const interpreter = runsSubstitutionAsCode(outer, cmd.loc);
    if (interpreter) return { download: name, interpreter, how: 'substitution' };
  }
  return undefined;
}

/** The interpreter word when the command reads its program from standard input. */
function readsCodeFromStdin(cmd: SimpleCommand): Word | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const kind = interpreterKind(basename(name.value));
  if (!kind) return undefined;
  const script = scriptArgument(kind, args);
  if (script === 'stdin') return name;
  return undefined;
}

/**
 * Where an interpreter takes its program from: `stdin`, an inline argument (`-c CODE`,
 * `-e CODE`) or a file argument, with the word that holds it.
 */
function scriptArgument(kind: NonNullable<ReturnType<typeof interpreterKind>>, args: Word[]): 'stdin' | { inline: Word | undefined } | { file: Word } {
  const inlineFlag: Record<typeof kind, RegExp> = {
    shell: /^-[a-zA-Z]*c[a-zA-Z]*$/,
    python: /^-c$/,
    perl: /^-[a-zA-Z]*[eE]$/,
    ruby: /^-[a-zA-Z]*e$/,
    node: /^(-e|--eval|-p|--print)$/,
    php: /^-r$/,
  };
  // Options whose value is the next word (so it is not the script).
  const valueOption: Record<typeof kind, RegExp> = {
    shell: /^[-+][oO]$/,
    python: /^-[WXQ]$/,
    perl: /^-[IM]$/,
    ruby: /^-[IrCE]$/,
    node: /^(-r|--require|--import|--loader|--input-type)$/,
    php: /^-[cdz]$/,
  };
  let fromStdin = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '-') return 'stdin';
    if (v === '--') {
      // `php -- args`: php takes `--` as "no script file follows", so it reads stdin
      // (Composer's `curl … | php -- --install-dir=…`).
      if (kind === 'php') return 'stdin';
      const rest = args[i + 1];
      if (!rest || fromStdin) return 'stdin';
      return rest.value === '-' ? 'stdin' : { file: rest };
    }
    if (inlineFlag[kind].test(v)) return { inline: args[i + 1] };
    if (kind === 'python' && v === '-m') return { inline: undefined };
    if (kind === 'php' && v === '-f') return args[i + 1] ? { file: args[i + 1]! } : 'stdin';
    if (valueOption[kind].test(v)) {
      i++;
      continue;
    }
    if (kind === 'shell' && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) fromStdin = true;
    if (v.startsWith('-') || v.startsWith('+')) continue;
    // With `sh -s`, words after the options are the script's arguments, not a script file.
    return fromStdin ? 'stdin' : { file: args[i]! };
  }
  return 'stdin';
}

/**
 * The word that runs the output of a substitution inside `outer` as code: an interpreter
 * given it as its script (`bash <(curl)`, `sh -c "$(curl)"`), `eval`/`source`, or a
 * command whose name is the substitution itself (`$(curl ...)`).
 */
function runsSubstitutionAsCode(outer: SimpleCommand, inner: Location): Word | undefined {
  const holder = outer.words.find((w) => contains(w.loc, inner));
  if (!holder) return undefined;
  const { name, args } = unwrapCommand(outer);
  if (!name) return undefined;
  if (holder === name) return name;
  const program = basename(name.value);
  if (EVALUATORS.has(program)) return args.includes(holder) ? name : undefined;
  const kind = interpreterKind(program);
  if (!kind) return undefined;
  const script = scriptArgument(kind, args);
  if (script === 'stdin') return undefined;
  const word = 'file' in script ? script.file : script.inline;
  return word === holder ? name : undefined;
}

function contains(outer: Location, inner: Location): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return before(outer.startLine, outer.startColumn, inner.startLine, inner.startColumn) && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
}
