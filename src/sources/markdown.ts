/**
 * Markdown code blocks → the containers their `docker run` lines start. Read when asked
 * (`--include-docs`, or a Markdown file named on the command line): a README's
 * `docker run --privileged …` is what users copy. Blocks fenced ```sh, ```bash, ```shell
 * are shell as a whole; a ```console block (a terminal session) holds commands only on lines
 * that start with a `$ ` or `# ` prompt, which is stripped, and on the lines they continue
 * onto with a trailing backslash. Other blocks and prose are not read.
 */
import { baseName } from './dockerfile.js';
import { loadShellFiles, mayRunContainers, physicalLines, PieceBuilder, type Line, type ShellPiece } from './docker-cli/shell-text.js';
import type { Source } from './source.js';

const MARKDOWN_NAME = /\.(md|markdown)$/i;
const SHELL_INFO = new Set(['sh', 'bash', 'shell', 'zsh']);
const SESSION_INFO = new Set(['console', 'shell-session', 'shellsession', 'sh-session']);

export const markdownSource: Source = {
  kind: 'markdown',
  reads: '`*.md`, `*.markdown` with `--include-docs` (or when named on the command line): the `docker`/`podman`/`nerdctl` `run` and `create` commands of code blocks fenced `sh`, `bash`, `shell` or `console` (in `console` blocks, lines with a `$ ` or `# ` prompt)',
  usesShellParser: mayRunContainers,
  comments: { backslashContinues: true },
  claims(path, named, options) {
    return (named || !!options.includeDocs) && MARKDOWN_NAME.test(baseName(path));
  },
  load(files) {
    return loadShellFiles(files, 'markdown', (f) => codeBlocks(f.text));
  },
};


const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`\s{]*)/;

/** The shell of every sh/bash/shell/console block, one piece per block. */
export function codeBlocks(text: string): ShellPiece[] {
  const lines = physicalLines(text);
  const pieces: ShellPiece[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(text.slice(lines[i]!.start, lines[i]!.end));
    if (!open) continue;
    const indent = open[1]!.length;
    const fence = open[2]!;
    const info = open[3]!.toLowerCase();
    // A backtick fence's info string cannot hold a backtick (then it is inline code).
    if (fence[0] === '`' && text.slice(lines[i]!.start, lines[i]!.end).slice(indent + fence.length).includes('`')) continue;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: Line[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (close.test(text.slice(l.start, l.end))) break;
      // Content is indented like its fence: that much indentation is not part of it.
      let s = l.start;
      for (let k = 0; k < indent && text[s] === ' '; k++) s++;
      body.push({ start: s, end: l.end });
    }
    i = j;
    const kind = SHELL_INFO.has(info) ? 'shell' : SESSION_INFO.has(info) ? 'session' : undefined;
    if (!kind || !body.length) continue;
    const out = new PieceBuilder();
    if (kind === 'shell') {
      for (const l of body) {
        out.copy(text, l.start, l.end);
        out.push('\n', l.end);
      }
    } else {
      for (let k = 0; k < body.length; k++) {
        const l = body[k]!;
        const prompt = /^\s*[$#] /.exec(text.slice(l.start, l.end));
        if (!prompt) continue;
        out.copy(text, l.start + prompt[0].length, l.end);
        out.push('\n', l.end);
        // `$ docker run \` goes on on the next lines, which have no prompt.
        while (/(^|[^\\])(\\\\)*\\$/.test(text.slice(body[k]!.start, body[k]!.end)) && k + 1 < body.length) {
          const next = body[++k]!;
          out.copy(text, next.start, next.end);
          out.push('\n', next.end);
        }
      }
    }
    if (out.length) pieces.push(out.build());
  }
  return pieces;
}
