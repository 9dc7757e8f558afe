/**
 * `${VAR}` interpolation as Compose does it, and `.env` files. A variable with no value and
 * no default is not guessed: it is listed as unresolved on the value it appears in.
 */
import type { YMap, YNode, YScalar, YSeq } from './yaml.js';
import { scalarOffsets } from './yaml.js';

export type Lookup = (name: string) => string | undefined;

export interface Interpolation {
  text: string;
  /** For every character of `text`, the index in the input it comes from. */
  map: number[];
  /** Every variable reference: the part of `text` it produced, and whether it had no value. */
  variables: VariableSpan[];
  /** The references that had no value (and no default). */
  unresolved: VariableSpan[];
  /** The input referred to at least one variable. */
  usedVariables: boolean;
  /** Some of the text is a variable's value (from `.env` or the environment), not a default written here. */
  fromLookup: boolean;
}

export interface VariableSpan {
  name: string;
  start: number;
  end: number;
  missing: boolean;
  /** The substitution is (or holds) a variable's value, not only a default written in the file. */
  fromLookup?: boolean;
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
const MAX_NESTING = 16;

function literal(text: string): Interpolation {
  return { text, map: [...text].map((_, i) => i), variables: [], unresolved: [], usedVariables: false, fromLookup: false };
}

/**
 * Substitutes `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` and `$$` (a literal `$`). Defaults may nest.
 * Text Compose would reject as invalid (`${`, `${1}`) is kept as written.
 */
export function interpolate(input: string, lookup: Lookup, depth = 0): Interpolation {
  const out: Interpolation = { text: '', map: [], variables: [], unresolved: [], usedVariables: false, fromLookup: false };
  const emit = (s: string, from: number) => {
    out.text += s;
    for (let k = 0; k < s.length; k++) out.map.push(from);
  };
  const missing = (name: string) => {
    const span = { name, start: out.text.length, end: out.text.length, missing: true };
    out.variables.push(span);
    out.unresolved.push(span);
  };
  let lookups = 0;
  const found = (name: string, start: number, lookupsBefore: number) => {
    out.variables.push({ name, start, end: out.text.length, missing: false, ...(lookups > lookupsBefore ? { fromLookup: true } : {}) });
  };
  let closes: Int32Array | undefined;
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (ch !== '$') {
      out.text += ch;
      out.map.push(i);
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      emit('$', i);
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = (closes ??= matchBraces(input))[i]!;
      const body = close < 0 ? undefined : input.slice(i + 2, close);
      const m = body === undefined ? null : NAME.exec(body);
      const rest = m ? body!.slice(m[0].length) : '';
      const op = m ? /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)![0] : '';
      if (!m || (rest && !op)) {
        emit('$', i);
        i++;
        continue;
      }
      out.usedVariables = true;
      const name = m[0];
      const argStart = i + 2 + name.length + op.length;
      const arg = input.slice(argStart, close);
      const value = lookup(name);
      const set = value !== undefined;
      const nonEmpty = set && value !== '';
      const nested = () => {
        // Defaults nested deeper than any real file are kept as written (bounded work).
        const inner = depth < MAX_NESTING ? interpolate(arg, lookup, depth + 1) : literal(arg);
        for (const u of inner.variables) {
          const span = { ...u, start: out.text.length + u.start, end: out.text.length + u.end };
          out.variables.push(span);
          if (span.missing) out.unresolved.push(span);
        }
        out.text += inner.text;
        if (inner.fromLookup) {
          out.fromLookup = true;
          lookups++;
        }
        for (const k of inner.map) out.map.push(argStart + k);
      };
      const looked = (v: string) => {
        out.fromLookup = true;
        lookups++;
        emit(v, i);
      };
      const start = out.text.length;
      const before = out.unresolved.length;
      const lookupsBefore = lookups;
      switch (op) {
        case '':
          if (set) looked(value);
          else missing(name);
          break;
        case ':-':
          if (nonEmpty) looked(value);
          else nested();
          break;
        case '-':
          if (set) looked(value);
          else nested();
          break;
        case ':?':
          if (nonEmpty) looked(value);
          else missing(name);
          break;
        case '?':
          if (set) looked(value);
          else missing(name);
          break;
        case ':+':
          if (nonEmpty) nested();
          break;
        case '+':
          if (set) nested();
          break;
      }
      if (out.unresolved.length === before || out.unresolved[out.unresolved.length - 1]!.name !== name) found(name, start, lookupsBefore);
      i = close + 1;
      continue;
    }
    const m = NAME.exec(input.slice(i + 1));
    if (m) {
      out.usedVariables = true;
      const value = lookup(m[0]);
      if (value !== undefined) {
        const start = out.text.length;
        out.fromLookup = true;
        emit(value, i);
        found(m[0], start, lookups++);
      } else missing(m[0]);
      i += 1 + m[0].length;
      continue;
    }
    emit('$', i);
    i++;
  }
  return out;
}

/** For every `${` (by the index of its `$`), the index of the `}` that closes it, or -1. */
function matchBraces(input: string): Int32Array {
  const close = new Int32Array(input.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '$' && input[i + 1] === '$') i++;
    else if (ch === '$' && input[i + 1] === '{') {
      open.push(i);
      i++;
    } else if (ch === '}' && open.length) close[open.pop()!] = i;
  }
  return close;
}

