/**
 * The sources of a COPY or ADD, as written: every argument but the destination, with the
 * exec form's brackets and quotes (`COPY ["a b", "/dest/"]`, also without spaces:
 * `ADD ["https://x/y.tgz","/opt/"]`) and shell-form quotes (`ADD "https://x/y.tgz" /opt/`,
 * which Docker's word processing removes) stripped, positions kept at the first character of
 * the value. Heredoc sources (`COPY <<EOF /x`) are inline text, not files or URLs: none are
 * returned.
 */
import type { Instruction } from '../image/model.js';
import type { Located, Location } from '../position.js';

export function copySources(ins: Instruction): Located<string>[] {
  const { args } = ins;
  if (args.some((a) => a.value.startsWith('<<'))) return [];
  if (!args[0]?.value.startsWith('[')) return args.slice(0, -1).map(unquote);
  return jsonStrings(args).slice(0, -1);
}

function unquote(arg: Located<string>): Located<string> {
  const m = /^(["'])(.*)\1$/s.exec(arg.value);
  return m ? { value: m[2]!, loc: shift(arg.loc, 1) } : arg;
}

function shift(loc: Location, by: number): Location {
  return { ...loc, startColumn: loc.startColumn + by };
}

/**
 * The strings of an exec-form array, which dockerfile-ast hands over split at whitespace:
 * the arguments are read as one text again (a space between them), each string located at
 * its first character.
 */
function jsonStrings(args: Located<string>[]): Located<string>[] {
  const out: Located<string>[] = [];
  let current: { value: string; loc: Location } | undefined;
  let escaped = false;
  for (const arg of args) {
    if (current) current.value += ' ';
    for (let i = 0; i < arg.value.length; i++) {
      const ch = arg.value[i]!;
      if (!current) {
        if (ch === '"') current = { value: '', loc: shift(arg.loc, i + 1) };
        continue;
      }
      if (escaped) {
        current.value += ch === 'n' ? '\n' : ch === 't' ? '\t' : ch;
        escaped = false;
      } else if (ch === '\\') escaped = true;
      else if (ch === '"') {
        out.push(current);
        current = undefined;
      } else current.value += ch;
    }
  }
  return out;
}
