/**
 * Splits shell text (RUN, CMD, ENTRYPOINT, compose `command:`) into simple commands with
 * exact source positions, using tree-sitter-bash. A hand-written splitter was measured to be
 * silently wrong on real files (see README, architecture), so rules never pattern-match raw
 * shell text: they ask about commands and their words.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { LineIndex, Location } from './position.js';

/** Shell text and, for every character of it, the offset in the file it came from. */
export interface ShellSource {
  text: string;
  offsets: number[];
  lines: LineIndex;
}

export interface Word {
  /** The word as the shell passes it on: quotes removed, escapes resolved, expansions left as written. */
  value: string;
  /** The text as written. */
  raw: string;
  /** True when the word contains `$VAR`, `${...}`, `$(...)` or backticks: its value is not a literal. */
  hasExpansion: boolean;
  loc: Location;
  /** File offset of every character of `value` (used to re-parse `sh -c` scripts in place). */
  offsets: number[];
}

export interface SimpleCommand {
  /** The words of the command, command name first (assignments and redirects excluded). */
  words: Word[];
  /** `FOO=bar` assignments written before the command name. */
  assignments: { name: string; value: Word }[];
  /** Targets of `>`/`>>` redirections (files written). */
  writes: Word[];
  /** Text given on standard input by `<<< text` or a heredoc (`<<EOF ... EOF`, body as written). */
  stdinText?: Word;
  loc: Location;
  /** Every simple command of the pipeline element that reads this command's output (`a | b`). */
  pipedInto: SimpleCommand[];
  /** The command whose word contains this one through `$(...)`, backticks or `<(...)`. */
  substitutedInto?: SimpleCommand;
}

export interface ShellScript {
  commands: SimpleCommand[];
  /** tree-sitter recovered from a syntax error somewhere in the text. */
  hasError: boolean;
}

let parser: Parser | undefined;

function findWasm(file: string, pkgPath: string): string {
  // A bundled build (the GitHub Action) ships the .wasm files next to its entry point.
  const here = dirname(fileURLToPath(import.meta.url));
  const local = join(here, file);
  if (existsSync(local)) return local;
  return createRequire(import.meta.url).resolve(pkgPath);
}

/** In a single executable (npm run build:sea) the .wasm files are embedded assets: their bytes. */
function seaAsset(file: string): Uint8Array | undefined {
  const sea = process.getBuiltinModule?.('node:sea') as { isSea(): boolean; getAsset(key: string): ArrayBuffer } | undefined;
  return sea?.isSea() ? new Uint8Array(sea.getAsset(file)) : undefined;
}

/** Loads the bash grammar once; every other function here is synchronous. */
export async function initShellParser(): Promise<void> {
  if (parser) return;
  // Without this V8 optimises the grammar in the background and the process waits ~0.9 s
  // for it at exit; the baseline compiler is fast enough for Dockerfile-sized scripts.
  setFlagsFromString('--liftoff-only');
  const runtimeBytes = seaAsset('tree-sitter.wasm');
  if (runtimeBytes) await Parser.init({ wasmBinary: runtimeBytes });
  else {
    const runtimeWasm = findWasm('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
  }
  const bash = await Language.load(seaAsset('tree-sitter-bash.wasm') ?? findWasm('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'));
  const p = new Parser();
  p.setLanguage(bash);
  parser = p;
}

function requireParser(): Parser {
  if (!parser) throw new Error('initShellParser() must be awaited before shell text is parsed');
  return parser;
}

const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);
const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);

/**
 * A word as the tree walk finds it, positioned in the parsed text rather than in a file: the
 * same text always gives the same `Parsed`, which is what lets parses be cached by text.
 */
interface TextWord {
  value: string;
  raw: string;
  hasExpansion: boolean;
  start: number;
  end: number;
  /** Text index of each character of `value`; a number `i` stands for i, i+1, … (the common case). */
  chars: number[] | number;
}

interface TextCommand {
  words: TextWord[];
  assignments: { name: string; value: TextWord }[];
  writes: TextWord[];
  stdinText?: TextWord;
  start: number;
  end: number;
  /** Shared between the commands of one pipeline element, as in `SimpleCommand`. */
  pipedInto: TextCommand[];
  substitutedInto?: TextCommand;
}

interface Parsed {
  commands: TextCommand[];
  hasError: boolean;
  /** A limit was hit: parsing this text throws this message (every time). */
  error?: string;
}

/**
 * Parses of shell text, by text: the same RUN line is written again and again (39% of the RUN
 * texts of a corpus of real files are exact duplicates), and what the tree walk finds depends
 * on the text alone; only file offsets and locations depend on where it is written, and those
 * are worked out per call. Least recently used first out, bounded by the total length of the
 * texts held (what a parse holds grows with its text), so memory stays flat however many files
 * are linted.
 */
const cache = new Map<string, Parsed>();
let cachedChars = 0;
let cacheLimit = 1 << 19;
/** Longer texts are parsed every time: they are rarely written twice and would evict many. */
const CACHE_TEXT_MAX = 1 << 15;

