/**
 * Text from a linted file (or its name) on its way to a terminal or a CI log: every character
 * a terminal would act on instead of showing is written as a visible escape, so file content
 * cannot clear the screen, set the window title, plant a hyperlink, move the cursor or reorder
 * what is shown. C0 controls, DEL and C1 controls become `\xHH` (ESC is `\x1b`); bidirectional
 * overrides, embeddings, isolates and marks become `\uHHHH` (`\u202e`). Tab is kept; newline is
 * kept only where the format gives it a meaning (`keepNewline`). JSON and SARIF do not use this:
 * their consumers escape, and they carry the text exactly.
 */

// C0 but tab and newline, DEL, C1; bidi: ALM U+061C, LRM/RLM U+200E/F, U+202A–202E, U+2066–2069.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEP_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with terminal-active characters shown as escapes; `\n` too unless `keepNewline`. */
export function visible(s: string, keepNewline = false): string {
  return s.replace(keepNewline ? UNSAFE_KEEP_NEWLINE : UNSAFE, escapeOne);
}
