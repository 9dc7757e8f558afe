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
import { Language, Parser, type TreeCursor } from 'web-tree-sitter';
import type { LineIndex, Location } from './position.js';
import { ownString } from './engine/own-string.js';

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
  /** Where this command is in its parse's `commands`. */
  index: number;
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
  const cacheable = cacheLimit > 0 && text.length <= CACHE_TEXT_MAX;
  // What is cached must not hold the file the text was cut from: its words are slices of the
  // text, and the text may be a slice of the whole file.
  const own = cacheable ? ownString(text) : text;
  const parsed = parseText(own);
  if (cacheable) {
    cache.set(own, parsed);
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
    const cursor = tree.walk();
    try {
      const treeHasError = cursor.currentNode.hasError;
      new Walker(piece, start, commands, cursor, treeHasError, grammarOf(tree.language)).walk(undefined);
      hasError ||= treeHasError;
    } catch (e) {
      if (e instanceof ShellLimitError) return { commands: [], hasError: true, error: e.message };
      throw e;
    } finally {
      cursor.delete();
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
  // `out[i]` is made from `commands[i]`; a command is substituted into one before it.
  const out: SimpleCommand[] = [];
  let piped = false;
  for (const c of commands) {
    const cmd: SimpleCommand = {
      words: c.words.map(word),
      assignments: c.assignments.length ? c.assignments.map((a) => ({ name: a.name, value: word(a.value) })) : [],
      writes: c.writes.length ? c.writes.map(word) : [],
      loc: loc(c.start, c.end),
      pipedInto: [],
    };
    // Added in this order, the keys are in the order a literal with them would have.
    if (c.substitutedInto) cmd.substitutedInto = out[c.substitutedInto.index]!;
    if (c.stdinText) cmd.stdinText = word(c.stdinText);
    piped ||= c.pipedInto.length > 0;
    out.push(cmd);
  }
  if (!piped) return out;
  // A pipeline element's commands share one array, as the walk built them.
  const groups = new Map<TextCommand[], SimpleCommand[]>();
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i]!;
    if (c.pipedInto.length === 0) continue;
    let group = groups.get(c.pipedInto);
    if (!group) {
      group = c.pipedInto.map((p) => out[p.index]!);
      groups.set(c.pipedInto, group);
    }
    out[i]!.pipedInto = group;
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
  // Most texts run no second script: nothing is copied or keyed for them.
  let all: SimpleCommand[] | undefined;
  let known: Set<string> | undefined;
  const at = (c: SimpleCommand) => `${c.loc.startLine}:${c.loc.startColumn}:${c.words[0]?.value}`;
  for (const cmd of commands) {
    const script = innerScript(cmd);
    if (!script) continue;
    all ??= [...commands];
    known ??= new Set(commands.map(at));
    for (const inner of parseShell({ text: script.value, offsets: script.offsets, lines }).commands) {
      if (known.has(at(inner))) continue;
      known.add(at(inner));
      all.push(inner);
    }
  }
  return all ?? commands;
}

