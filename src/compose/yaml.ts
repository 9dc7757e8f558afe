/**
 * YAML for Compose: the `yaml` package's parser and composer (which accept what Compose's
 * go-yaml v3 accepts, such as a flow sequence whose `]` sits at its key's indentation) turned
 * into a tree where every scalar, mapping and sequence knows the file and offsets it is written
 * at. Aliases are not copied: an alias is the anchored node itself, so a value that arrives
 * through `*anchor` or `<<: *anchor` keeps the position of the anchor's definition. Work is
 * bounded: nesting is measured on the parser's tokens (iteratively) before anything recurses,
 * and nesting through aliases and the size aliases expand a document to are limited, so a
 * "billion laughs" file or a 200-level document gives one error instead of a hang or a stack
 * overflow.
 */
import { Composer, Parser, Scalar, isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node as AstNode, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex, Location } from '../position.js';

/** How a scalar is written. */
export const SCALAR_STYLE = {
  PLAIN: 'plain',
  SINGLE_QUOTED: 'single-quoted',
  DOUBLE_QUOTED: 'double-quoted',
  /** `|` */
  LITERAL: 'literal',
  /** `>` */
  FOLDED: 'folded',
} as const;
export type ScalarStyle = (typeof SCALAR_STYLE)[keyof typeof SCALAR_STYLE];

/** One YAML file as a Compose loader sees it. */
export interface YamlFile {
  /** Absolute path. */
  path: string;
  /** Path shown in reports (relative to cwd, forward slashes). */
  display: string;
  text: string;
  lines: LineIndex;
  /** Folder relative paths written in this file resolve against (its project directory). */
  baseDir: string;
}

interface NodeBase {
  file: YamlFile;
  /** File offsets of the node as written (a quoted scalar includes its quotes). */
  start: number;
  end: number;
  /** Explicit tag as written (`!reset`, `!!str`), if any. */
  tag?: string;
}

export interface YScalar extends NodeBase {
  kind: 'scalar';
  /** Resolved with the YAML 1.2 core schema: plain `true` is a boolean, `"true"` a string. */
  value: string | number | boolean | null;
  /** The decoded text (after interpolation, once interpolated). */
  text: string;
  style: ScalarStyle;
  /** File offset of every character of `text`; computed on first use (see scalarOffsets). */
  offsets?: number[];
  /** Variables `${VAR}` that had no value (set by interpolation). */
  unresolved?: string[];
  /** Where in `text` each variable's substitution sits (so a slice knows its own). */
  variableSpans?: { name: string; start: number; end: number; missing: boolean; fromLookup?: boolean }[];
  /** True when the text used `$VAR`/`${VAR}` interpolation. */
  interpolated?: boolean;
  /** True when some of the text is a variable's value rather than written in the file (a default). */
  fromLookup?: boolean;
}

export interface YPair {
  key: YScalar;
  value: YNode;
  /** The whole entry, `key: value`, in the key's file. */
  start: number;
  end: number;
}

export interface YMap extends NodeBase {
  kind: 'map';
  pairs: YPair[];
}

export interface YSeq extends NodeBase {
  kind: 'seq';
  items: YNode[];
}

export type YNode = YScalar | YMap | YSeq;

/** A parsed scalar remembers the range of its written text until its offsets are needed. */
type RawScalar = YScalar & { raw?: [number, number] };

