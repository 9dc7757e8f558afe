/**
 * YAML for Compose: js-yaml's event stream turned into a tree where every scalar, mapping and
 * sequence knows the file and offsets it is written at. Aliases are not copied: an alias is
 * the anchored node itself, so a value that arrives through `*anchor` or `<<: *anchor` keeps
 * the position of the anchor's definition. Work is bounded: nesting (also through aliases) and
 * the size aliases expand a document to are limited, so a "billion laughs" file or a
 * 200-level document gives one error instead of a hang or a stack overflow.
 */
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { LineIndex, Location } from '../position.js';

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
  style: number;
  /** File offset of every character of `text`; computed on first use (see scalarOffsets). */
  offsets?: number[];
  /** Variables `${VAR}` that had no value (set by interpolation). */
  unresolved?: string[];
  /** Where in `text` each variable's substitution sits (so a slice knows its own). */
  variableSpans?: { name: string; start: number; end: number; missing: boolean }[];
  /** True when the text used `$VAR`/`${VAR}` interpolation. */
  interpolated?: boolean;
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

/** Nesting allowed, counted through aliases too (js-yaml's own parser limit is the same). */
export const MAX_DEPTH = 100;
/** Nodes a document may expand to through aliases, beyond ten per event of the file. */
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

interface Frame {
  node: YMap | YSeq;
  /** Expanded size and depth of the children so far. */
  size: number;
  depth: number;
  /** Mapping only: the key waiting for its value. */
  key?: YScalar | undefined;
  keyIsMerge?: boolean;
  merges?: YNode[];
  own?: Map<string, YScalar>;
  anchor?: string | undefined;
  flow: boolean;
  lastEnd: number;
}

/**
 * Parses a Compose file into its root mapping. An empty file (or one with only comments)
 * gives an empty mapping. Throws YamlError for malformed YAML, several documents, a root that
 * is not a mapping, duplicate keys, unknown aliases and documents that exceed the limits.
 */
export function parseYaml(file: YamlFile): YMap {
  const { text } = file;
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file.display, maxDepth: MAX_DEPTH });
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { line: number; column: number; position: number } };
    const reason = err.reason ?? err.message ?? String(e);
    const message = /maxDepth/.test(reason) ? `nesting deeper than ${MAX_DEPTH} levels` : `invalid YAML: ${reason}`;
    if (err.mark) throw new YamlError(message, err.mark.position, err.mark.line + 1, err.mark.column + 1);
    throw new YamlError(message, undefined);
  }
  return new Builder(file, events).build();
}

class Builder {
  private readonly anchors = new Map<string, YNode>();
  private readonly sizes = new WeakMap<YNode, { size: number; depth: number }>();
  private readonly sizeLimit: number;
  private mergeBudget = MAX_MERGE_KEYS;
  private stack: Frame[] = [];
  private root: YNode | undefined;
  private lastEnd = 0;

  constructor(
    private readonly file: YamlFile,
    private readonly events: Event[],
  ) {
    this.sizeLimit = MAX_EXPANDED_NODES + 10 * events.length;
  }

