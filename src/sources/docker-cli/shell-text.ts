/**
 * What the sources that find `docker run` lines in text share: shell text cut out of a file
 * (a whole script, a Makefile's recipe lines, a Markdown code block) with every character's
 * offset in the file, split by the shell parser and searched for `run`/`create` commands.
 */
import { LineIndex } from '../../position.js';
import { parseShell, type ShellSource } from '../../shell.js';
import { containersOfScripts } from './find.js';
import { emptyOutput, type SourceFile, type SourceOutput } from '../source.js';

/** Pieces of a file's text, each with the file offset of every character. */
export interface ShellPiece {
  text: string;
  offsets: number[];
}

/** A whole file as shell text. */
export function wholeFile(text: string): ShellPiece[] {
  const offsets = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) offsets[i] = i;
  return [{ text, offsets }];
}

/** Builds a piece character by character, each placed at its file offset. */
export class PieceBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  push(ch: string, offset: number): void {
    this.chars.push(ch);
    this.offsets.push(offset);
  }
  /** `text[from, to)` of the file, as is. */
  copy(file: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.push(file[i]!, i);
  }
  get length(): number {
    return this.chars.length;
  }
  build(): ShellPiece {
    return { text: this.chars.join(''), offsets: this.offsets };
  }
}

/** The CLIs whose run lines these sources look for; a file that names none of them starts no container. */
const CONTAINER_CLI = /docker|podman|nerdctl/;

/** Whether any of the files may hold a `docker run` line: only then is the WASM shell parser loaded. */
export function mayRunContainers(files: readonly SourceFile[]): boolean {
  return files.some((f) => CONTAINER_CLI.test(f.text));
}

/**
 * Reads each file on its own, yielded before the next is read: its shell pieces are parsed and
 * their `docker run` lines become runtime models. A file with none is linted and silent; one
 * the parser refuses is a per-file error.
 */
export function* loadShellFiles(files: SourceFile[], kind: string, piecesOf: (file: SourceFile) => ShellPiece[]): Iterable<SourceOutput> {
  for (const file of files) {
    const out = emptyOutput();
    const lines = new LineIndex(file.display, file.text);
    out.texts.set(file.display, lines);
    try {
      // Text that names no container CLI is not parsed: it runs no container.
      const scripts = CONTAINER_CLI.test(file.text) ? piecesOf(file).map((p) => parseShell({ text: p.text, offsets: p.offsets, lines } satisfies ShellSource)) : [];
      const found = containersOfScripts(scripts, file.display, lines);
      out.containers.push(...found.containers);
      out.notes.push(...found.notes);
      out.files.push({ file: file.display, kind, status: 'linted' });
    } catch (e) {
      out.errors.push({ file: file.display, message: (e as Error).message });
      out.files.push({ file: file.display, kind, status: 'error' });
    }
    yield out;
  }
}

/** A physical line of a file: [start, end), without its line break (LF, CRLF or a lone CR). */
export interface Line {
  start: number;
  end: number;
}

export function physicalLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      out.push({ start, end: i });
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}