export class YamlError extends Error {
  constructor(
    message: string,
    readonly offset: number | undefined,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** Collections nested in one another, counted through aliases too. */
export const MAX_DEPTH = 100;
/** Nodes a document may expand to through aliases, beyond ten per node written in the file. */
export const MAX_EXPANDED_NODES = 100_000;
/** Keys copied by `<<` merge keys, in total per file. */
export const MAX_MERGE_KEYS = 100_000;

export function locOf(node: { file: YamlFile; start: number; end: number }): Location {
  return node.file.lines.location(node.start, node.end);
}

export function pairLoc(pair: YPair): Location {
  return pair.key.file.lines.location(pair.start, pair.end);
}

const SCALAR_MEASURE = { size: 1, depth: 1 };

/**
 * The `yaml` package's options: the failsafe schema keeps every scalar a string (this module
 * resolves plain scalars itself with the core schema, see resolvePlain), `<<` stays a plain key
 * (merge keys are applied here, with go-yaml's precedence) and duplicate keys are reported here
 * (comparing written text, with the first key's line).
 */
const COMPOSE_OPTIONS = { version: '1.2', schema: 'failsafe', merge: false, uniqueKeys: false, strict: true, prettyErrors: false } as const;

const STYLES: Record<string, ScalarStyle> = {
  [Scalar.PLAIN]: SCALAR_STYLE.PLAIN,
  [Scalar.QUOTE_SINGLE]: SCALAR_STYLE.SINGLE_QUOTED,
  [Scalar.QUOTE_DOUBLE]: SCALAR_STYLE.DOUBLE_QUOTED,
  [Scalar.BLOCK_LITERAL]: SCALAR_STYLE.LITERAL,
  [Scalar.BLOCK_FOLDED]: SCALAR_STYLE.FOLDED,
};

/**
 * Parses a Compose file into its root mapping. An empty file (or one with only comments)
 * gives an empty mapping. Throws YamlError for malformed YAML, several documents, a root that
 * is not a mapping, duplicate keys, unknown aliases and documents that exceed the limits.
 */
export function parseYaml(file: YamlFile): YMap {
  return requireMappingRoot(file, parseYamlDocument(file));
}

/** The file's one document, whatever its root (undefined when it has no content). Throws YamlError as parseYaml does. */
export function parseYamlDocument(file: YamlFile): YNode | undefined {
  const { docs, toFile } = parseDocuments(file);
  return new Builder(file, toFile).build(docs);
}

/** Parses allowed for flow collections that need indenting (see parseDocuments), and their total size. */
const MAX_REINDENTS = 10;
const MAX_REINDENT_CHARS = 10_000_000;

/**
 * The file's documents as the `yaml` package composes them, with a map from the offsets of the
 * text it parsed back to the file's. The YAML spec (and the `yaml` package) wants the lines of
 * a flow collection indented more than the block it sits in; go-yaml v3, like libyaml, ignores
 * indentation inside `[...]` and `{...}`. When the parser leaves a flow collection open that
 * does close further on, the lines of that collection are given enough leading spaces in the
 * text handed to the parser, which changes no value (a flow line's indentation means nothing),
 * and offsets are mapped back; each round of fixes costs a parse of the text (not a compose),
 * bounded by MAX_REINDENTS and MAX_REINDENT_CHARS. When fixing does not give a clean document,
 * the errors of the file as written are reported.
 */
function parseDocuments(file: YamlFile): { docs: Document.Parsed[]; toFile: (offset: number) => number } {
  const asWritten = Array.from(new Parser().parse(file.text));
  let src = file.text;
  let tokens = asWritten;
  const shifts = new Shifts();
  let budget = MAX_REINDENT_CHARS;
  for (let attempt = 0; attempt < MAX_REINDENTS; attempt++) {
    const inserts = reindentFlows(src, tokens);
    budget -= src.length;
    if (!inserts.length || budget < 0) break;
    src = insertSpaces(src, inserts);
    shifts.add(inserts);
    tokens = Array.from(new Parser().parse(src));
  }
  if (tokens !== asWritten) {
    // Nesting is judged on the collections as go-yaml sees them, that is, re-indented.
    checkNesting(file, tokens, shifts.toFile);
    const docs = Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens));
    if (!firstError(docs)) return { docs, toFile: shifts.toFile };
  }
  checkNesting(file, asWritten, identity);
  return { docs: Array.from(new Composer(COMPOSE_OPTIONS).compose(asWritten)), toFile: identity };
}