/** The script of `sh -c SCRIPT`, `bash -ec SCRIPT`, `su user -c SCRIPT`. */
function innerScript(cmd: SimpleCommand): Word | undefined {
  // A shell, `-c` and the script are three words at least; a first word that is neither a
  // wrapper nor a shell is the program, and not a shell (the common case, without unwrapping).
  const words = cmd.words;
  if (words.length < 3) return undefined;
  const first = basename(words[0]!.value);
  if (!wrapperNamed(first) && !SHELLS.has(first) && first !== 'su') return undefined;
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

/** What the walk does with a node of a given type id (a table built once per grammar). */
const enum Kind {
  Other,
  Comment,
  Command,
  Redirected,
  Pipeline,
  Declaration,
  Assignment,
  FileRedirect,
  HerestringRedirect,
  HeredocRedirect,
  HeredocBody,
  CommandName,
  FileDescriptor,
  /** `$(...)`, backticks, `<(...)`: an expansion with commands inside. */
  Substitution,
  /** `$X`, `${...}`, `$((...))`. */
  Expansion,
  Subshell,
}

const KIND_OF_TYPE: Record<string, Kind> = {
  comment: Kind.Comment,
  command: Kind.Command,
  redirected_statement: Kind.Redirected,
  pipeline: Kind.Pipeline,
  declaration_command: Kind.Declaration,
  variable_assignment: Kind.Assignment,
  file_redirect: Kind.FileRedirect,
  herestring_redirect: Kind.HerestringRedirect,
  heredoc_redirect: Kind.HeredocRedirect,
  heredoc_body: Kind.HeredocBody,
  command_name: Kind.CommandName,
  file_descriptor: Kind.FileDescriptor,
  command_substitution: Kind.Substitution,
  process_substitution: Kind.Substitution,
  simple_expansion: Kind.Expansion,
  expansion: Kind.Expansion,
  arithmetic_expansion: Kind.Expansion,
  subshell: Kind.Subshell,
};

/** Named types that never have children (tree-sitter-bash's node-types.json). */
const LEAF_TYPES = ['word', 'ansi_c_string', 'comment', 'extglob_pattern', 'file_descriptor', 'heredoc_content', 'heredoc_end', 'heredoc_start', 'raw_string', 'regex', 'special_variable_name', 'string_content', 'test_operator', 'variable_name'];

/**
 * Node kinds and named-ness by type id, and the field ids the walk asks about: the walk reads
 * numbers off one TreeCursor instead of making a Node object (and a type string) per node.
 * Anonymous nodes are `Kind.Other` whatever they are called; a type id past the table is ERROR.
 */
interface Grammar {
  kinds: Uint8Array;
  named: Uint8Array;
  leaf: Uint8Array;
  field: { name: number; argument: number; value: number; body: number; redirect: number; destination: number };
}

let grammar: Grammar | undefined;

function grammarOf(language: Language): Grammar {
  if (grammar) return grammar;
  const n = language.types.length;
  const kinds = new Uint8Array(n);
  const named = new Uint8Array(n);
  const leaf = new Uint8Array(n);
  for (let id = 0; id < n; id++) {
    const type = language.types[id];
    if (type === undefined || !language.nodeTypeIsNamed(id)) continue;
    named[id] = 1;
    kinds[id] = KIND_OF_TYPE[type] ?? Kind.Other;
    if (LEAF_TYPES.includes(type)) leaf[id] = 1;
  }
  const fieldId = (name: string) => {
    const id = language.fieldIdForName(name);
    if (id === null || id === -1) throw new Error(`tree-sitter-bash has no field ${name}`);
    return id;
  };
  grammar = {
    kinds,
    named,
    leaf,
    field: { name: fieldId('name'), argument: fieldId('argument'), value: fieldId('value'), body: fieldId('body'), redirect: fieldId('redirect'), destination: fieldId('destination') },
  };
  return grammar;
}

const WRITE_OPERATORS = /^(>|>>|>\||&>|&>>)$/;

/** A command's words as the first pass over its children finds them. */
interface Building {
  words: TextWord[];
  writes: TextWord[];
  assignments: TextCommand['assignments'];
  stdinText: TextWord | undefined;
}

class Walker {
  /** How many substitutions deep the walk is. */
  private depth = 0;
  /** How many pipelines deep (inside groups inside pipelines). */
  private pipelines = 0;
  private readonly kinds: Uint8Array;
  private readonly named: Uint8Array;
  /** Leaf types by id, and only in a tree without errors (`firstChild` asks no cursor about them then). */
  private readonly leaf: Uint8Array | undefined;
  private readonly field: Grammar['field'];

  /**
   * `text` is what tree-sitter parsed; it starts at index `base` of the whole text. One cursor
   * walks the whole tree: every method starts on a node and leaves the cursor on it.
   * `hasError`: the tree has ERROR or MISSING nodes (then no shortcut by text is taken).
   */
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly out: TextCommand[],
    private readonly cursor: TreeCursor,
    private readonly hasError: boolean,
    g: Grammar,
  ) {
    this.kinds = g.kinds;
    this.named = g.named;
    this.leaf = hasError ? undefined : g.leaf;
    this.field = g.field;
  }

  /** Moves to the first child of the cursor node (of type `id`), if it has one. */
  private firstChild(id: number): boolean {
    if (this.leaf !== undefined && id < this.leaf.length && this.leaf[id] === 1) return false;
    return this.cursor.gotoFirstChild();
  }

  /**
   * Whether a child of a command (of type `id`, kind `k`: not an assignment, redirect or command
   * name) is a word of it. In a tree without errors every named child but a subshell and a
   * comment is an argument (node-types.json), and no field need be asked for.
   */
  private isCommandWord(id: number, k: Kind): boolean {
    if (!this.hasError && k !== Kind.Comment && k !== Kind.Subshell && this.isNamed(id)) return true;
    const f = this.cursor.currentFieldId;
    return f === this.field.name || f === this.field.argument;
  }

  private kind(id: number): Kind {
    return id < this.kinds.length ? (this.kinds[id] as Kind) : Kind.Other;
  }

  private isNamed(id: number): boolean {
    return id < this.named.length ? this.named[id] === 1 : true;
  }

  /**
   * In a tree without errors (only asked then) every substitution is written with `$(`, `` ` ``, `<(` or `>(`:
   * text without `(` and `` ` `` has none, and nothing in it needs walking for commands.
   */
  private mayHoldCommands(start: number, end: number): boolean {
    const text = this.text;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 40 || c === 96) return true;
    }
    return false;
  }

  /**
   * Iterative over the nodes that only group others (`a && b && …` is a left-nested `list`
   * thousands deep in a long RUN), so a long script cannot overflow the stack; commands,
   * pipelines and declarations are handled where they are met, in source order. Anonymous
   * nodes are neither visited nor descended into.
   */
  walk(parent: TextCommand | undefined): void {
    const c = this.cursor;
    let depth = 0;
    for (;;) {
      const id = c.nodeTypeId;
      let descend = false;
      if (this.isNamed(id)) {
        shellParseStats.nodes++;
        switch (this.kind(id)) {
          case Kind.Comment:
            break;
          case Kind.Command:
            this.command(parent);
            break;
          case Kind.Redirected:
            // `cmd args > file more-args`: the redirects sit beside the command, not inside it.
            descend = !this.redirected(parent);
            break;
          case Kind.Pipeline:
            this.pipeline(parent);
            break;
          case Kind.Declaration:
            this.declaration(parent);
            break;
          default:
            descend = true;
        }
      }
      if (descend && this.firstChild(id)) {
        depth++;
        continue;
      }
      depth = this.past(depth);
      if (depth < 0) return;
    }
  }

  /**
   * Moves the cursor past the current node (not into it) to the next one of a walk that began
   * `depth` levels up: the walk's new depth, or -1 when it has come back to where it began.
   */
  private past(depth: number): number {
    const c = this.cursor;
    for (;;) {
      if (depth === 0) return -1;
      if (c.gotoNextSibling()) return depth;
      c.gotoParent();
      depth--;
    }
  }

  /** A redirected statement whose body is a command: that command, with the redirects. False for any other body. */
  private redirected(parent: TextCommand | undefined): boolean {
    const c = this.cursor;
    const { body, redirect } = this.field;
    if (!c.gotoFirstChild()) return false;
    let isCommand: boolean | undefined;
    do {
      if (c.currentFieldId === body) {
        isCommand = this.kind(c.nodeTypeId) === Kind.Command;
        break;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    if (!isCommand) return false;
    const b: Building = { words: [], writes: [], assignments: [], stdinText: undefined };
    let start = 0;
    let end = 0;
    let bodySeen = false;
    c.gotoFirstChild();
    do {
      const f = c.currentFieldId;
      if (f === body && !bodySeen) {
        bodySeen = true;
        start = c.startIndex;
        end = c.endIndex;
        this.commandChildren(b);
      } else if (f === redirect) {
        const k = this.kind(c.nodeTypeId);
        if (k === Kind.FileRedirect || k === Kind.HerestringRedirect) this.redirect(b);
        if (k === Kind.HeredocRedirect || k === Kind.HerestringRedirect) b.stdinText = this.stdinText(k) ?? b.stdinText;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    const owner = this.finish(b, start, end, parent);
    if (!this.hasError && !this.mayHoldCommands(c.startIndex, c.endIndex)) return true;
    // The second pass: the body's nested nodes, then every redirect, walked for substitutions.
    bodySeen = false;
    c.gotoFirstChild();
    do {
      const f = c.currentFieldId;
      if (f === body && !bodySeen) {
        bodySeen = true;
        this.commandNested(owner);
      } else if (f === redirect) this.walkNestedIfAny(owner);
    } while (c.gotoNextSibling());
    c.gotoParent();
    return true;
  }

  private command(parent: TextCommand | undefined): void {
    const c = this.cursor;
    const b: Building = { words: [], writes: [], assignments: [], stdinText: undefined };
    const start = c.startIndex;
    const end = c.endIndex;
    this.commandChildren(b);
    const owner = this.finish(b, start, end, parent);
    if (this.hasError || this.mayHoldCommands(start, end)) this.commandNested(owner);
  }

  /** Pushes the command when it has words; returns what commands nested in it belong to. */
  private finish(b: Building, start: number, end: number, parent: TextCommand | undefined): TextCommand | undefined {
    if (b.words.length === 0) return parent;
    const cmd: TextCommand = {
      words: b.words,
      assignments: b.assignments,
      writes: b.writes,
      start: this.base + start,
      end: this.base + end,
      pipedInto: [],
      index: this.out.length,
    };
    if (parent) cmd.substitutedInto = parent;
    if (b.stdinText) cmd.stdinText = b.stdinText;
    this.push(cmd);
    return cmd;
  }

  /** The first pass over a command's children (the cursor on the command): words, assignments, redirects. */
  private commandChildren(b: Building): void {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return;
    do {
      const id = c.nodeTypeId;
      const k = this.kind(id);
      if (k === Kind.Assignment) this.assignment(b.assignments);
      else if (k === Kind.FileRedirect || k === Kind.HerestringRedirect) {
        this.redirect(b);
        if (k === Kind.HerestringRedirect) b.stdinText = this.stdinText(k) ?? b.stdinText;
      } else if (k === Kind.CommandName) {
        // The command name's first named child is the word (the node itself when it has none);
        // without errors it has one child, which spans the same text.
        b.words.push((this.hasError ? this.firstNamedChildWord() : undefined) ?? this.word(id));
      } else if (this.isCommandWord(id, k)) b.words.push(this.word(id));
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /** The second pass: what the first pass took words from, walked for `$(...)` and `<(...)`. */
  private commandNested(owner: TextCommand | undefined): void {
    const c = this.cursor;
    const { value } = this.field;
    if (!c.gotoFirstChild()) return;
    do {
      const id = c.nodeTypeId;
      const k = this.kind(id);
      if (k === Kind.Assignment) {
        if (c.gotoFirstChild()) {
          do {
            if (c.currentFieldId === value) {
              this.walkNestedIfAny(owner);
              break;
            }
          } while (c.gotoNextSibling());
          c.gotoParent();
        }
      } else if (k === Kind.FileRedirect || k === Kind.HerestringRedirect || k === Kind.CommandName || this.isCommandWord(id, k)) this.walkNestedIfAny(owner);
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /** `NAME=value` (the cursor on the assignment). */
  private assignment(out: TextCommand['assignments']): void {
    const c = this.cursor;
    const end = c.endIndex;
    const { name: nameField, value: valueField } = this.field;
    let name: string | undefined;
    let value: TextWord | undefined;
    let valueSeen = false;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldId;
        if (f === nameField && name === undefined) name = this.text.slice(c.startIndex, c.endIndex);
        else if (f === valueField && !valueSeen) {
          valueSeen = true;
          value = this.word();
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (name !== undefined) out.push({ name, value: value ?? this.emptyWord(end) });
  }

  /** The word of the cursor node's first named child, if it has one. */
  private firstNamedChildWord(): TextWord | undefined {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return undefined;
    let w: TextWord | undefined;
    do {
      const id = c.nodeTypeId;
      if (this.isNamed(id)) {
        w = this.word(id);
        break;
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    return w;
  }

  private pipeline(parent: TextCommand | undefined): void {
    // `a | { b | { c | … } }`: each pipeline inside another is one level of the walk's stack.
    if (++this.pipelines > MAX_SHELL_NESTING) throw new ShellLimitError(`shell pipelines nested more than ${MAX_SHELL_NESTING} deep: not linted`);
    const c = this.cursor;
    const groups: TextCommand[][] = [];
    try {
      if (c.gotoFirstChild()) {
        do {
          const id = c.nodeTypeId;
          if (!this.isNamed(id) || this.kind(id) === Kind.Comment) continue;
          const start = this.out.length;
          this.walk(parent);
          const group: TextCommand[] = [];
          for (let i = start; i < this.out.length; i++) if (this.out[i]!.substitutedInto === parent) group.push(this.out[i]!);
          groups.push(group);
        } while (c.gotoNextSibling());
        c.gotoParent();
      }
    } finally {
      this.pipelines--;
    }
    for (let i = 0; i + 1 < groups.length; i++) {
      for (const cmd of groups[i]!) cmd.pipedInto = groups[i + 1]!;
    }
  }

  /**
   * `export A=1 B`, `local T=x`, `readonly R=1`: a command named by its keyword whose
   * assignments are recorded like `A=1 cmd` assignments, so rules see the values either way.
   */
  private declaration(parent: TextCommand | undefined): void {
    const c = this.cursor;
    const start = c.startIndex;
    const end = c.endIndex;
    if (!c.gotoFirstChild()) return;
    const words: TextWord[] = [this.word()];
    const assignments: TextCommand['assignments'] = [];
    let anyAssignment = false;
    do {
      const id = c.nodeTypeId;
      if (!this.isNamed(id)) continue;
      if (this.kind(id) === Kind.Assignment) {
        anyAssignment = true;
        this.assignment(assignments);
      } else words.push(this.word(id));
    } while (c.gotoNextSibling());
    c.gotoParent();
    const cmd: TextCommand = {
      words,
      assignments,
      writes: [],
      start: this.base + start,
      end: this.base + end,
      pipedInto: [],
      index: this.out.length,
    };
    if (parent) cmd.substitutedInto = parent;
    this.push(cmd);
    if (!anyAssignment || (!this.hasError && !this.mayHoldCommands(start, end))) return;
    const { value } = this.field;
    c.gotoFirstChild();
    do {
      const id = c.nodeTypeId;
      if (!this.isNamed(id) || this.kind(id) !== Kind.Assignment || !c.gotoFirstChild()) continue;
      do {
        if (c.currentFieldId === value) {
          this.walkNestedIfAny(cmd);
          break;
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  private walkNestedIfAny(owner: TextCommand | undefined): void {
    if (this.hasError || this.mayHoldCommands(this.cursor.startIndex, this.cursor.endIndex)) this.walkNested(owner);
  }

  /**
   * Commands inside a word run through `$(...)`, backticks or `<(...)`. Iterative inside one
   * word (`${a:-${b:-…}}` nests as deep as it is written); each substitution is one level.
   */
  private walkNested(owner: TextCommand | undefined): void {
    const c = this.cursor;
    let depth = 0;
    for (;;) {
      const id = c.nodeTypeId;
      let descend = false;
      if (this.isNamed(id)) {
        shellParseStats.nodes++;
        if (this.kind(id) === Kind.Substitution) {
          if (++this.depth > MAX_SHELL_NESTING) throw new ShellLimitError(nestingMessage);
          try {
            if (c.gotoFirstChild()) {
              do if (this.isNamed(c.nodeTypeId)) this.walk(owner);
              while (c.gotoNextSibling());
              c.gotoParent();
            }
          } finally {
            this.depth--;
          }
        } else descend = true;
      }
      if (descend && this.firstChild(id)) {
        depth++;
        continue;
      }
      depth = this.past(depth);
      if (depth < 0) return;
    }
  }

  private push(cmd: TextCommand): void {
    if (this.out.length >= MAX_SHELL_COMMANDS) throw new ShellLimitError(`more than ${MAX_SHELL_COMMANDS.toLocaleString('en-US')} commands in one shell text: not linted`);
    this.out.push(cmd);
  }

  /**
   * A file or herestring redirect (the cursor on it). tree-sitter-bash attaches the words after
   * a redirect (`echo >&2 "msg" more`) as extra destinations of that redirect; only the first
   * is the redirect's target, written to when the operator (its first anonymous child) writes.
   */
  private redirect(b: Building): void {
    const c = this.cursor;
    const { destination } = this.field;
    if (!c.gotoFirstChild()) return;
    let op: string | undefined;
    let first: TextWord | undefined;
    let firstSeen = false;
    do {
      const id = c.nodeTypeId;
      if (op === undefined && !this.isNamed(id)) op = this.text.slice(c.startIndex, c.endIndex);
      if (c.currentFieldId !== destination) continue;
      if (!firstSeen) {
        firstSeen = true;
        if (op === undefined) first = this.word(id);
        else if (WRITE_OPERATORS.test(op)) b.writes.push(this.word(id));
      } else b.words.push(this.word(id));
    } while (c.gotoNextSibling());
    c.gotoParent();
    // A destination before any operator (not in the grammar): decided once the operator is known.
    if (first && WRITE_OPERATORS.test(op ?? '')) b.writes.push(first);
  }

  /** `<<< text` (the redirect's first named child that is not a file descriptor) or a heredoc's body, taken literally. */
  private stdinText(k: Kind): TextWord | undefined {
    const c = this.cursor;
    if (!c.gotoFirstChild()) return undefined;
    let w: TextWord | undefined;
    do {
      const id = c.nodeTypeId;
      if (!this.isNamed(id)) continue;
      const kind = this.kind(id);
      if (k === Kind.HeredocRedirect) {
        if (kind !== Kind.HeredocBody) continue;
        const s = c.startIndex;
        const e = c.endIndex;
        const body = this.text.slice(s, e);
        const start = this.base + s;
        w = { value: body, raw: body, hasExpansion: false, start, end: this.base + e, chars: start };
        break;
      }
      if (kind === Kind.FileDescriptor) continue;
      w = this.word(id);
      break;
    } while (c.gotoNextSibling());
    c.gotoParent();
    return w;
  }

  private emptyWord(at: number): TextWord {
    return { value: '', raw: '', hasExpansion: false, start: this.base + at, end: this.base + at, chars: this.base + at };
  }

  /** What `word` has emitted so far, as runs of consecutive text indices (most words are one run). */
  private value = '';
  private runStart = -1;
  private runEnd = -1;
  /** Every index emitted (shifted by `base`), once they are not one run any more. */
  private indices: number[] | undefined;
  private count = 0;
  private first = -1;

  private emit(i: number): void {
    if (i === this.runEnd) this.runEnd++;
    else {
      if (this.runStart >= 0) this.value += this.text.slice(this.runStart, this.runEnd);
      if (this.count > 0 && !this.indices) {
        const indices = new Array<number>(this.count);
        for (let k = 0; k < this.count; k++) indices[k] = this.first + k + this.base;
        this.indices = indices;
      }
      this.runStart = i;
      this.runEnd = i + 1;
    }
    if (this.count === 0) this.first = i;
    if (this.indices) this.indices.push(i + this.base);
    this.count++;
  }

  /**
   * The word of the cursor node (`id`: its type id, when the caller has read it): quotes removed
   * the way the shell does, expansions kept as written.
   */
  private word(id = -1): TextWord {
    const c = this.cursor;
    const start = c.startIndex;
    const end = c.endIndex;
    const text = this.text;
    const base = this.base;
    // In a tree without errors a word without `$`, backticks and `(` has no expansion, and one
    // without quotes and backslashes either is its text as written.
    let plain = true;
    let expandable = this.hasError;
    if (!expandable) {
      for (let i = start; i < end; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 36 || ch === 96 || ch === 40) {
          expandable = true;
          break;
        }
        if (ch === 39 || ch === 34 || ch === 92) plain = false;
      }
    }
    if (!expandable && plain) {
      const raw = text.slice(start, end);
      return { value: raw, raw, hasExpansion: false, start: base + start, end: base + end, chars: end > start ? base + start : base };
    }
    const skips = expandable ? this.expansions(start, end, id) : undefined;
    this.value = '';
    this.runStart = -1;
    this.runEnd = -1;
    this.indices = undefined;
    this.count = 0;
    this.first = -1;
    let quote: '' | "'" | '"' | '$' = '';
    let i = start;
    let skip = 0;
    while (i < end) {
      const expansion = skips !== undefined && skip < skips.length ? skips[skip]! : -1;
      if (expansion >= 0 && expansion === i && quote !== "'" && quote !== '$') {
        const expansionEnd = skips![skip + 1]!;
        for (let j = expansion; j < expansionEnd; j++) this.emit(j);
        i = expansionEnd;
        skip += 2;
        continue;
      }
      if (expansion >= 0 && expansion < i) {
        skip += 2;
        continue;
      }
      const ch = text[i]!;
      if (quote === "'" || quote === '$') {
        if (ch === "'") quote = '';
        else if (quote === '$' && ch === '\\' && i + 1 < end) {
          this.emit(i + 1);
          i += 2;
          continue;
        } else this.emit(i);
        i++;
        continue;
      }
      if (quote === '"') {
        if (ch === '"') quote = '';
        else if (ch === '\\' && i + 1 < end && '$`"\\\n'.includes(text[i + 1]!)) {
          if (text[i + 1] !== '\n') this.emit(i + 1);
          i += 2;
          continue;
        } else this.emit(i);
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
        if (text[i + 1] !== '\n') this.emit(i + 1);
        i += 2;
        continue;
      } else this.emit(i);
      i++;
    }
    if (this.runStart >= 0) this.value += text.slice(this.runStart, this.runEnd);
    const value = this.value;
    const indices = this.indices;
    this.value = '';
    this.indices = undefined;
    return {
      value,
      raw: text.slice(start, end),
      hasExpansion: skips !== undefined && skips.length > 0,
      start: base + start,
      end: base + end,
      chars: indices ?? (this.count === 0 ? base : this.first + base),
    };
  }

  /**
   * The outermost expansions in the cursor node, in source order, as start, end pairs
   * (iterative: words nest deeply); undefined when there are none. A word that is one expansion
   * and nothing else (`$OPTS`, `$(cmd)`) is its own expansion.
   */
  private expansions(start: number, end: number, id: number): number[] | undefined {
    const c = this.cursor;
    const k = this.kind(id >= 0 ? id : c.nodeTypeId);
    if (k === Kind.Expansion || k === Kind.Substitution) return [start, end];
    if (!c.gotoFirstChild()) return undefined;
    let out: number[] | undefined;
    let depth = 1;
    for (;;) {
      const id = c.nodeTypeId;
      let descend = false;
      if (this.isNamed(id)) {
        const kind = this.kind(id);
        if (kind === Kind.Expansion || kind === Kind.Substitution) (out ??= []).push(c.startIndex, c.endIndex);
        else descend = true;
      }
      if (descend && this.firstChild(id)) {
        depth++;
        continue;
      }
      let done = false;
      for (;;) {
        if (c.gotoNextSibling()) break;
        c.gotoParent();
        if (--depth === 0) {
          done = true;
          break;
        }
      }
      if (done) return out;
    }
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

/** The wrapper a program name is, if any (`constructor`, `toString` are programs, not keys of Object.prototype). */
function wrapperNamed(base: string): { valueOptions: RegExp; positional?: number } | undefined {
  return Object.hasOwn(WRAPPERS, base) ? WRAPPERS[base] : undefined;
}

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
    const wrapper = wrapperNamed(base);
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