/** Sets the cache's bound in characters of text (0 turns it off) and empties it; for tests and the bench. */
export function setShellCacheLimit(chars: number): void {
  cacheLimit = chars;
  cache.clear();
  cachedChars = 0;
}

function parsedText(text: string): Parsed {
  const hit = cache.get(text);
  if (hit) {
    shellParseStats.cacheHits++;
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const parsed = parseText(text);
  if (cacheLimit > 0 && text.length <= CACHE_TEXT_MAX) {
    cache.set(text, parsed);
    cachedChars += text.length;
    for (const key of cache.keys()) {
      if (cachedChars <= cacheLimit) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return parsed;
}

/**
 * What tree-sitter is given in one parse call. tree-sitter-bash's error recovery is quadratic
 * in the length of a run of tokens it cannot place (`)))…`, `>>>…`, `||…`, `${${…`, `<<E <<E …`:
 * 16,000 characters of `)` took 5 s, of `>` 2.7 s), so long text is parsed in pieces, each at
 * most this many characters and operator characters; the work per piece is then bounded and
 * the work per text linear. Ordinary RUN text is far below both and is parsed whole.
 */
export const MAX_PARSE_CHARS = 16_384;
export const MAX_PARSE_OPERATORS = 512;
/** More simple commands than this in one shell text is a per-file error (a real RUN has dozens). */
export const MAX_SHELL_COMMANDS = 20_000;

/**
 * Work done since the last reset, counted in steps rather than time: tree-sitter parse calls,
 * the characters handed to them and the largest call, tree nodes the walk visited, cache hits.
 */
export const shellParseStats = { parses: 0, chars: 0, maxChars: 0, nodes: 0, cacheHits: 0 };

export function resetShellParseStats(): void {
  shellParseStats.parses = 0;
  shellParseStats.chars = 0;
  shellParseStats.maxChars = 0;
  shellParseStats.nodes = 0;
  shellParseStats.cacheHits = 0;
}

/** Characters that make shell operators (and `$` of `${`/`$(`): what the budget per parse counts. */
function isOperator(code: number): boolean {
  // ( ) ; & | < > `
  return code === 40 || code === 41 || code === 59 || code === 38 || code === 124 || code === 60 || code === 62 || code === 96;
}

function countOperators(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isOperator(c) || (c === 36 && (text.charCodeAt(i + 1) === 123 || text.charCodeAt(i + 1) === 40))) n++;
  }
  return n;
}

function parseText(original: string): Parsed {
  // A lone CR ends a line here as everywhere in isolint; tree-sitter-bash takes it for a word
  // character, and a continued RUN with CR line endings sent its lexer back and forth (17 s for
  // 21 KB). One character for one, so every index stays the same.
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  const whole = text.length <= MAX_PARSE_CHARS && countOperators(text) <= MAX_PARSE_OPERATORS;
  let plan: ReturnType<typeof planPieces> | undefined;
  try {
    plan = whole ? undefined : planPieces(text);
  } catch (e) {
    if (e instanceof ShellLimitError) return { commands: [], hasError: true, error: e.message };
    throw e;
  }
  const pieces = plan && !(plan.pieces.length === 1 && !plan.truncated && text.length <= MAX_PARSE_CHARS) ? plan.pieces : [[0, text.length] as const];
  const commands: TextCommand[] = [];
  let hasError = plan ? plan.truncated || plan.badGap : false;
  for (const [start, end] of pieces) {
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    const tree = parseOnce(piece);
    if (!tree) {
      hasError = true;
      continue;
    }
    try {
      new Walker(piece, start, commands).walk(tree.rootNode, undefined);
      hasError ||= tree.rootNode.hasError;
    } catch (e) {
      if (e instanceof ShellLimitError) return { commands: [], hasError: true, error: e.message };
      throw e;
    } finally {
      tree.delete();
    }
  }
  return { commands, hasError };
}

function parseOnce(text: string) {
  shellParseStats.parses++;
  shellParseStats.chars += text.length;
  if (text.length > shellParseStats.maxChars) shellParseStats.maxChars = text.length;
  return requireParser().parse(text);
}

interface Boundary {
  start: number;
  end: number;
  /** Outside every compound command, group, subshell and substitution. */
  top: boolean;
  /** Operator characters before `start`. */
  opsBefore: number;
}

const OPENERS = new Set(['if', 'case', 'for', 'while', 'until', 'select', '{']);
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);
/** Words after which the next word is a command name again. */
const LEADERS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '}', 'fi', 'done', 'esac', 'time']);
const WORD_END = /[\s;&|<>()'"\\`$]/;

/**
 * Where a long text may be cut between commands: `;`, `&`, `&&`, `||` and newlines outside
 * quotes, `${…}`, backticks and heredoc bodies (`top` when also outside compound commands,
 * groups and parentheses). A scan, not a parse: it only has to be right on text tree-sitter
 * parses without error, and on anything else it only decides where pieces end.
 */
/** Stretches between boundaries that hold something besides blanks and comments: a lower bound on the commands. */
function statementsBetween(text: string, list: readonly Boundary[]): number {
  let n = 0;
  let from = 0;
  for (const b of [...list, { start: text.length, end: text.length }]) {
    let i = from;
    while (i < b.start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10)) i++;
    if (i < b.start && text[i] !== '#') n++;
    from = b.end;
  }
  return n;
}