/** The text with `count` spaces inserted at each `at` (ascending offsets of the text). */
function insertSpaces(src: string, inserts: { at: number; count: number }[]): string {
  let out = '';
  let from = 0;
  for (const { at, count } of inserts) {
    out += src.slice(from, at) + ' '.repeat(count);
    from = at;
  }
  return out + src.slice(from);
}

function firstError(docs: Document.Parsed[]) {
  for (const doc of docs) if (doc.errors.length) return doc.errors[0]!;
  return undefined;
}

const identity = (offset: number): number => offset;

/** Spaces inserted into the parsed text, and the map from its offsets back to the file's. */
class Shifts {
  /** Ascending offsets in the parsed text where spaces were inserted, how many, and the total before. */
  private at: number[] = [];
  private count: number[] = [];
  private before: number[] = [];

  /** Records spaces inserted into the current text at ascending offsets of it. */
  add(inserts: { at: number; count: number }[]): void {
    const merged: { at: number; count: number }[] = [];
    let i = 0;
    let added = 0;
    for (const ins of inserts) {
      // Offsets of the current text: earlier insertions before this one stay where they are
      // (plus what this batch inserted before them); the rest move right.
      while (i < this.at.length && this.at[i]! < ins.at) merged.push({ at: this.at[i]! + added, count: this.count[i++]! });
      merged.push({ at: ins.at + added, count: ins.count });
      added += ins.count;
    }
    while (i < this.at.length) merged.push({ at: this.at[i]! + added, count: this.count[i++]! });
    this.at = merged.map((m) => m.at);
    this.count = merged.map((m) => m.count);
    let total = 0;
    this.before = merged.map((m) => ((total += m.count), total - m.count));
  }

  readonly toFile = (offset: number): number => {
    // The last insertion that starts before the offset.
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return offset;
    const k = lo - 1;
    return offset - this.before[k]! - Math.min(this.count[k]!, offset - this.at[k]!);
  };
}

/**
 * Where the parser cut flow collections short because of a line's indentation: the lines of
 * each collection left open (not inside another), up to its closing bracket, that need leading
 * spaces to sit right of the line the collection starts on, with how many, in ascending order.
 * A collection that never closes is left as it is (it is an error as written).
 */
function reindentFlows(src: string, tokens: CST.Token[]): { at: number; count: number }[] {
  const inserts: { at: number; count: number }[] = [];
  let scannedTo = -1;
  for (const open of openFlows(tokens)) {
    if (open.offset < scannedTo) continue;
    const found = flowLineInserts(src, open.offset);
    if (!found) continue;
    inserts.push(...found.inserts);
    scannedTo = found.end;
  }
  return inserts;
}

/**
 * Scans a flow collection from its bracket to the closing one (quotes and comments skipped; a
 * plain scalar cannot hold a bracket in flow) and lists the line starts inside it indented no
 * more than the line it starts on. Undefined when it does not close.
 */
function flowLineInserts(src: string, from: number): { inserts: { at: number; count: number }[]; end: number } | undefined {
  const start = lineStartOf(src, from);
  const want = /^ */.exec(src.slice(start))![0].length + 1;
  const inserts: { at: number; count: number }[] = [];
  let depth = 0;
  let j = from;
  /** The last character that was not a space: a quote after it starts a quoted scalar. */
  let before = '[';
  while (j < src.length) {
    const ch = src[j]!;
    const quoteStarts = '[{,:?\n\r'.includes(before);
    if (ch !== ' ' && ch !== '\t') before = ch;
    if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      if (--depth === 0) return { inserts, end: j + 1 };
    } else if (ch === '"' && quoteStarts) {
      for (j++; j < src.length && src[j] !== '"'; j++) if (src[j] === '\\') j++;
    } else if (ch === "'" && quoteStarts) {
      for (j++; j < src.length; j++) {
        if (src[j] !== "'") continue;
        if (src[j + 1] !== "'") break;
        j++;
      }
    } else if (ch === '#' && /[ \t\r\n]/.test(src[j - 1] ?? ' ')) {
      while (j < src.length && src[j] !== '\n' && src[j] !== '\r') j++;
      continue;
    } else if (ch === '\n' || ch === '\r') {
      const line = j + (ch === '\r' && src[j + 1] === '\n' ? 2 : 1);
      let text = line;
      while (src[text] === ' ') text++;
      const first = src[text];
      // Blank and comment lines are not judged by indentation; a document marker stays one.
      const marker = text === line && /^(?:---|\.\.\.)(?:\s|$)/.test(src.slice(line, line + 4));
      if (first !== undefined && !'\n\r#'.includes(first) && !marker && text - line < want) inserts.push({ at: line, count: want - (text - line) });
      j = line;
      continue;
    }
    j++;
  }
  return undefined;
}

