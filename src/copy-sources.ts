/**
 * The sources of a COPY or ADD, as written: every argument but the destination, with the
 * exec form's brackets and quotes (`COPY ["a b", "/dest/"]`) stripped and positions kept.
 * Heredoc sources (`COPY <<EOF /x`) are inline text, not files or URLs: none are returned.
 */
import type { Instruction } from './image/model.js';
import type { Located } from './position.js';

export function copySources(ins: Instruction): Located<string>[] {
  const { args } = ins;
  if (args.some((a) => a.value.startsWith('<<'))) return [];
  if (!args[0]?.value.startsWith('[')) return args.slice(0, -1);
  // dockerfile-ast splits the JSON array at spaces; a source with a space inside stays split
  // and is judged in pieces, which only matters for names no rule looks for.
  return args.slice(0, -1).map((a) => {
    const lead = /^\[?\s*"?/.exec(a.value)![0].length;
    return { value: a.value.slice(lead).replace(/"?\s*,?\s*\]?$/, ''), loc: { ...a.loc, startColumn: a.loc.startColumn + lead } };
  });
}
