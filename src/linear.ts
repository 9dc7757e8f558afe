/**
 * Linear-time forms of text operations whose obvious regular expression backtracks
 * quadratically on hostile input (long runs of slashes, spaces, blank lines). Each gives the
 * same result as the expression named in its comment.
 */

/** True for the characters that end a line for `^`, `$` and `.` in a regular expression. */
export function isLineTerminator(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

const WHITESPACE = /\s/;

/** True for a character `\s` matches. */
export function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch);
}

/** `s.replace(/\/+$/, '')`: the text without the slashes it ends with. */
export function trimTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--;
  return s.slice(0, end);
}

const DIRECTIVE = /#\s*isolint-ignore\b/;

/** `line.replace(/\s*#\s*isolint-ignore\b.*$/, '')`: a line without its trailing suppression comment. */
export function withoutSuppressionComment(line: string): string {
  // `.*$` stops at line terminators, so only a directive whose name comes after the last one
  // counts; its `#` may come before it, with only whitespace (which a terminator is) between.
  let from = line.length;
  while (from > 0 && !isLineTerminator(line[from - 1])) from--;
  let hash = from;
  while (hash > 0 && isWhitespace(line[hash - 1])) hash--;
  if (hash > 0 && hash < from && line[hash - 1] === '#') from = hash - 1;
  const at = line.slice(from).search(DIRECTIVE);
  if (at < 0) return line;
  let start = from + at;
  while (start > 0 && isWhitespace(line[start - 1])) start--;
  return line.slice(0, start);
}

/**
 * Where `new RegExp('^\\s*' + word + '\\s*$', 'm').exec(text)` matches (`word` a plain name),
 * or -1: the first line that holds only `word` and spaces, taken back over the whitespace-only
 * lines before it, as `\s*` spans line breaks.
 */
export function wordLineIndex(text: string, word: string): number {
  const m = new RegExp(`^[^\\S\\n\\r\\u2028\\u2029]*${word}[^\\S\\n\\r\\u2028\\u2029]*$`, 'm').exec(text);
  if (!m) return -1;
  let best = m.index;
  for (let p = m.index; p > 0 && isWhitespace(text[p - 1]); ) {
    p--;
    if (p === 0 || isLineTerminator(text[p - 1])) best = p;
  }
  return best;
}