/** Flow collections (not inside another) the parser left open, in file order. */
function openFlows(tokens: CST.Token[]): CST.FlowCollection[] {
  const open: CST.FlowCollection[] = [];
  const todo: CST.Token[] = [...tokens].reverse();
  while (todo.length) {
    const token = todo.pop()!;
    if (token.type === 'document' && token.value) todo.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq') {
      const items = token.items as { key?: CST.Token | null; value?: CST.Token }[];
      for (let k = items.length - 1; k >= 0; k--) {
        if (items[k]!.value) todo.push(items[k]!.value!);
        if (items[k]!.key) todo.push(items[k]!.key!);
      }
    } else if (token.type === 'flow-collection' && token.end[0]?.source !== (token.start.source === '[' ? ']' : '}')) open.push(token);
  }
  return open.sort((x, y) => x.offset - y.offset);
}

function lineStartOf(src: string, offset: number): number {
  return Math.max(src.lastIndexOf('\n', offset - 1), src.lastIndexOf('\r', offset - 1)) + 1;
}

/**
 * The one place that decides what a Compose file's top level may be: a mapping, or nothing
 * (an empty file is an empty mapping).
 */
function requireMappingRoot(file: YamlFile, root: YNode | undefined): YMap {
  if (!root || isEmptyScalar(root)) return { kind: 'map', file, start: 0, end: 0, pairs: [] };
  if (root.kind === 'map') return root;
  const what = root.kind === 'seq' ? 'a list' : 'a single value';
  throw errorAt(file, `not a Compose file: it is ${what}, not a mapping of services:, volumes:, ...`, root.start);
}

function errorAt(file: YamlFile, message: string, offset: number): YamlError {
  const pos = file.lines.position(Math.max(0, offset));
  return new YamlError(message, offset, pos.line, pos.column);
}

/**
 * Refuses collections nested more than MAX_DEPTH deep, at the first one (in file order), by
 * walking the parser's tokens with an explicit stack: the composer recurses per level, so it
 * only ever sees bounded nesting.
 */
function checkNesting(file: YamlFile, tokens: CST.Token[], toFile: (offset: number) => number): void {
  const todo: [CST.Token, number][] = [];
  for (let i = tokens.length - 1; i >= 0; i--) todo.push([tokens[i]!, 0]);
  while (todo.length) {
    const [token, depth] = todo.pop()!;
    if (token.type === 'document') {
      if (token.value) todo.push([token.value, depth]);
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_DEPTH) throw errorAt(file, `nesting deeper than ${MAX_DEPTH} levels`, toFile(token.offset));
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]! as { key?: CST.Token | null; value?: CST.Token };
      if (item.value) todo.push([item.value, depth + 1]);
      if (item.key) todo.push([item.key, depth + 1]);
    }
  }
}

/** A mapping under construction: its pairs, merge sources and measures. */
interface MapState {
  merges: YNode[];
  own: Map<string, YScalar>;
}