  build(): YMap {
    for (const ev of this.events) {
      switch (ev.type) {
        case EVENT_ID.DOCUMENT:
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const anchor = ev.anchorStart >= 0 ? this.file.text.slice(ev.anchorStart, ev.anchorEnd) : undefined;
          const tag = ev.tagStart >= 0 ? this.file.text.slice(ev.tagStart, ev.tagEnd) : undefined;
          const node: YMap | YSeq =
            ev.type === EVENT_ID.MAPPING
              ? { kind: 'map', file: this.file, start: ev.start, end: ev.start, pairs: [], ...(tag ? { tag } : {}) }
              : { kind: 'seq', file: this.file, start: ev.start, end: ev.start, items: [], ...(tag ? { tag } : {}) };
          const frame: Frame = { node, size: 1, depth: 0, anchor, flow: ev.style === 2, lastEnd: ev.start };
          if (node.kind === 'map') Object.assign(frame, { merges: [], own: new Map() });
          this.stack.push(frame);
          this.lastEnd = Math.max(this.lastEnd, ev.start);
          break;
        }
        case EVENT_ID.SCALAR: {
          const node = this.scalar(ev);
          if (ev.anchorStart >= 0) this.anchors.set(this.file.text.slice(ev.anchorStart, ev.anchorEnd), node);
          this.add(node, node.end);
          break;
        }
        case EVENT_ID.ALIAS: {
          const name = this.file.text.slice(ev.anchorStart, ev.anchorEnd);
          const target = this.anchors.get(name);
          if (!target) throw this.error(`unknown alias *${name}`, ev.anchorStart - 1);
          this.add(target, ev.anchorEnd);
          break;
        }
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame) break; // end of a document
          const node = this.finish(frame);
          if (frame.anchor !== undefined) this.anchors.set(frame.anchor, node);
          this.add(node, node.end);
          break;
        }
      }
    }
    const root = this.root;
    if (!root || isEmptyScalar(root)) return { kind: 'map', file: this.file, start: 0, end: 0, pairs: [] };
    if (root.kind !== 'map') {
      const what = root.kind === 'seq' ? 'a list' : 'a single value';
      throw this.error(`a Compose file must be a mapping (services:, volumes:, ...), but this one is ${what}`, root.start);
    }
    return root;
  }

  private error(message: string, offset: number): YamlError {
    const pos = this.file.lines.position(Math.max(0, offset));
    return new YamlError(message, offset, pos.line, pos.column);
  }

  private scalar(ev: ScalarEvent): YScalar {
    const { text: src } = this.file;
    const decoded = getScalarValue(src, ev);
    const tag = ev.tagStart >= 0 ? src.slice(ev.tagStart, ev.tagEnd) : undefined;
    let start = ev.valueStart;
    let end = ev.valueEnd;
    if (start < 0) {
      // An empty value (`key:`): it sits right after what came before.
      start = end = this.lastEnd + (src[this.lastEnd] === ':' ? 1 : 0);
    } else if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) {
      if (src[start - 1] === "'" || src[start - 1] === '"') start--;
      if (src[end] === "'" || src[end] === '"') end++;
    } else if (ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK) {
      start = blockIndicator(src, start);
      while (end > start && /\s/.test(src[end - 1]!)) end--;
    }
    const value = ev.style === SCALAR_STYLE.PLAIN ? resolvePlain(decoded, tag) : resolveTagged(decoded, tag);
    const node: YScalar = { kind: 'scalar', file: this.file, start, end, value, text: decoded, style: ev.style, ...(tag ? { tag } : {}) };
    if (ev.valueStart >= 0) (node as RawScalar).raw = [ev.valueStart, ev.valueEnd];
    return node;
  }

  /** Attaches a finished node to its parent (or makes it the root). */
  private add(node: YNode, end: number): void {
    this.lastEnd = Math.max(this.lastEnd, end);
    const frame = this.stack[this.stack.length - 1];
    const measure = this.sizes.get(node) ?? SCALAR_MEASURE;
    if (!frame) {
      // A document with no content (a trailing lone `---`) is not a second document.
      if (isEmptyScalar(node) && this.root) return;
      if (this.root && !isEmptyScalar(this.root)) {
        throw this.error('the file has several YAML documents (---); a Compose file is one document', node.start);
      }
      this.root = node;
      return;
    }
    frame.size += measure.size;
    // A merge key's mapping is flattened into this one: its entries, not it, nest here.
    const mergeValue = frame.node.kind === 'map' && frame.key !== undefined && frame.keyIsMerge;
    frame.depth = Math.max(frame.depth, measure.depth - (mergeValue ? (node.kind === 'seq' ? 2 : 1) : 0));
    if (frame.size > this.sizeLimit) {
      throw this.error(`aliases expand this document to more than ${this.sizeLimit} values (an alias bomb?)`, frame.node.start);
    }
    if (frame.depth + 1 > MAX_DEPTH) throw this.error(`nesting deeper than ${MAX_DEPTH} levels (through aliases)`, frame.node.start);
    frame.lastEnd = end;
    if (frame.node.kind === 'seq') {
      frame.node.items.push(node);
      return;
    }
    if (frame.key === undefined) {
      if (node.kind !== 'scalar') throw this.error('a mapping key must be a plain value, not a list or mapping', node.start);
      if (frame.own!.has(node.text) && !isMergeKey(node)) {
        const first = frame.own!.get(node.text)!;
        throw this.error(`duplicate key "${node.text}" (first written at line ${locOf(first).startLine})`, node.start);
      }
      frame.key = node;
      frame.keyIsMerge = isMergeKey(node);
      if (!frame.keyIsMerge) frame.own!.set(node.text, node);
      return;
    }
    const key = frame.key;
    frame.key = undefined;
    if (frame.keyIsMerge) {
      frame.merges!.push(node);
      return;
    }
    frame.node.pairs.push({ key, value: node, start: key.start, end: Math.max(end, key.end) });
  }

  private finish(frame: Frame): YMap | YSeq {
    const node = frame.node;
    const empty = node.kind === 'map' ? node.pairs.length === 0 && !frame.merges!.length : node.items.length === 0;
    const lastEnd = empty ? node.start + (frame.flow ? 1 : 0) : Math.max(frame.lastEnd, node.start);
    node.end = frame.flow ? flowEnd(this.file.text, lastEnd, node.kind === 'map' ? '}' : ']') : lastEnd;
    if (node.kind === 'map' && frame.merges!.length) this.applyMerges(node, frame);
    this.sizes.set(node, { size: frame.size, depth: frame.depth + 1 });
    return node;
  }

  /**
   * `<<: *a` and `<<: [*a, *b]`: keys written in the mapping win, then earlier merge sources
   * win over later ones. Merged entries are the anchor's own pairs, so they keep its position.
   */
  private applyMerges(node: YMap, frame: Frame): void {
    const seen = new Set(node.pairs.map((p) => p.key.text));
    for (const source of frame.merges!) {
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

function isEmptyScalar(node: YNode): boolean {
  return node.kind === 'scalar' && node.value === null && node.text === '' && node.start === node.end && !node.tag;
}

function isMergeKey(node: YScalar): boolean {
  return node.text === '<<' && (node.style === SCALAR_STYLE.PLAIN ? !node.tag || /merge$/.test(node.tag) : false);
}

/** Offset of the `|` or `>` that starts a block scalar whose content begins at `contentStart`. */
function blockIndicator(src: string, contentStart: number): number {
  let lineEnd = contentStart - 1;
  // Walk back over blank lines to the header line.
  while (lineEnd >= 0) {
    const lineStart = src.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = src.slice(lineStart, lineEnd);
    const m = /[|>][-+0-9]*\s*(#.*)?\r?$/.exec(line);
    if (m) return lineStart + m.index;
    if (line.trim() !== '') break;
    lineEnd = lineStart - 1;
  }
  return contentStart;
}

/** End offset (after the bracket) of a flow collection whose last item ends at `from`. */
function flowEnd(src: string, from: number, close: string): number {
  let i = from;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === close) return i + 1;
    if (ch === '#') {
      const eol = src.indexOf('\n', i);
      i = eol < 0 ? src.length : eol;
      continue;
    }
    if (!/[\s,]/.test(ch)) break;
    i++;
  }
  return from;
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