function boundaries(text: string): { list: Boundary[]; ops: number } {
  const list: Boundary[] = [];
  const n = text.length;
  let i = 0;
  let ops = 0;
  let depth = 0; // compound commands and { } groups
  let parens = 0;
  // Which open parenthesis is a substitution (`$(`, `<(`, `>(`), and how many are open: nesting
  // past MAX_SHELL_NESTING is the same per-file error as in the tree walk, found before parsing.
  const opened: boolean[] = [];
  let substitutions = 0;
  const open = (substitution: boolean) => {
    parens++;
    opened.push(substitution);
    if (substitution && ++substitutions > MAX_SHELL_NESTING) throw new ShellLimitError(nestingMessage);
  };
  const close = () => {
    if (parens === 0) return;
    parens--;
    if (opened.pop()) substitutions--;
  };
  let braces = 0; // ${ … }
  let backtick = false;
  let commandPosition = true;
  const heredocs: { delimiter: string; strip: boolean }[] = [];
  const add = (start: number, end: number) => {
    if (braces === 0 && !backtick) list.push({ start, end, top: depth === 0 && parens === 0, opsBefore: ops });
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\\') {
      i += 2;
      commandPosition = false;
      continue;
    }
    if (c === "'" || (c === '$' && text[i + 1] === "'")) {
      // '…' has no escapes; $'…' has backslash escapes.
      const escapes = c === '$';
      let j = i + (escapes ? 2 : 1);
      while (j < n && text[j] !== "'") j += escapes && text[j] === '\\' ? 2 : 1;
      i = j + 1;
      commandPosition = false;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\') j++;
        else if (text[j] === '`' || (text[j] === '$' && (text[j + 1] === '(' || text[j + 1] === '{'))) ops++;
        j++;
      }
      i = j + 1;
      commandPosition = false;
      continue;
    }
    if (c === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
      ops++;
      if (text[i + 1] === '{') braces++;
      else open(true);
      i += 2;
      commandPosition = text[i - 1] === '(';
      continue;
    }
    if (c === '}' && braces > 0) {
      braces--;
      i++;
      continue;
    }
    if (c === '`') {
      ops++;
      backtick = !backtick;
      commandPosition = backtick;
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === '\n') {
      let end = i + 1;
      if (heredocs.length) {
        // The bodies of the heredocs begun on this line follow it: no command ends inside them.
        let line = i + 1;
        for (const { delimiter, strip } of heredocs.splice(0)) {
          while (line < n) {
            const eol = text.indexOf('\n', line);
            const lineEnd = eol < 0 ? n : eol;
            let body = text.slice(line, lineEnd);
            if (body.endsWith('\r')) body = body.slice(0, -1);
            line = lineEnd + 1;
            if ((strip ? body.replace(/^\t+/, '') : body) === delimiter) break;
          }
        }
        i = Math.min(line, n) - 1;
        end = i + 1;
        if (i >= n - 1 && text[i] !== '\n') {
          i = n;
          break;
        }
      }
      add(i, end);
      i = end;
      commandPosition = true;
      continue;
    }
    if (c === ';' || c === '&' || c === '|') {
      const next = text[i + 1];
      if (c === '&' && next === '>') {
        ops += 2;
        i += 2;
        continue;
      }
      const len = next === c || (c === '|' && next === '&') || (c === ';' && next === '&') ? 2 : 1;
      const op = text.slice(i, i + len);
      if (op === ';' || op === '&' || op === '&&' || op === '||') add(i, i + len);
      ops += len;
      i += len;
      commandPosition = true;
      continue;
    }
    if (c === '(') {
      ops++;
      open(false);
      i++;
      commandPosition = true;
      continue;
    }
    if (c === ')') {
      ops++;
      close();
      i++;
      commandPosition = true;
      continue;
    }
    if (c === '<' || c === '>') {
      ops++;
      if (text[i + 1] === '(') {
        ops++;
        open(true);
        i += 2;
        commandPosition = true;
        continue;
      }
      if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
        ops++;
        let j = i + 2;
        const strip = text[j] === '-';
        if (strip) j++;
        while (text[j] === ' ' || text[j] === '\t') j++;
        let k = j;
        while (k < n && !/[\s;&|<>()]/.test(text[k]!)) k++;
        const delimiter = text.slice(j, k).replace(/["'\\]/g, '');
        // `$((1 << 2))` shifts; a heredoc delimited by digits is possible but not worth that risk.
        if (delimiter && !/^\d+$/.test(delimiter)) heredocs.push({ delimiter, strip });
        i = k;
        commandPosition = false;
        continue;
      }
      // `>&2`, `<&0`, `>|`, `>>`, `<>`: one redirection operator, no separator in it.
      const next = text[i + 1];
      i += next === '&' || next === '|' || next === '>' ? 2 : 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !WORD_END.test(text[j]!) && !(braces > 0 && text[j] === '}')) j++;
    const word = text.slice(i, j);
    const whole = j >= n || /[\s;&|()<>]/.test(text[j]!);
    if (commandPosition && whole) {
      if (OPENERS.has(word)) depth++;
      else if (CLOSERS.has(word) && depth > 0) depth--;
    }
    commandPosition = whole && LEADERS.has(word);
    i = j;
  }
  return { list, ops };
}