/**
 * Interpolates every string value of a tree (keys are not interpolated, as in Compose). A
 * node reached through several aliases is interpolated once, so the tree stays as small as
 * it was written; unchanged subtrees are returned as they are.
 */
export function interpolateTree<T extends YNode>(node: T, lookup: Lookup, memo = new Map<YNode, YNode>()): T {
  const done = memo.get(node);
  if (done) return done as T;
  let result: YNode = node;
  if (node.kind === 'scalar') {
    result = interpolateScalar(node, lookup);
  } else if (node.kind === 'seq') {
    const items = node.items.map((n) => interpolateTree(n, lookup, memo));
    if (items.some((n, k) => n !== node.items[k])) result = { ...node, items } as YSeq;
  } else {
    const pairs = node.pairs.map((p) => {
      const value = interpolateTree(p.value, lookup, memo);
      return value === p.value ? p : { ...p, value };
    });
    if (pairs.some((p, k) => p !== node.pairs[k])) result = { ...node, pairs } as YMap;
  }
  memo.set(node, result);
  return result as T;
}

export function interpolateScalar(s: YScalar, lookup: Lookup): YScalar {
  if (typeof s.value !== 'string' || !s.text.includes('$')) return s;
  const r = interpolate(s.text, lookup);
  if (r.text === s.text && !r.usedVariables) return s;
  const base = scalarOffsets(s);
  const offsets = r.map.map((k) => base[k] ?? s.start);
  const out: YScalar = { ...s, text: r.text, value: r.text, offsets };
  if (r.usedVariables) out.interpolated = true;
  if (r.fromLookup) out.fromLookup = true;
  if (r.variables.length) out.variableSpans = r.variables;
  if (r.unresolved.length) out.unresolved = [...new Set(r.unresolved.map((u) => u.name))];
  return out;
}

/** One variable of a `.env`-style file, with the offsets of its name and written value. */
export interface DotEnvEntry {
  key: string;
  value: string;
  keyStart: number;
  /** Where the value is written (quotes included); undefined for a bare `KEY` taken from `lookup`. */
  valueStart?: number;
  valueEnd?: number;
}

/**
 * A `.env` file as Compose reads it: `KEY=value`, `export KEY=value`, `KEY: value`, comments,
 * single quotes (literal), double quotes (escapes and `${VAR}`), unquoted values (trimmed,
 * ` # comment` removed, `${VAR}` substituted). `lookup` answers variables a value refers to
 * that the file has not set itself; a bare `KEY` takes its value from `lookup`. Offsets are
 * in `text` as given (CRLF line ends included).
 */
export function readDotEnv(text: string, lookup: Lookup = () => undefined): DotEnvEntry[] {
  const entries: DotEnvEntry[] = [];
  const vars = new Map<string, string>();
  const resolve: Lookup = (name) => lookup(name) ?? vars.get(name);
  const add = (e: DotEnvEntry) => {
    entries.push(e);
    vars.set(e.key, e.value);
  };
  let i = 0;
  while (i < text.length) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = text.length;
    const lineEnd = text[eol - 1] === '\r' ? eol - 1 : eol;
    const line = text.slice(i, lineEnd);
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(=|:\s|:$)?/.exec(line);
    if (!m || /^\s*(#|$)/.test(line)) {
      i = eol + 1;
      continue;
    }
    const key = m[1]!;
    const keyStart = i + m[0].indexOf(key);
    if (!m[2]) {
      const v = lookup(key);
      if (v !== undefined && line.slice(m[0].length).trim() === '') add({ key, value: v, keyStart });
      i = eol + 1;
      continue;
    }
    let j = i + m[0].length;
    while (j < lineEnd && (text[j] === ' ' || text[j] === '\t')) j++;
    const quote = text[j];
    if (quote === "'" || quote === '"') {
      let k = j + 1;
      let value = '';
      while (k < text.length && text[k] !== quote) {
        if (quote === '"' && text[k] === '\\' && k + 1 < text.length) {
          const esc = text[k + 1]!;
          value += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc === 'r' ? '\r' : esc === '$' ? '\\$' : esc;
          k += 2;
          continue;
        }
        value += text[k];
        k++;
      }
      value = value.replace(/\r\n/g, '\n');
      if (quote === '"') value = interpolate(value.replace(/\\\$/g, '$$$$'), resolve).text;
      add({ key, value, keyStart, valueStart: j, valueEnd: Math.min(k + 1, text.length) });
      const after = text.indexOf('\n', k);
      i = after < 0 ? text.length : after + 1;
      continue;
    }
    let written = text.slice(j, lineEnd);
    const comment = /\s#/.exec(written);
    if (comment) written = written.slice(0, comment.index);
    written = written.trimEnd();
    add({ key, value: interpolate(written.trim(), resolve).text, keyStart, valueStart: j, valueEnd: j + written.length });
    i = eol + 1;
  }
  return entries;
}

/** The variables of a `.env` file (see readDotEnv). */
export function parseDotEnv(text: string, lookup: Lookup = () => undefined): Map<string, string> {
  return new Map(readDotEnv(text, lookup).map((e) => [e.key, e.value]));
}
