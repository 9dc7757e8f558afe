/**
 * A copy of a string that shares no memory with the text it was cut from.
 *
 * V8 represents a substring of 13 or more characters as a view into its parent, and a
 * concatenation as a tree of its parts. A finding's message or key built from a slice of a
 * file would then keep the whole file alive for the rest of the run: measured on the 16x
 * bench corpus, the findings held 33 MB of file texts that way. Everything kept after a
 * file's report is in goes through here. Either round trip keeps every code unit (lone
 * surrogates included); latin1 keeps a one-byte string one byte per character.
 */
export function ownString(s: string): string {
  if (s.length < 13) return s;
  const encoding = WIDE.test(s) ? 'utf16le' : 'latin1';
  return Buffer.from(s, encoding).toString(encoding);
}

/**
 * `ownString`, where equal texts get the same copy: for what a report keeps. Most messages are
 * written again and again ("built stage without USER" 4,653 times at 16x), and separate
 * copies were 3.2 MB of the 16x run's 8.7 MB of strings. The table is keyed by the copies, so
 * it holds no file either; it is emptied when it reaches `MAX_SHARED` texts, which bounds it
 * in a long-lived process.
 */
export function ownSharedString(s: string): string {
  if (s.length < 13) return s;
  const known = shared.get(s);
  if (known !== undefined) return known;
  const copy = ownString(s);
  if (shared.size >= MAX_SHARED) shared.clear();
  shared.set(copy, copy);
  return copy;
}

const WIDE = /[^\u0000-\u00ff]/;
export const MAX_SHARED = 20_000;
const shared = new Map<string, string>();
