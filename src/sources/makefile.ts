/**
 * Makefiles → the containers their recipes start. Only recipe lines are shell: the
 * tab-indented lines under a rule (and a rule's `target: ; command`), with make's `@`, `-` and
 * `+` prefixes stripped and backslash continuations kept as the shell sees them. Make's own
 * syntax is turned into what the shell would be handed without being guessed: `$$` is a
 * literal `$`, and a make variable or function (`$(IMAGE)`, `${TAG}`, `$@`, `$(shell …)`)
 * reads as a shell expansion, so a value built from it is unresolved. Every
 * character keeps its offset in the Makefile, so findings point into it.
 */
import { baseName } from './dockerfile.js';
import { loadShellFiles, mayRunContainers, physicalLines, PieceBuilder, type Line, type ShellPiece } from './docker-cli/shell-text.js';
import type { Source } from './source.js';

// Case-insensitive, as the pre-commit hook's pattern is (and make on a case-insensitive file system).
const MAKEFILE_NAME = /^(gnu)?makefile$|\.mk$/i;

export const makefileSource: Source = {
  kind: 'makefile',
  reads: '`Makefile`, `makefile`, `GNUmakefile`, `*.mk`: the `docker`/`podman`/`nerdctl` `run` and `create` commands of their recipe lines',
  usesShellParser: mayRunContainers,
  comments: { backslashContinues: true },
  claims(path) {
    const name = baseName(path);
    return MAKEFILE_NAME.test(name);
  },
  load(files) {
    return loadShellFiles(files, 'makefile', (f) => recipeScripts(f.text));
  },
};


const CONDITIONAL = /^\s*(ifeq|ifneq|ifdef|ifndef|else|endif)\b/;
const ASSIGNMENT = /^\s*(?:(?:export|override|private)\s+)*[^\s:#=]+\s*(?:::=|:::=|:=|\?=|\+=|!=|=)/;

/**
 * The recipe lines of a Makefile, as one shell piece (each recipe line on a line of its own;
 * make runs each in a shell of its own, and nothing joins them here either).
 */
export function recipeScripts(text: string): ShellPiece[] {
  const lines = physicalLines(text);
  const out = new PieceBuilder();
  let inRule = false;
  let inDefine = 0;
  const continues = (l: Line) => {
    let n = 0;
    for (let i = l.end - 1; i >= l.start && text[i] === '\\'; i--) n++;
    return n % 2 === 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = text.slice(line.start, line.end);
    if (inDefine) {
      if (/^\s*define\b/.test(body)) inDefine++;
      else if (/^\s*endef\b/.test(body)) inDefine--;
      continue;
    }
    if (body.startsWith('\t')) {
      if (!inRule) continue;
      // A recipe line and the lines it continues onto, handed to the shell as written.
      let from = line.start + 1;
      while (from < line.end && /[@+\-\s]/.test(text[from]!)) from++;
      copyMake(out, text, from, line.end);
      while (continues(lines[i]!) && i + 1 < lines.length) {
        out.push('\n', lines[i]!.end);
        i++;
        const next = lines[i]!;
        copyMake(out, text, next.start + (text[next.start] === '\t' ? 1 : 0), next.end);
      }
      out.push('\n', lines[i]!.end);
      continue;
    }
    if (/^\s*$/.test(body) || /^\s*#/.test(body) || CONDITIONAL.test(body)) {
      // A make comment or conditional inside a rule does not end it; a continued comment goes on.
      while (/^\s*#/.test(body) && continues(lines[i]!) && i + 1 < lines.length) i++;
      continue;
    }
    if (/^\s*define\b/.test(body)) {
      inDefine = 1;
      inRule = false;
      continue;
    }
    // The logical line (a rule's prerequisites may be continued).
    let end = i;
    while (continues(lines[end]!) && end + 1 < lines.length) end++;
    const logical = text.slice(line.start, lines[end]!.end);
    i = end;
    if (ASSIGNMENT.test(logical) || /^\s*-?(include|sinclude|export|unexport|vpath|override)\b/.test(logical)) {
      inRule = false;
      continue;
    }
    const colon = ruleColon(logical);
    inRule = colon >= 0;
    if (!inRule) continue;
    // `target: prerequisites ; command`: the command is a recipe line.
    const semi = logical.indexOf(';', colon);
    if (semi >= 0 && !ASSIGNMENT.test(logical.slice(colon + 1))) {
      let from = line.start + semi + 1;
      while (from < lines[end]!.end && /[@+\-\s]/.test(text[from]!)) from++;
      copyMake(out, text, from, lines[end]!.end);
      out.push('\n', lines[end]!.end);
    }
  }
  return out.length ? [out.build()] : [];
}

/** Where a rule's `:` is (outside `$(…)`), or -1 for a line that is no rule. */
function ruleColon(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '$' && (line[i + 1] === '(' || line[i + 1] === '{')) {
      depth++;
      i++;
    } else if (depth && (ch === ')' || ch === '}')) depth--;
    else if (!depth && ch === '#') return -1;
    else if (!depth && ch === ':') return i;
  }
  return -1;
}

/** Automatic variables whose one-character name is no shell parameter: each becomes a shell expansion of a name. */
const AUTOMATIC: Record<string, string> = { '<': 'MAKE_INPUT', '^': 'MAKE_INPUTS', '+': 'MAKE_INPUTS', '%': 'MAKE_MEMBER', '|': 'MAKE_ORDER_ONLY' };

/**
 * Copies recipe text as the shell receives it: `$$` is a literal `$`; `$(VAR)`, `${VAR}`,
 * `$(shell …)` and `$@` stay as written (to the shell parser they are expansions, so what is
 * built from them is unresolved); `$<`-like automatic variables become `${MAKE_INPUT}`.
 */
function copyMake(out: PieceBuilder, file: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ch = file[i]!;
    const next = file[i + 1];
    if (ch === '$' && i + 1 < to && next === '$') {
      out.push('$', i);
      i++;
    } else if (ch === '$' && i + 1 < to && next !== undefined && AUTOMATIC[next]) {
      const name = AUTOMATIC[next];
      out.push('$', i);
      out.push('{', i);
      for (const c of name) out.push(c, i);
      out.push('}', i + 1);
      i++;
    } else out.push(ch, i);
  }
}
