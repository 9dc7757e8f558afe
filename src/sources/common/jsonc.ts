/**
 * JSON with comments and trailing commas (devcontainer.json), read with Microsoft's
 * jsonc-parser (the parser VS Code itself reads these files with) into its tree of nodes with
 * exact offsets. A string's every decoded character is mapped back to its offset in the file,
 * so a `runArgs` word or a `mounts` field is located where it is written.
 */
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { LineIndex } from '../../position.js';
import { piece, type Piece } from './located-text.js';

export type JNode = Node;

export class JsoncError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace is expected',
  CloseBracketExpected: 'a closing bracket is expected',
  EndOfFileExpected: 'the end of the file is expected',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** Arrays and objects nested in one another, at most (as for YAML, src/compose/yaml.ts). */
export const MAX_DEPTH = 100;

/** The document's root node; throws JsoncError at the first syntax error. */
export function parseJsonc(lines: LineIndex): JNode | undefined {
  const errors: ParseError[] = [];
  // A byte order mark is not part of the JSON (editors write one on Windows).
  const text = lines.text.charCodeAt(0) === 0xfeff ? ` ${lines.text.slice(1)}` : lines.text;
  // The parser recurses once per level: nesting is measured on its scanner's tokens first.
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let t = scanner.scan(); t !== SyntaxKind.EOF; t = scanner.scan()) {
    if (t === SyntaxKind.OpenBraceToken || t === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_DEPTH) {
        const { line, column } = lines.position(scanner.getTokenOffset());
        throw new JsoncError(`invalid devcontainer.json at ${line}:${column}: nested deeper than ${MAX_DEPTH} levels`, line, column);
      }
    } else if (t === SyntaxKind.CloseBraceToken || t === SyntaxKind.CloseBracketToken) depth = Math.max(0, depth - 1);
  }
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const first = errors[0];
  if (first) {
    const { line, column } = lines.position(first.offset);
    const code = printParseErrorCode(first.error);
    throw new JsoncError(`invalid JSON at ${line}:${column}: ${MESSAGES[code] ?? code}`, line, column);
  }
  return root;
}

/** A property's value; the last one wins when a key is written twice (as JSON.parse reads it). */
export function prop(node: JNode | undefined, key: string): JNode | undefined {
  return propPair(node, key)?.children?.[1];
}

export function propPair(node: JNode | undefined, key: string): JNode | undefined {
  if (node?.type !== 'object') return undefined;
  let found: JNode | undefined;
  for (const p of node.children ?? []) if (p.children?.[0]?.value === key && p.children[1]) found = p;
  return found;
}

/** The properties of an object, each key once (its last value). */
export function entries(node: JNode | undefined): { key: JNode; value: JNode }[] {
  if (node?.type !== 'object') return [];
  const byKey = new Map<string, { key: JNode; value: JNode }>();
  for (const p of node.children ?? []) {
    const [key, value] = p.children ?? [];
    if (key && value) byKey.set(String(key.value), { key, value });
  }
  return [...byKey.values()];
}

export function items(node: JNode | undefined): JNode[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/**
 * A string node's decoded text with the offset of every character (an escape maps to its
 * backslash); a number or boolean as written. Undefined for other nodes.
 */
export function stringPiece(node: JNode | undefined, lines: LineIndex): Piece | undefined {
  if (!node) return undefined;
  if (node.type === 'number' || node.type === 'boolean') {
    const offsets = Array.from({ length: node.length }, (_, i) => node.offset + i);
    return piece(lines.text.slice(node.offset, node.offset + node.length), offsets, lines);
  }
  if (node.type !== 'string') return undefined;
  const text = lines.text;
  const end = node.offset + node.length - 1; // the closing quote
  let value = '';
  const offsets: number[] = [];
  for (let i = node.offset + 1; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      value += ch;
      offsets.push(i);
      continue;
    }
    const next = text[i + 1];
    if (next === 'u') {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 5;
    } else {
      value += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[next ?? ''] ?? next ?? '';
      offsets.push(i);
      i += 1;
    }
  }
  const p = piece(value, offsets, lines, [], text.slice(node.offset, node.offset + node.length));
  // The whole string literal, quotes included, as a YAML scalar's location includes its quotes.
  p.loc = lines.location(node.offset, node.offset + node.length);
  return p;
}