/** Pieces of `text` for tree-sitter, each within the budget; what does not fit is left unparsed. */
function planPieces(text: string): { pieces: (readonly [number, number])[]; truncated: boolean; badGap: boolean } {
  const { list, ops: total } = boundaries(text);
  // Every boundary separates two commands at least: a text with more of them than commands are
  // allowed is refused before any of it is parsed (a 9 MB RUN took 6.7 s and 1.5 GB to get there).
  if (list.length >= MAX_SHELL_COMMANDS && statementsBetween(text, list) > MAX_SHELL_COMMANDS) throw new ShellLimitError(`more than ${MAX_SHELL_COMMANDS.toLocaleString('en-US')} commands in one shell text: not linted`);
  const pieces: [number, number][] = [];
  let truncated = false;
  // Statements between top-level boundaries; each knows the boundaries inside it.
  type Span = { start: number; end: number; opsStart: number; opsEnd: number; inner: Boundary[] };
  const statements: Span[] = [];
  let start = 0;
  let opsStart = 0;
  let inner: Boundary[] = [];
  for (const b of [...list, { start: text.length, end: text.length, top: true, opsBefore: total }]) {
    if (!b.top) {
      inner.push(b);
      continue;
    }
    statements.push({ start, end: b.start, opsStart, opsEnd: b.opsBefore, inner });
    start = b.end;
    opsStart = b.opsBefore + countOperators(text, b.start, b.end);
    inner = [];
  }
  const trimmed = (s: Span): Span | undefined => {
    let a = s.start;
    let z = s.end;
    while (a < z && /\s/.test(text[a]!)) a++;
    while (z > a && /\s/.test(text[z - 1]!)) z--;
    return a < z ? { ...s, start: a, end: z } : undefined;
  };
  const fits = (start: number, end: number, ops: number) => end - start <= MAX_PARSE_CHARS && ops <= MAX_PARSE_OPERATORS;
  let current: Span | undefined;
  const flush = () => {
    if (current) pieces.push([current.start, current.end]);
    current = undefined;
  };
  const pack = (s: Span, level: 0 | 1): void => {
    if (current && fits(current.start, s.end, s.opsEnd - current.opsStart)) {
      current = { ...current, end: s.end, opsEnd: s.opsEnd };
      return;
    }
    flush();
    if (fits(s.start, s.end, s.opsEnd - s.opsStart)) {
      current = s;
      return;
    }
    if (level === 0 && s.inner.length) {
      // Too long for one piece: cut it at the boundaries inside its compound commands too.
      let a = s.start;
      let opsA = s.opsStart;
      for (const b of [...s.inner, { start: s.end, end: s.end, top: true, opsBefore: s.opsEnd }]) {
        const part = trimmed({ start: a, end: b.start, opsStart: opsA, opsEnd: b.opsBefore, inner: [] });
        if (part) pack(part, 1);
        a = b.end;
        opsA = b.opsBefore + countOperators(text, b.start, b.end);
      }
      return;
    }
    // One command too long for any piece: its start is parsed, the rest is left unparsed.
    truncated = true;
    let end = s.start;
    let ops = 0;
    while (end < s.end && end - s.start < MAX_PARSE_CHARS) {
      const c = text.charCodeAt(end);
      if (isOperator(c) || (c === 36 && (text.charCodeAt(end + 1) === 123 || text.charCodeAt(end + 1) === 40))) {
        if (ops === MAX_PARSE_OPERATORS) break;
        ops++;
      }
      end++;
    }
    const space = text.slice(s.start, end).search(/\s\S*$/);
    if (space > (end - s.start) / 2) end = s.start + space;
    pieces.push([s.start, end]);
  };
  for (const s of statements) {
    const t = trimmed(s);
    if (t) pack(t, 0);
  }
  flush();
  // What lies between pieces is never parsed: it must be a plain separator, or the text had an error.
  let badGap = false;
  let at = 0;
  for (let k = 0; k <= pieces.length; k++) {
    const gapEnd = k < pieces.length ? pieces[k]![0] : text.length;
    const gap = text.slice(at, gapEnd).replace(/\s+/g, '');
    const allowed = k === 0 ? gap === '' : k === pieces.length ? gap === '' || gap === ';' || gap === '&' : /^(;|&|&&|\|\|)?$/.test(gap);
    if (!allowed) badGap = true;
    if (k < pieces.length) at = pieces[k]![1];
  }
  return { pieces, truncated, badGap };
}

class ShellLimitError extends Error {}

let recorder: ((source: ShellSource) => void) | undefined;