class Builder {
  private readonly anchors = new Map<string, YNode>();
  private readonly sizes = new WeakMap<YNode, { size: number; depth: number }>();
  /** Set per document: MAX_EXPANDED_NODES plus ten per node written. */
  private sizeLimit = MAX_EXPANDED_NODES;
  private mergeBudget = MAX_MERGE_KEYS;

  constructor(
    private readonly file: YamlFile,
    /** Maps offsets of the parsed text to the file's (see parseDocuments). */
    private readonly toFile: (offset: number) => number,
  ) {}

  /** A composed node's range (start, end of its value) in the file. */
  private range(n: AstNode): [number, number] {
    const [from, to] = rangeOf(n);
    return [this.toFile(from), this.toFile(to)];
  }

  /** The first document's content (the root), refusing YAML errors and a second document. */
  build(docs: Document.Parsed[]): YNode | undefined {
    let root: YNode | undefined;
    for (const doc of docs) {
      const problem = doc.errors[0];
      if (problem) {
        // The first line of the message is the cause (a caught overflow would add an excerpt).
        const cause = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        // An error on a line's indentation is shown where the line's text starts.
        let at = this.toFile(problem.pos[0]);
        while (this.file.text[at] === ' ' || this.file.text[at] === '\t') at++;
        throw errorAt(this.file, `invalid YAML: ${lowerFirst(cause)}`, at);
      }
      if (!doc.contents) continue;
      if (root && !isEmptyScalar(root)) {
        // A document with no content (a trailing lone `---`) is not a second document.
        if (isScalar(doc.contents) && doc.contents.source === '' && !doc.contents.tag && !doc.contents.anchor) continue;
        throw errorAt(this.file, 'the file has several YAML documents (---); a Compose file is one document', this.range(doc.contents)[0]);
      }
      this.sizeLimit = MAX_EXPANDED_NODES + 10 * countNodes(doc.contents);
      root = this.node(doc.contents);
    }
    return root;
  }

  private error(message: string, offset: number): YamlError {
    return errorAt(this.file, message, offset);
  }

  /** The tree node of an AST node (an alias: the anchored node itself). */
  private node(n: AstNode | null, emptyAt?: number): YNode {
    if (n === null) return syntheticScalar({ file: this.file, start: emptyAt ?? 0, end: emptyAt ?? 0 }, null);
    if (isAlias(n)) {
      const target = this.anchors.get(n.source);
      if (!target) throw this.error(`unknown alias *${n.source}`, this.range(n)[0]);
      return target;
    }
    let built: YNode;
    if (isScalar(n)) built = this.scalar(n, emptyAt);
    else if (isMap(n)) built = this.map(n);
    else if (isSeq(n)) built = this.seq(n);
    else throw this.error('unsupported YAML node', 0);
    if (n.anchor) this.anchors.set(n.anchor, built);
    return built;
  }

  /** Where a child ends as written (an alias: its `*name`, not the anchored node). */
  private writtenEnd(n: AstNode | null, built: YNode): number {
    return n && isAlias(n) ? this.range(n)[1] : built.end;
  }

  private scalar(n: Scalar, emptyAt: number | undefined): YScalar {
    const src = this.file.text;
    const style = STYLES[n.type ?? Scalar.PLAIN] ?? SCALAR_STYLE.PLAIN;
    const decoded = n.value === null || n.value === undefined ? '' : String(n.value);
    const tag = writtenTag(n.tag);
    const [from, valueEnd] = this.range(n);
    let start = from;
    let end = valueEnd;
    let raw: [number, number] | undefined = [from, valueEnd];
    if (style === SCALAR_STYLE.PLAIN && from === valueEnd) {
      // An empty value (`key:`): it sits right after the `:`.
      start = end = emptyAt ?? from;
      raw = undefined;
    } else if (style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED) {
      raw = [from + 1, Math.max(from + 1, valueEnd - 1)];
    } else if (style === SCALAR_STYLE.LITERAL || style === SCALAR_STYLE.FOLDED) {
      // The range starts at the `|`/`>` indicator; the text starts on the next line.
      const eol = src.slice(from, valueEnd).search(/\r\n?|\n/);
      const contentStart = eol < 0 ? valueEnd : from + eol + (src.startsWith('\r\n', from + eol) ? 2 : 1);
      raw = [contentStart, valueEnd];
      while (end > start && /\s/.test(src[end - 1]!)) end--;
    }
    const value = style === SCALAR_STYLE.PLAIN ? resolvePlain(decoded, tag) : resolveTagged(decoded, tag);
    const node: YScalar = { kind: 'scalar', file: this.file, start, end, value, text: decoded, style, ...(tag ? { tag } : {}) };
    if (raw) (node as RawScalar).raw = raw;
    return node;
  }

