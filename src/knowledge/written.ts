/**
 * Text that a command writes into a file: `echo "deb [trusted=yes] ..." > x.list`,
 * `printf '[repo]\ngpgcheck=0\n' | tee /etc/yum.repos.d/x.repo`, `sed -i 's/a/b/' file`,
 * `tee -a file <<< text`, `add-apt-repository "deb ..."`. Rules that care what ends up in a
 * configuration file (a repository marked trusted, a credential in `.npmrc`) read these parts
 * instead of guessing from raw shell text; a heredoc body (`cat > f <<EOF`) counts like `<<<`.
 */
import { basename, programOf, unwrapCommand, type SimpleCommand, type Word } from '../shell.js';
import type { WordPart } from './word-parts.js';
import { isLineTerminator } from '../linear.js';

export interface WrittenText {
  /** The pieces of text that end up in the files. */
  parts: WordPart[];
  /** The files written, when they are named (`add-apt-repository` names none). */
  files: Word[];
}

const NOT_FILES = new Set(['/dev/null', '/dev/stdout', '/dev/stderr']);

/** What the command writes into files, or undefined when it writes no text of its own. */
export function writtenText(cmd: SimpleCommand): WrittenText | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const program = basename(name.value);
  const files = targetFiles(cmd);
  switch (program) {
    case 'echo':
    case 'printf': {
      if (files.length === 0) return undefined;
      let first = 0;
      while (program === 'echo' && first < args.length && isEchoOption(args[first]!.value)) first++;
      return { parts: args.slice(first).map((word) => ({ word })), files };
    }
    case 'tee':
    case 'cat': {
      // `tee -a file <<< text`, `cat > file <<EOF ... EOF`
      if (!cmd.stdinText) return undefined;
      const named = program === 'tee' ? args.filter((a) => !a.value.startsWith('-')) : [];
      const all = [...named, ...files];
      return all.length ? { parts: [{ word: cmd.stdinText }], files: all } : undefined;
    }
    case 'add-apt-repository':
    case 'apt-add-repository':
      return { parts: args.filter((a) => !a.value.startsWith('-')).map((word) => ({ word })), files: [] };
    case 'sed':
      return sedWrites(args, files);
  }
  return undefined;
}

function isEchoOption(value: string): boolean {
  return /^-[neE]+$/.test(value);
}

/** Files the command's output goes to: its redirects, or `| tee file` (also `| sudo tee -a file`). */
function targetFiles(cmd: SimpleCommand): Word[] {
  const files = cmd.writes.filter((w) => !NOT_FILES.has(w.value));
  for (const next of cmd.pipedInto) {
    if (programOf(next) !== 'tee') continue;
    files.push(...unwrapCommand(next).args.filter((a) => !a.value.startsWith('-') && !NOT_FILES.has(a.value)));
    files.push(...next.writes.filter((w) => !NOT_FILES.has(w.value)));
  }
  return files;
}

/**
 * `sed -i` writes the replacement of an `s` command, or the text of an `a`/`i`/`c` command,
 * into the files it edits; what it matches or deletes is not written.
 */
function sedWrites(args: Word[], redirected: Word[]): WrittenText | undefined {
  const scripts: Word[] = [];
  const files: Word[] = [];
  let inPlace = false;
  let explicitScript = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a.value;
    if (v === '-e' || v === '--expression') {
      const next = args[++i];
      if (next) scripts.push(next);
      explicitScript = true;
    } else if (v.startsWith('--expression=')) {
      scripts.push({ ...a, value: v.slice('--expression='.length), offsets: a.offsets.slice('--expression='.length) });
      explicitScript = true;
    } else if (v === '-f' || v === '--file') {
      i++;
      explicitScript = true;
    } else if (/^-[a-zA-Z]*i/.test(v) || v.startsWith('--in-place')) {
      inPlace = true;
    } else if (v.startsWith('-') && v.length > 1) {
      continue;
    } else if (!explicitScript && scripts.length === 0) {
      scripts.push(a);
    } else {
      files.push(a);
    }
  }
  if (!inPlace && redirected.length === 0) return undefined;
  const parts: WordPart[] = [];
  for (const word of scripts) parts.push(...sedInserted(word));
  return parts.length ? { parts, files: inPlace ? files : redirected } : undefined;
}

const SED_BEFORE_S = /[;{}\s\/\d$!]/;
const SED_DELIMITER = /[^\s\w\\]/;

/**
 * Where the replacement of each `s` command of a sed script is: the third groups of the
 * matches of `/(?:^|[;{}\s\/\d$!])s([^\s\w\\])((?:\\.|(?!\1)[^\\])*)\1((?:\\.|(?!\1)[^\\])*)\1/g`.
 * That expression takes quadratic time on many unterminated `s` commands with different
 * delimiters; this finds the same in O(n log n). A character is escaped when an odd run of
 * backslashes comes right before it (`\\.` pairs them from any start, as no delimiter is a
 * backslash); a field ends at the first unescaped delimiter and fails at a backslash with no
 * character after it on its line.
 */
export function sedReplacements(script: string): { start: number; end: number }[] {
  const n = script.length;
  const escaped = new Uint8Array(n);
  const unescaped = new Map<string, number[]>();
  for (let q = 0, run = 0; q < n; q++) {
    escaped[q] = run % 2;
    run = script[q] === '\\' ? run + 1 : 0;
    if (!escaped[q]) {
      const list = unescaped.get(script[q]!);
      if (list) list.push(q);
      else unescaped.set(script[q]!, [q]);
    }
  }
  // nextBreak[q]: the first place at or after q where a field cannot go on (n: the end).
  const nextBreak = new Int32Array(n + 1).fill(n);
  for (let q = n - 1; q >= 0; q--) {
    const broken = script[q] === '\\' && !escaped[q] && (q + 1 >= n || isLineTerminator(script[q + 1]));
    nextBreak[q] = broken ? q : nextBreak[q + 1]!;
  }
  const fieldEnd = (d: string, from: number): number => {
    const list = unescaped.get(d)!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const q = list[lo];
    return q !== undefined && q < nextBreak[from]! ? q : -1;
  };
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (script[i] !== 's' || !(i === 0 ? from === 0 : i - 1 >= from && SED_BEFORE_S.test(script[i - 1]!))) continue;
    const d = script[i + 1]!;
    if (!SED_DELIMITER.test(d)) continue;
    const first = fieldEnd(d, i + 2);
    if (first < 0) continue;
    const second = fieldEnd(d, first + 1);
    if (second < 0) continue;
    out.push({ start: first + 1, end: second });
    from = second + 1;
    i = second;
  }
  return out;
}

/** The replacement text of each `s` command, and the text of `a`, `i`, `c` commands. */
function sedInserted(word: Word): WordPart[] {
  const script = word.value;
  const parts: WordPart[] = [];
  for (const { start, end } of sedReplacements(script)) parts.push({ word, start, end });
  if (parts.length) return parts;
  const text = /^(?:\/(?:\\.|[^\\/])*\/|\d+|\$)?\s*[aic]\\?\s*(\S.*)$/s.exec(script);
  if (text) parts.push({ word, start: script.length - text[1]!.length, end: script.length });
  return parts;
}