/** Calls `sink` with every source `parseShell` is given (tests collect real inputs with it). */
export function recordShellSources(sink: ((source: ShellSource) => void) | undefined): void {
  recorder = sink;
}

export function parseShell(source: ShellSource): ShellScript {
  recorder?.(source);
  const parsed = parsedText(source.text);
  if (parsed.error !== undefined) throw new Error(parsed.error);
  return { commands: withInnerScripts(placed(parsed.commands, source), source.lines), hasError: parsed.hasError };
}

/** The commands of a parse with file offsets and locations: new objects on every call. */
function placed(commands: TextCommand[], source: ShellSource): SimpleCommand[] {
  const { offsets, lines } = source;
  const loc = (start: number, end: number): Location => {
    const s = offsets[start] ?? offsets[offsets.length - 1] ?? 0;
    const e = end > start ? (offsets[end - 1] ?? s) + 1 : s;
    return lines.location(s, e);
  };
  const word = (w: TextWord): Word => {
    const out: number[] = new Array<number>(w.value.length);
    if (typeof w.chars === 'number') for (let k = 0; k < out.length; k++) out[k] = offsets[w.chars + k] ?? 0;
    else for (let k = 0; k < out.length; k++) out[k] = offsets[w.chars[k]!] ?? 0;
    return { value: w.value, raw: w.raw, hasExpansion: w.hasExpansion, loc: loc(w.start, w.end), offsets: out };
  };
  const made = new Map<TextCommand, SimpleCommand>();
  const out: SimpleCommand[] = [];
  for (const c of commands) {
    const parent = c.substitutedInto ? made.get(c.substitutedInto) : undefined;
    const cmd: SimpleCommand = {
      words: c.words.map(word),
      assignments: c.assignments.map((a) => ({ name: a.name, value: word(a.value) })),
      writes: c.writes.map(word),
      loc: loc(c.start, c.end),
      pipedInto: [],
      ...(parent ? { substitutedInto: parent } : {}),
      ...(c.stdinText ? { stdinText: word(c.stdinText) } : {}),
    };
    made.set(c, cmd);
    out.push(cmd);
  }
  // A pipeline element's commands share one array, as the walk built them.
  const groups = new Map<TextCommand[], SimpleCommand[]>();
  for (const c of commands) {
    if (c.pipedInto.length === 0) continue;
    let group = groups.get(c.pipedInto);
    if (!group) {
      group = c.pipedInto.map((p) => made.get(p)!);
      groups.set(c.pipedInto, group);
    }
    made.get(c)!.pipedInto = group;
  }
  return out;
}

/** An exec-form command (`["sh", "-c", "..."]`): its words are given, not parsed. */
export function execFormScript(words: Word[], lines: LineIndex): ShellScript {
  if (words.length === 0) return { commands: [], hasError: false };
  const first = words[0]!.loc;
  const last = words[words.length - 1]!.loc;
  const loc = { ...first, endLine: last.endLine, endColumn: last.endColumn };
  const cmd: SimpleCommand = { words, assignments: [], writes: [], loc, pipedInto: [] };
  return { commands: withInnerScripts([cmd], lines), hasError: false };
}

/**
 * `sh -c "..."` and `su -c "..."` run a second script: split it too, in place. Commands the
 * outer parse already found inside `$(...)` in that script are not added a second time.
 */
function withInnerScripts(commands: SimpleCommand[], lines: LineIndex): SimpleCommand[] {
  const all = [...commands];
  const at = (c: SimpleCommand) => `${c.loc.startLine}:${c.loc.startColumn}:${c.words[0]?.value}`;
  const known = new Set(commands.map(at));
  for (const cmd of commands) {
    const script = innerScript(cmd);
    if (!script) continue;
    for (const inner of parseShell({ text: script.value, offsets: script.offsets, lines }).commands) {
      if (known.has(at(inner))) continue;
      known.add(at(inner));
      all.push(inner);
    }
  }
  return all;
}

/** The script of `sh -c SCRIPT`, `bash -ec SCRIPT`, `su user -c SCRIPT`. */
function innerScript(cmd: SimpleCommand): Word | undefined {
  const { name, args } = unwrapCommand(cmd);
  if (!name) return undefined;
  const base = basename(name.value);
  if (!SHELLS.has(base) && base !== 'su') return undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!.value;
    if (a === '-c' || a === '--command' || /^-[a-z]*c[a-z]*$/.test(a)) {
      return args[i + 1];
    }
    if (base !== 'su' && !a.startsWith('-')) return undefined;
  }
  return undefined;
}

/**
 * Commands inside commands (`$(echo $(echo …))`, `<(…)`, backticks) deeper than this are refused
 * with a per-file error instead of overflowing the stack; real scripts nest a handful deep.
 */
export const MAX_SHELL_NESTING = 200;

const nestingMessage = `shell commands nested more than ${MAX_SHELL_NESTING} deep ($(…) inside $(…)): not linted`;

class Walker {
  /** How many substitutions deep the walk is. */
  private depth = 0;
  /** How many pipelines deep (inside groups inside pipelines). */
  private pipelines = 0;