  private seq(n: YAMLSeq): YSeq {
    const tag = writtenTag(n.tag);
    const [from, to] = this.range(n);
    const node: YSeq = { kind: 'seq', file: this.file, start: from, end: from, items: [], ...(tag ? { tag } : {}) };
    const measure = { size: 1, depth: 0 };
    let lastEnd = node.start;
    for (const item of n.items as (AstNode | null)[]) {
      const child = this.node(item, item === null ? lastEnd : undefined);
      this.measure(node, measure, child, false);
      node.items.push(child);
      lastEnd = this.writtenEnd(item, child);
    }
    node.end = n.flow ? to : lastEnd;
    this.sizes.set(node, { size: measure.size, depth: measure.depth + 1 });
    return node;
  }

  private map(n: YAMLMap): YMap {
    const tag = writtenTag(n.tag);
    const [from, to] = this.range(n);
    const node: YMap = { kind: 'map', file: this.file, start: from, end: from, pairs: [], ...(tag ? { tag } : {}) };
    const state: MapState = { merges: [], own: new Map() };
    const measure = { size: 1, depth: 0 };
    let lastEnd = node.start;
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const keyAst = pair.key as AstNode | null;
      const key = this.node(keyAst, keyAst ? undefined : lastEnd);
      this.measure(node, measure, key, false);
      if (key.kind !== 'scalar') throw this.error('a mapping key must be a plain value, not a list or mapping', key.start);
      const keyEnd = this.writtenEnd(keyAst, key);
      const merge = isMergeKey(key);
      if (!merge) {
        const first = state.own.get(key.text);
        if (first) throw this.error(`duplicate key "${key.text}" (first written at line ${locOf(first).startLine})`, key.start);
        state.own.set(key.text, key);
      }
      const valueAst = pair.value as AstNode | null;
      const value = this.node(valueAst, afterColon(this.file.text, keyEnd));
      this.measure(node, measure, value, merge);
      const valueEnd = this.writtenEnd(valueAst, value);
      lastEnd = Math.max(valueEnd, keyEnd);
      if (merge) state.merges.push(value);
      else node.pairs.push({ key, value, start: key.start, end: Math.max(valueEnd, key.end) });
    }
    node.end = n.flow ? to : lastEnd;
    if (state.merges.length) this.applyMerges(node, state);
    this.sizes.set(node, { size: measure.size, depth: measure.depth + 1 });
    return node;
  }

  /** Adds a child's expanded size and depth to its collection's, refusing what exceeds the limits. */
  private measure(parent: YMap | YSeq, m: { size: number; depth: number }, child: YNode, mergeValue: boolean): void {
    const c = this.sizes.get(child) ?? SCALAR_MEASURE;
    m.size += c.size;
    // A merge key's mapping is flattened into this one: its entries, not it, nest here.
    m.depth = Math.max(m.depth, c.depth - (mergeValue ? (child.kind === 'seq' ? 2 : 1) : 0));
    if (m.size > this.sizeLimit) {
      throw this.error(`aliases expand this document to more than ${this.sizeLimit} values (an alias bomb?)`, parent.start);
    }
    if (m.depth + 1 > MAX_DEPTH) throw this.error(`nesting deeper than ${MAX_DEPTH} levels (through aliases)`, parent.start);
  }

  /**
   * `<<: *a` and `<<: [*a, *b]`: keys written in the mapping win, then earlier merge sources
   * win over later ones. Merged entries are the anchor's own pairs, so they keep its position.
   */
  private applyMerges(node: YMap, state: MapState): void {
    const seen = new Set(node.pairs.map((p) => p.key.text));
    for (const source of state.merges) {
      const maps = source.kind === 'seq' ? source.items : [source];
      for (const m of maps) {
        if (m.kind !== 'map') throw this.error('a merge key (<<) takes a mapping or a list of mappings', m.start);
        this.mergeBudget -= m.pairs.length + 1;
        if (this.mergeBudget < 0) throw this.error(`merge keys (<<) copy more than ${MAX_MERGE_KEYS} keys (an alias bomb?)`, m.start);
        for (const pair of m.pairs) {
          if (seen.has(pair.key.text)) continue;
          seen.add(pair.key.text);
          node.pairs.push(pair);
        }
      }
    }
  }
}

