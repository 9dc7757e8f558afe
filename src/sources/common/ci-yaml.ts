/**
 * What GitHub Actions workflows and GitLab CI files share: a positioned YAML tree
 * (src/compose/yaml.ts), scalars as located pieces whose expressions (`${{ … }}`, `$VAR`) are
 * unresolved holes, and an `options:` string split into `docker run` words located inside the
 * YAML scalar, whatever its style (plain, quoted, block).
 */
import { dirname } from 'node:path';
import { LineIndex } from '../../position.js';
import { parseYamlDocument, scalarOffsets, YamlError, type YamlFile, type YNode, type YScalar } from '../../compose/yaml.js';
import { splitCommandLine } from '../../shell.js';
import { piece, type Hole, type Piece } from './located-text.js';
import type { SourceFile, SourceOutput } from '../source.js';

/** Reads a YAML file; a file that does not parse is one per-file error (false). */
export function readYaml(file: SourceFile, kind: string, out: SourceOutput): { root: YNode | undefined; lines: LineIndex } | undefined {
  const lines = new LineIndex(file.display, file.text);
  out.texts.set(file.display, lines);
  const yaml: YamlFile = { path: file.path, display: file.display, text: file.text, lines, baseDir: dirname(file.path) };
  try {
    const root = parseYamlDocument(yaml);
    out.files.push({ file: file.display, kind, status: 'linted' });
    return { root, lines };
  } catch (e) {
    const err = e as YamlError;
    const at = err instanceof YamlError ? (err.line !== undefined ? { line: err.line, column: err.column ?? 1 } : err.offset !== undefined ? lines.position(err.offset) : {}) : {};
    out.errors.push({ file: file.display, message: err.message, ...at });
    out.files.push({ file: file.display, kind, status: 'error' });
    return undefined;
  }
}

export type Expressions = (text: string) => { start: number; end: number }[];

/** GitHub's `${{ … }}` expressions (found with indexOf: a lazy pattern rescans an unclosed `${{` from every start). */
export const githubExpressions: Expressions = (text) => delimited(text, '${{', '}}');

/** `open … close` spans, in linear time; an unclosed `open` ends the search. */
export function delimited(text: string, open: string, close: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(open); at >= 0; ) {
    const end = text.indexOf(close, at + open.length);
    if (end < 0) break;
    out.push({ start: at, end: end + close.length });
    at = text.indexOf(open, end + close.length);
  }
  return out;
}

/** GitLab's `$VAR`, `${VAR}` and `$$` (a literal dollar, not a variable). */
export const gitlabVariables: Expressions = (text) => spans(text, /\$\{\w+\}|\$\w+/g);

function spans(text: string, re: RegExp): { start: number; end: number }[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A scalar (a string, a number, a boolean) as a piece; its expressions are holes. */
export function scalarPiece(node: YNode | undefined, expressions: Expressions): Piece | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  const offsets = scalarOffsets(node);
  const holes: Hole[] = expressions(node.text).map((s) => ({ name: node.text.slice(s.start, s.end), ...s }));
  const p = piece(node.text, offsets, node.file.lines, holes, node.file.text.slice(node.start, node.end));
  p.loc = node.file.lines.location(node.start, node.end);
  return p;
}

/**
 * A string of `docker create` options split into words (quotes as a shell reads them), each
 * located where it is written in the YAML file; an expression is one unresolved part of its
 * word, however many spaces it holds.
 */
export function optionWords(node: YScalar, expressions: Expressions): Piece[] {
  const text = node.text;
  const offsets = scalarOffsets(node);
  const holes = expressions(text);
  // Expressions are masked, so their spaces and quotes do not split or quote anything.
  let masked = '';
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    while (h < holes.length && holes[h]!.end <= i) h++;
    masked += h < holes.length && holes[h]!.start <= i ? '_' : text[i];
  }
  const holeOffsets = new Set<number>();
  for (const s of holes) for (let i = s.start; i < s.end; i++) holeOffsets.add(offsets[i]!);
  const inHole = (offset: number) => holeOffsets.has(offset);
  return splitCommandLine({ text: masked, offsets, lines: node.file.lines }).map((w) => {
    let value = '';
    const wordHoles: Hole[] = [];
    w.offsets.forEach((o, i) => {
      if (inHole(o)) {
        value += node.file.text[o];
        const last = wordHoles[wordHoles.length - 1];
        if (last && last.end === i) last.end = i + 1;
        else wordHoles.push({ name: '', start: i, end: i + 1 });
      } else value += w.value[i];
    });
    for (const hole of wordHoles) hole.name = value.slice(hole.start, hole.end);
    const p = piece(value, w.offsets, node.file.lines, wordHoles, w.raw);
    p.loc = w.loc;
    return p;
  });
}