  /** `text` is what tree-sitter parsed; it starts at index `base` of the whole text. */
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly out: TextCommand[],
  ) {}

  /**
   * Iterative over the nodes that only group others (`a && b && …` is a left-nested `list`
   * thousands deep in a long RUN), so a long script cannot overflow the stack; commands,
   * pipelines and declarations are handled where they are met, in source order.
   */
  walk(root: Node, parent: TextCommand | undefined): void {
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      shellParseStats.nodes++;
      switch (node.type) {
        case 'comment':
          continue;
        case 'command':
          this.command(node, parent, []);
          continue;
        case 'redirected_statement': {
          // `cmd args > file more-args`: the redirects sit beside the command, not inside it.
          const body = node.childForFieldName('body');
          const redirects = node.childrenForFieldName('redirect').filter((r): r is Node => !!r);
          if (body?.type === 'command') {
            this.command(body, parent, redirects);
            continue;
          }
          break;
        }
        case 'pipeline':
          this.pipeline(node, parent);
          continue;
        case 'declaration_command':
          this.declaration(node, parent);
          continue;
      }
      const children = node.namedChildren;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push(child);
      }
    }
  }

  private pipeline(node: Node, parent: TextCommand | undefined): void {
    // `a | { b | { c | … } }`: each pipeline inside another is one level of the walk's stack.
    if (++this.pipelines > MAX_SHELL_NESTING) throw new ShellLimitError(`shell pipelines nested more than ${MAX_SHELL_NESTING} deep: not linted`);
    const elements = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
    let groups: TextCommand[][];
    try {
      groups = elements.map((element) => {
        const start = this.out.length;
        this.walk(element, parent);
        return this.out.slice(start).filter((c) => c.substitutedInto === parent);
      });
    } finally {
      this.pipelines--;
    }
    for (let i = 0; i + 1 < groups.length; i++) {
      for (const cmd of groups[i]!) cmd.pipedInto = groups[i + 1]!;
    }
  }

  private command(node: Node, parent: TextCommand | undefined, outerRedirects: Node[]): void {
    const words: TextWord[] = [];
    const writes: TextWord[] = [];
    const assignments: TextCommand['assignments'] = [];
    const nested: Node[] = [];
    let stdinText: TextWord | undefined;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (!child) continue;
      const field = node.fieldNameForChild(i);
      if (child.type === 'variable_assignment') {
        const name = child.childForFieldName('name');
        const value = child.childForFieldName('value');
        if (name) assignments.push({ name: name.text, value: value ? this.word(value) : this.emptyWord(child.endIndex) });
        if (value) nested.push(value);
      } else if (child.type === 'file_redirect' || child.type === 'herestring_redirect') {
        this.redirect(child, words, writes);
        stdinText = this.stdinText(child) ?? stdinText;
        nested.push(child);
      } else if (field === 'name' || field === 'argument' || child.type === 'command_name') {
        const target = child.type === 'command_name' ? (child.namedChild(0) ?? child) : child;
        words.push(this.word(target));
        nested.push(child);
      }
    }
    for (const r of outerRedirects) {
      if (r.type === 'file_redirect' || r.type === 'herestring_redirect') this.redirect(r, words, writes);
      stdinText = this.stdinText(r) ?? stdinText;
      nested.push(r);
    }
    if (words.length === 0) {
      for (const n of nested) this.walkNested(n, parent);
      return;
    }
    const cmd: TextCommand = {
      words,
      assignments,
      writes,
      start: this.base + node.startIndex,
      end: this.base + node.endIndex,
      pipedInto: [],
      ...(parent ? { substitutedInto: parent } : {}),
      ...(stdinText ? { stdinText } : {}),
    };
    this.push(cmd);
    for (const n of nested) this.walkNested(n, cmd);
  }

  /**
   * `export A=1 B`, `local T=x`, `readonly R=1`: a command named by its keyword whose
   * assignments are recorded like `A=1 cmd` assignments, so rules see the values either way.
   */
  private declaration(node: Node, parent: TextCommand | undefined): void {
    const keyword = node.child(0);
    if (!keyword) return;
    const words: TextWord[] = [this.word(keyword)];
    const assignments: TextCommand['assignments'] = [];
    const nested: Node[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'variable_assignment') {
        const name = child.childForFieldName('name');
        const value = child.childForFieldName('value');
        if (name) assignments.push({ name: name.text, value: value ? this.word(value) : this.emptyWord(child.endIndex) });
        if (value) nested.push(value);
      } else words.push(this.word(child));
    }
    const cmd: TextCommand = {
      words,
      assignments,
      writes: [],
      start: this.base + node.startIndex,
      end: this.base + node.endIndex,
      pipedInto: [],
      ...(parent ? { substitutedInto: parent } : {}),
    };
    this.push(cmd);
    for (const n of nested) this.walkNested(n, cmd);
  }

  /**
   * Commands inside a word run through `$(...)`, backticks or `<(...)`. Iterative inside one
   * word (`${a:-${b:-…}}` nests as deep as it is written); each substitution is one level.
   */
  private walkNested(root: Node, owner: TextCommand | undefined): void {
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      shellParseStats.nodes++;
      if (SUBSTITUTIONS.has(node.type)) {
        if (++this.depth > MAX_SHELL_NESTING) throw new ShellLimitError(nestingMessage);
        try {
          for (const c of node.namedChildren) if (c) this.walk(c, owner);
        } finally {
          this.depth--;
        }
        continue;
      }
      const children = node.namedChildren;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push(child);
      }
    }
  }

  private push(cmd: TextCommand): void {
    if (this.out.length >= MAX_SHELL_COMMANDS) throw new ShellLimitError(`more than ${MAX_SHELL_COMMANDS.toLocaleString('en-US')} commands in one shell text: not linted`);
    this.out.push(cmd);
  }

  /**
   * tree-sitter-bash attaches the words after a redirect (`echo >&2 "msg" more`) as extra
   * destinations of that redirect; only the first is the redirect's target.
   */
  private redirect(node: Node, words: TextWord[], writes: TextWord[]): void {
    const destinations = node.childrenForFieldName('destination').filter((d): d is Node => !!d);
    const op = node.children.find((c) => c && !c.isNamed)?.text ?? '';
    destinations.forEach((d, i) => {
      if (i === 0) {
        if (/^(>|>>|>\||&>|&>>)$/.test(op)) writes.push(this.word(d));
      } else words.push(this.word(d));
    });
  }

  /** `<<< text` (the redirect's only named child) or a heredoc's body, taken literally. */
  private stdinText(node: Node): TextWord | undefined {
    if (node.type === 'heredoc_redirect') {
      const body = node.namedChildren.find((c): c is Node => c?.type === 'heredoc_body');
      if (!body) return undefined;
      const start = this.base + body.startIndex;
      return { value: body.text, raw: body.text, hasExpansion: false, start, end: this.base + body.endIndex, chars: start };
    }
    if (node.type !== 'herestring_redirect') return undefined;
    const text = node.namedChildren.find((c): c is Node => !!c && c.type !== 'file_descriptor');
    return text ? this.word(text) : undefined;
  }

  private emptyWord(at: number): TextWord {
    return { value: '', raw: '', hasExpansion: false, start: this.base + at, end: this.base + at, chars: this.base + at };
  }

  word(node: Node): TextWord {
    const { value, offsets, hasExpansion } = unquote(node, this.text);
    return {
      value,
      raw: node.text,
      hasExpansion,
      start: this.base + node.startIndex,
      end: this.base + node.endIndex,
      chars: compact(offsets, this.base),
    };
  }
}