/** A composed node's range (start, end of its value); composed nodes always have one. */
function rangeOf(n: AstNode): [number, number] {
  return n.range ? [n.range[0], n.range[1]] : [0, 0];
}

/** Nodes written in a document (keys, values, collections, aliases), counted without recursion. */
function countNodes(root: AstNode): number {
  let count = 0;
  const todo: unknown[] = [root];
  while (todo.length) {
    const n = todo.pop();
    if (n === null || n === undefined) continue;
    if (isPair(n)) {
      todo.push(n.key, n.value);
      continue;
    }
    count++;
    if (isMap(n) || isSeq(n)) todo.push(...n.items);
  }
  return count;
}

/** The offset right after the `:` that follows a key ending at `keyEnd` (or `keyEnd`). */
function afterColon(src: string, keyEnd: number): number {
  let i = keyEnd;
  while (src[i] === ' ' || src[i] === '\t') i++;
  return src[i] === ':' ? i + 1 : keyEnd;
}

/** A tag as written in the usual shorthand: `!!str` for the YAML core tags, `!reset` as is. */
function writtenTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function isEmptyScalar(node: YNode): boolean {
  return node.kind === 'scalar' && node.value === null && node.text === '' && node.start === node.end && !node.tag;
}

function isMergeKey(node: YScalar): boolean {
  return node.text === '<<' && (node.style === SCALAR_STYLE.PLAIN ? !node.tag || /merge$/.test(node.tag) : false);
}

