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

const WIDE = /[^\u0000-\u00ff]/;
