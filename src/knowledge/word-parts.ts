/**
 * A slice of a shell word, so a finding can point at the exact offending text inside a
 * longer word: the `[trusted=yes]` inside `"deb [trusted=yes] http://..."`, the password
 * inside `--password=hunter2` or `https://user:token@host/`.
 */
import type { LineIndex, Location } from '../position.js';
import type { Word } from '../shell.js';

export interface WordPart {
  word: Word;
  /** Index into `word.value` where the part starts (default 0). */
  start?: number;
  /** Index into `word.value` where the part ends, exclusive (default: the end of the value). */
  end?: number;
}

/** The whole word as a part. */
export function wholeWord(word: Word): WordPart {
  return { word };
}

/** The text of a part. */
export function partText(part: WordPart): string {
  return part.word.value.slice(part.start ?? 0, part.end ?? part.word.value.length);
}

/**
 * Where a part is written. A word knows the file offset of every character of its value,
 * so a part maps back exactly, through quotes and line continuations; without the file's
 * line index (or for a word with no characters) the word's own location is the answer.
 */
export function wordPartLoc(part: WordPart, lines: LineIndex | undefined): Location {
  const { word } = part;
  // The whole word, quotes included, unless a slice of its value was asked for.
  if (!lines || (part.start === undefined && part.end === undefined)) return word.loc;
  const start = part.start ?? 0;
  const end = part.end ?? word.value.length;
  if (end <= start) return word.loc;
  const first = word.offsets[start];
  const last = word.offsets[end - 1];
  if (first === undefined || last === undefined) return word.loc;
  return lines.location(first, last + 1);
}

/** A word made up for a piece of text that has a known location but no word of its own. */
export function syntheticWord(value: string, loc: Location): Word {
  return { value, raw: value, hasExpansion: false, loc, offsets: [] };
}