const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const TRUE_RE = /^(?:true|True|TRUE)$/;
const FALSE_RE = /^(?:false|False|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const OCT_RE = /^0o[0-7]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A plain scalar under the YAML 1.2 core schema (what Compose's YAML library uses). */
export function resolvePlain(text: string, tag: string | undefined): YScalar['value'] {
  if (tag) return resolveTagged(text, tag);
  if (NULL_RE.test(text)) return null;
  if (TRUE_RE.test(text)) return true;
  if (FALSE_RE.test(text)) return false;
  if (INT_RE.test(text)) return Number(text);
  if (OCT_RE.test(text)) return parseInt(text.slice(2), 8);
  if (HEX_RE.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_RE.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

function resolveTagged(text: string, tag: string | undefined): YScalar['value'] {
  switch (tag) {
    case '!!null':
      return null;
    case '!!bool':
      return TRUE_RE.test(text) ? true : FALSE_RE.test(text) ? false : text;
    case '!!int':
    case '!!float': {
      const v = resolvePlain(text, undefined);
      return typeof v === 'number' ? v : text;
    }
    default:
      return text;
  }
}

/**
 * The file offset of every character of a scalar's text. Text written as is maps one to one;
 * otherwise (escapes, folded lines, block indentation) the decoded characters are aligned
 * with the written ones in order, so an escape sequence maps to where it starts.
 */
export function scalarOffsets(s: YScalar): number[] {
  if (s.offsets) return s.offsets;
  const raw = (s as RawScalar).raw;
  const src = s.file.text;
  const out: number[] = [];
  if (!raw) {
    for (let i = 0; i < s.text.length; i++) out.push(s.start);
    s.offsets = out;
    return out;
  }
  if (raw[1] - raw[0] === s.text.length && src.startsWith(s.text, raw[0])) {
    // The common case: the text is written as is, character for character.
    for (let i = 0; i < s.text.length; i++) out.push(raw[0] + i);
    s.offsets = out;
    return out;
  }
  let p = raw[0];
  const end = raw[1];
  let lastEscape = p;
  for (const ch of s.text) {
    // Characters the YAML syntax drops while decoding (indentation, line breaks, quotes, escapes).
    while (p < end && src[p] !== ch && /[\s\\'"]/.test(src[p]!)) {
      if (src[p] === '\\') lastEscape = p;
      p++;
    }
    const at = p < end && src[p] === ch ? p : Math.min(lastEscape, Math.max(raw[0], end - 1));
    for (let k = 0; k < ch.length; k++) out.push(at);
    if (p < end) p++;
  }
  s.offsets = out;
  return out;
}

/** A part of a scalar (`KEY` of `KEY=value`, the host side of a port), with its own position. */
export function sliceScalar(s: YScalar, from: number, to: number = s.text.length): YScalar {
  const offsets = scalarOffsets(s);
  const text = s.text.slice(from, to);
  const sliced = offsets.slice(from, to);
  const start = sliced.length ? sliced[0]! : (offsets[from - 1] ?? s.start - 1) + 1;
  const end = sliced.length ? sliced[sliced.length - 1]! + 1 : start;
  // A variable belongs to the slice its substitution overlaps (an empty one: where it sits).
  const spans = (s.variableSpans ?? []).filter((u) => (u.start < to && u.end > from) || (u.start === u.end && u.start >= from && u.start <= to));
  const node: YScalar = { kind: 'scalar', file: s.file, start, end, value: text, text, style: SCALAR_STYLE.PLAIN, offsets: sliced };
  if (spans.length) {
    node.interpolated = true;
    if (spans.some((u) => u.fromLookup)) node.fromLookup = true;
    node.variableSpans = spans.map((u) => ({ ...u, start: Math.max(0, u.start - from), end: Math.min(text.length, u.end - from) }));
    const missing = spans.filter((u) => u.missing);
    if (missing.length) node.unresolved = [...new Set(missing.map((u) => u.name))];
  }
  return node;
}

/** A synthetic scalar (a default key, an absent value) placed at a node's position. */
export function syntheticScalar(at: { file: YamlFile; start: number; end: number }, value: YScalar['value'], text = value === null ? '' : String(value)): YScalar {
  return { kind: 'scalar', file: at.file, start: at.start, end: at.end, value, text, style: SCALAR_STYLE.PLAIN, offsets: Array.from({ length: text.length }, () => at.start) };
}

/** The value of a key in a mapping. */
export function get(map: YNode | undefined, key: string): YNode | undefined {
  if (!map || map.kind !== 'map') return undefined;
  for (const p of map.pairs) if (p.key.text === key) return p.value;
  return undefined;
}

export function getPair(map: YNode | undefined, key: string): YPair | undefined {
  if (!map || map.kind !== 'map') return undefined;
  return map.pairs.find((p) => p.key.text === key);
}

export function isNull(node: YNode | undefined): boolean {
  return !node || (node.kind === 'scalar' && node.value === null);
}

/** Plain JavaScript values (mappings as objects), for tests and debugging. */
export function toPlain(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const p of node.pairs) out[p.key.text] = toPlain(p.value);
      return out;
    }
  }
}
