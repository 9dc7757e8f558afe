/**
 * Docker's variable substitution for ARG and ENV values (`$X`, `${X}`, `${X:-word}`,
 * `${X-word}`, `${X:+word}`, `${X+word}`). A variable with no value is reported as
 * unresolved rather than silently expanded to nothing: rules must not guess.
 */
export type Vars = ReadonlyMap<string, string>;

export interface Expanded {
  value: string;
  /** Names of variables that had no value and no default: `value` is not what Docker builds. */
  unresolved: string[];
}

export function expandVars(text: string, vars: Vars, escape = '\\'): Expanded {
  const unresolved: string[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === escape && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = findClose(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      out += substitute(text.slice(i + 2, close), vars, escape, unresolved);
      i = close + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    const v = vars.get(m[0]);
    if (v === undefined) unresolved.push(m[0]);
    out += v ?? '';
    i += 1 + m[0].length;
  }
  return { value: out, unresolved };
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function substitute(body: string, vars: Vars, escape: string, unresolved: string[]): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
  if (!m) {
    // Pattern operators (`${X#prefix}`, `${X%suffix}`, `${X/a/b}`) are not needed by any
    // rule; keep the variable's raw value rather than inventing one.
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (!name) return '';
    const v = vars.get(name);
    if (v === undefined) unresolved.push(name);
    return v ?? '';
  }
  const [, name, op, word = ''] = m;
  const v = vars.get(name!);
  const set = op?.startsWith(':') ? v !== undefined && v !== '' : v !== undefined;
  if (op === ':-' || op === '-') return set ? v! : expandVars(word, vars, escape).value;
  if (op === ':+' || op === '+') return set ? expandVars(word, vars, escape).value : '';
  if (v === undefined) unresolved.push(name!);
  return v ?? '';
}