/** Text indices (shifted by `base`) as a first index when they run on one by one. */
function compact(indices: number[], base: number): number[] | number {
  const first = indices[0];
  if (first === undefined) return base;
  for (let k = 1; k < indices.length; k++) {
    if (indices[k] !== first + k) return base === 0 ? indices : indices.map((i) => i + base);
  }
  return first + base;
}

/** Removes quoting the way the shell does, keeping expansions as written. */
function unquote(node: Node, text: string): { value: string; offsets: number[]; hasExpansion: boolean } {
  const skips: Node[] = [];
  collectExpansions(node, skips);
  const hasExpansion = skips.length > 0;
  let value = '';
  const offsets: number[] = [];
  const emit = (i: number) => {
    value += text[i];
    offsets.push(i);
  };
  let quote: '' | "'" | '"' | '$' = '';
  let i = node.startIndex;
  const end = node.endIndex;
  let skip = 0;
  while (i < end) {
    const expansion = skips[skip];
    if (expansion && expansion.startIndex === i && quote !== "'" && quote !== '$') {
      for (let j = expansion.startIndex; j < expansion.endIndex; j++) emit(j);
      i = expansion.endIndex;
      skip++;
      continue;
    }
    if (expansion && expansion.startIndex < i) {
      skip++;
      continue;
    }
    const ch = text[i]!;
    if (quote === "'" || quote === '$') {
      if (ch === "'") quote = '';
      else if (quote === '$' && ch === '\\' && i + 1 < end) {
        emit(i + 1);
        i += 2;
        continue;
      } else emit(i);
      i++;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = '';
      else if (ch === '\\' && i + 1 < end && '$`"\\\n'.includes(text[i + 1]!)) {
        if (text[i + 1] !== '\n') emit(i + 1);
        i += 2;
        continue;
      } else emit(i);
      i++;
      continue;
    }
    if (ch === "'") quote = "'";
    else if (ch === '"') quote = '"';
    else if (ch === '$' && text[i + 1] === "'") {
      quote = '$';
      i++;
    } else if (ch === '$' && text[i + 1] === '"') {
      quote = '"';
      i++;
    } else if (ch === '\\' && i + 1 < end) {
      if (text[i + 1] !== '\n') emit(i + 1);
      i += 2;
      continue;
    } else emit(i);
    i++;
  }
  return { value, offsets, hasExpansion };
}

