/** 1-based lines and columns; columns count UTF-16 code units, as editors and SARIF do. */
export interface Location {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A value together with the place in a file where it is written. */
export interface Located<T> {
  value: T;
  loc: Location;
}

/** Converts string offsets of one file into 1-based line/column locations. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.lineStarts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // A byte order mark is not a character anyone sees: editors and code scanning count columns after it.
    const bom = lo === 0 && offset > 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 - bom };
  }

  /** Offset of a 0-based line/character pair (the LSP convention dockerfile-ast uses). */
  offsetOf(line: number, character: number): number {
    const start = this.lineStarts[Math.min(line, this.lineStarts.length - 1)] ?? 0;
    return start + character;
  }

  /** The text of each line without its line break (LF, CRLF or a lone CR, as everywhere here). */
  lineTexts(): string[] {
    return this.lineStarts.map((start, i) => this.lineText(i + 1, start));
  }

  /** The text of a 1-based line without its line break (nor, on line 1, a byte order mark). */
  lineText(line: number, start = this.lineStarts[line - 1] ?? this.text.length): string {
    if (start === 0 && this.text.charCodeAt(0) === 0xfeff) start = 1;
    const next = this.lineStarts[line];
    let end = next ?? this.text.length;
    if (next !== undefined) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return this.text.slice(start, Math.max(start, end));
  }

  /** Location of the half-open offset range [start, end). */
  location(start: number, end: number): Location {
    const s = this.position(start);
    const e = this.position(Math.max(start, end));
    return { file: this.file, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  }
}

export function located<T>(value: T, loc: Location): Located<T> {
  return { value, loc };
}

export function formatLocation(loc: Location): string {
  return `${loc.file}:${loc.startLine}:${loc.startColumn}`;
}
