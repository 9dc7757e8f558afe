// The shell parser's walk as it was before the parse cache and bounded parsing (commit 79ae4ff),
// kept unchanged so tests can show the current one gives identical results on ordinary input.
// Only parseShell and initShellParser are used; what the walk calls that is not the walk itself
// (a command's program behind wrappers) comes from src/shell.ts.
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
import type { LineIndex, Location } from '../../src/position.js';
// Reading a command's program behind wrappers is not part of the walk this file keeps: it is shared.
import { basename, unwrapCommand } from '../../src/shell.js';

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

export function parseShell(source: ShellSource): ShellScript {
  const tree = requireParser().parse(source.text);
  if (!tree) return { commands: [], hasError: true };
  const commands: SimpleCommand[] = [];
  const ctx = new Walker(source, commands);
  ctx.walk(tree.rootNode, undefined);
  const hasError = tree.rootNode.hasError;
  tree.delete();
  return { commands: withInnerScripts(commands, source.lines), hasError };
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

class Walker {
  /** How many substitutions deep the walk is. */
  private depth = 0;

  constructor(
    private readonly source: ShellSource,
    private readonly out: SimpleCommand[],
  ) {}

  /**
   * Iterative over the nodes that only group others (`a && b && …` is a left-nested `list`
   * thousands deep in a long RUN), so a long script cannot overflow the stack; commands,
   * pipelines and declarations are handled where they are met, in source order.
   */
  walk(root: Node, parent: SimpleCommand | undefined): void {
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
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

  private pipeline(node: Node, parent: SimpleCommand | undefined): void {
    const elements = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
    const groups = elements.map((element) => {
      const start = this.out.length;
      this.walk(element, parent);
      return this.out.slice(start).filter((c) => c.substitutedInto === parent);
    });
    for (let i = 0; i + 1 < groups.length; i++) {
      for (const cmd of groups[i]!) cmd.pipedInto = groups[i + 1]!;
    }
  }

  private command(node: Node, parent: SimpleCommand | undefined, outerRedirects: Node[]): void {
    const words: Word[] = [];
    const writes: Word[] = [];
    const assignments: SimpleCommand['assignments'] = [];
    const nested: Node[] = [];
    let stdinText: Word | undefined;
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
    const cmd: SimpleCommand = {
      words,
      assignments,
      writes,
      loc: this.loc(node.startIndex, node.endIndex),
      pipedInto: [],
      ...(parent ? { substitutedInto: parent } : {}),
      ...(stdinText ? { stdinText } : {}),
    };
    this.out.push(cmd);
    for (const n of nested) this.walkNested(n, cmd);
  }

  /**
   * `export A=1 B`, `local T=x`, `readonly R=1`: a command named by its keyword whose
   * assignments are recorded like `A=1 cmd` assignments, so rules see the values either way.
   */
  private declaration(node: Node, parent: SimpleCommand | undefined): void {
    const keyword = node.child(0);
    if (!keyword) return;
    const words: Word[] = [this.word(keyword)];
    const assignments: SimpleCommand['assignments'] = [];
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
    const cmd: SimpleCommand = {
      words,
      assignments,
      writes: [],
      loc: this.loc(node.startIndex, node.endIndex),
      pipedInto: [],
      ...(parent ? { substitutedInto: parent } : {}),
    };
    this.out.push(cmd);
    for (const n of nested) this.walkNested(n, cmd);
  }

  /** Commands inside a word run through `$(...)`, backticks or `<(...)`. */
  private walkNested(node: Node, owner: SimpleCommand | undefined): void {
    if (SUBSTITUTIONS.has(node.type)) {
      if (++this.depth > MAX_SHELL_NESTING) {
        throw new Error(`shell commands nested more than ${MAX_SHELL_NESTING} deep ($(…) inside $(…)): not linted`);
      }
      try {
        for (const c of node.namedChildren) if (c) this.walk(c, owner);
      } finally {
        this.depth--;
      }
      return;
    }
    for (const c of node.namedChildren) if (c) this.walkNested(c, owner);
  }

  /**
   * tree-sitter-bash attaches the words after a redirect (`echo >&2 "msg" more`) as extra
   * destinations of that redirect; only the first is the redirect's target.
   */
  private redirect(node: Node, words: Word[], writes: Word[]): void {
    const destinations = node.childrenForFieldName('destination').filter((d): d is Node => !!d);
    const op = node.children.find((c) => c && !c.isNamed)?.text ?? '';
    destinations.forEach((d, i) => {
      if (i === 0) {
        if (/^(>|>>|>\||&>|&>>)$/.test(op)) writes.push(this.word(d));
      } else words.push(this.word(d));
    });
  }

  /** `<<< text` (the redirect's only named child) or a heredoc's body, taken literally. */
  private stdinText(node: Node): Word | undefined {
    if (node.type === 'heredoc_redirect') {
      const body = node.namedChildren.find((c): c is Node => c?.type === 'heredoc_body');
      if (!body) return undefined;
      const offsets: number[] = [];
      for (let i = body.startIndex; i < body.endIndex; i++) offsets.push(this.source.offsets[i] ?? 0);
      return { value: body.text, raw: body.text, hasExpansion: false, loc: this.loc(body.startIndex, body.endIndex), offsets };
    }
    if (node.type !== 'herestring_redirect') return undefined;
    const text = node.namedChildren.find((c): c is Node => !!c && c.type !== 'file_descriptor');
    return text ? this.word(text) : undefined;
  }

  private emptyWord(at: number): Word {
    return { value: '', raw: '', hasExpansion: false, loc: this.loc(at, at), offsets: [] };
  }

  private loc(start: number, end: number): Location {
    const { offsets, lines } = this.source;
    const s = offsets[start] ?? offsets[offsets.length - 1] ?? 0;
    const e = end > start ? (offsets[end - 1] ?? s) + 1 : s;
    return lines.location(s, e);
  }

  word(node: Node): Word {
    const { value, offsets, hasExpansion } = unquote(node, this.source.text);
    return {
      value,
      raw: node.text,
      hasExpansion,
      loc: this.loc(node.startIndex, node.endIndex),
      offsets: offsets.map((i) => this.source.offsets[i] ?? 0),
    };
  }
}

/** Removes quoting the way the shell does, keeping expansions as written. */
function unquote(node: Node, text: string): { value: string; offsets: number[]; hasExpansion: boolean } {
  const skips: Node[] = [];
  // As fixed in src/shell.ts: a word that is one expansion is its own expansion.
  if (EXPANSIONS.has(node.type)) skips.push(node);
  else collectExpansions(node, skips);
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

function collectExpansions(node: Node, out: Node[]): void {
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (EXPANSIONS.has(c.type)) out.push(c);
    else collectExpansions(c, out);
  }
}