/** The outermost expansions inside `node`, in source order (iterative: words nest deeply). */
function collectExpansions(node: Node, out: Node[]): void {
  // A word that is one expansion and nothing else (`$OPTS`, `$(cmd)`) is its own expansion.
  if (EXPANSIONS.has(node.type)) {
    out.push(node);
    return;
  }
  const stack: Node[] = [];
  const pushChildren = (n: Node) => {
    const children = n.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  };
  pushChildren(node);
  while (stack.length) {
    const c = stack.pop()!;
    if (EXPANSIONS.has(c.type)) out.push(c);
    else pushChildren(c);
  }
}

export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(i + 1) : path;
}

/** Programs that run the rest of their arguments as another command. */
const WRAPPERS: Record<string, { valueOptions: RegExp; positional?: number }> = {
  sudo: { valueOptions: /^-[ugChDpRrTU]$|^--(user|group|host|prompt|chdir|role|type|other-user|close-from)$/ },
  doas: { valueOptions: /^-[uC]$/ },
  // `busybox modprobe x` runs the applet named next.
  busybox: { valueOptions: /^$/ },
  env: { valueOptions: /^-[uSC]$|^--(unset|chdir|split-string)$/ },
  exec: { valueOptions: /^-a$/ },
  nohup: { valueOptions: /^$/ },
  time: { valueOptions: /^-[fo]$/ },
  command: { valueOptions: /^$/ },
  nice: { valueOptions: /^-n$|^--adjustment$/ },
  ionice: { valueOptions: /^-[cnp]$/ },
  stdbuf: { valueOptions: /^-[ioe]$/ },
  timeout: { valueOptions: /^-[sk]$|^--(signal|kill-after)$/, positional: 1 },
  chroot: { valueOptions: /^--(userspec|groups)$/, positional: 1 },
  'su-exec': { valueOptions: /^$/, positional: 1 },
  gosu: { valueOptions: /^$/, positional: 1 },
  tini: { valueOptions: /^-[ep]$/ },
  'dumb-init': { valueOptions: /^$/ },
  xargs: { valueOptions: /^-[EeIiLlnPsd]$/ },
};

/**
 * The command that actually runs, behind wrappers such as `sudo`, `env X=1`, `nohup`,
 * `exec`, `timeout 5`, `gosu user`: `sudo -u app apt-get install x` is an apt-get install.
 */
export function unwrapCommand(cmd: SimpleCommand): { name: Word | undefined; args: Word[]; wrappers: Word[] } {
  const words = cmd.words;
  const wrappers: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const base = basename(words[i]!.value);
    const wrapper = WRAPPERS[base];
    if (!wrapper) break;
    wrappers.push(words[i]!);
    i++;
    let positional = wrapper.positional ?? 0;
    while (i < words.length) {
      const w = words[i]!.value;
      if (w === '--') {
        i++;
        break;
      }
      if (base === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
        i++;
        continue;
      }
      if (w.startsWith('-') && w.length > 1) {
        i += wrapper.valueOptions.test(w) ? 2 : 1;
        continue;
      }
      if (positional > 0) {
        positional--;
        i++;
        continue;
      }
      break;
    }
  }
  return { name: words[i], args: words.slice(i + 1), wrappers };
}

/** The program name (basename) a simple command runs, behind wrappers. */
export function programOf(cmd: SimpleCommand): string | undefined {
  const { name } = unwrapCommand(cmd);
  return name ? basename(name.value) : undefined;
}

/** True when the command itself or any wrapper in front of it is `program`. */
export function runsProgram(cmd: SimpleCommand, program: string): Word | undefined {
  const { name, wrappers } = unwrapCommand(cmd);
  for (const w of [...wrappers, ...(name ? [name] : [])]) if (basename(w.value) === program) return w;
  return undefined;
}

export { SHELLS as SHELL_PROGRAMS };

/**
 * Splits a command line into words the way Compose does for a string `command:` or
 * `entrypoint:` (go-shellwords): quotes and backslashes group words, no shell runs, and an
 * unquoted `;`, `&`, `|`, `<` or `>` ends the command line there: what follows is never run.
 */
export function splitCommandLine(source: ShellSource): Word[] {
  const { text, offsets, lines } = source;
  const words: Word[] = [];
  let value = '';
  let valueOffsets: number[] = [];
  let start = -1;
  let quote: '' | "'" | '"' = '';
  const flush = (end: number) => {
    if (start < 0) return;
    const s = offsets[start] ?? 0;
    const e = (offsets[end - 1] ?? s) + 1;
    words.push({ value, raw: text.slice(start, end), hasExpansion: false, loc: lines.location(s, e), offsets: valueOffsets });
    value = '';
    valueOffsets = [];
    start = -1;
  };
  const emit = (i: number) => {
    value += text[i];
    valueOffsets.push(offsets[i] ?? 0);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = '';
      else emit(i);
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = '';
      else if (ch === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) emit(++i);
      else emit(i);
      continue;
    }
    if (/\s/.test(ch)) {
      flush(i);
      continue;
    }
    if (';&|<>'.includes(ch)) {
      flush(i);
      break;
    }
    if (start < 0) start = i;
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\' && i + 1 < text.length) emit(++i);
    else emit(i);
  }
  flush(text.length);
  return words;
}
