/**
 * systemd unit files as Quadlet reads them: `[Section]` headers, `Key=value` entries (a key
 * may repeat), `#` and `;` comment lines, and a line ending in a backslash continued on the
 * next one (the backslash becomes a space; comment lines inside are skipped). Values keep the
 * offset of every character, and `words()` splits one into words the way systemd does
 * (whitespace separated, `"…"`/`'…'` quoting, C escapes).
 */
import type { LineIndex } from '../../position.js';
import { piece, type Hole, type Piece } from './located-text.js';

export interface UnitEntry {
  section: string;
  /** The key as written, with its place. */
  key: Piece;
  /** The value after `=`, leading and trailing whitespace removed, continuations joined. */
  value: Piece;
}

export interface UnitFile {
  entries: UnitEntry[];
  /** Each section header, by name (the first one). */
  sections: Map<string, Piece>;
}

export function parseUnitFile(lines: LineIndex): UnitFile {
  const text = lines.text;
  const out: UnitFile = { entries: [], sections: new Map() };
  const starts: number[] = [];
  for (let i = 0, s = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r') {
      starts.push(s);
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      s = i + 1;
      if (i >= text.length) break;
    }
  }
  const lineEnd = (s: number) => {
    let e = s;
    while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
    return e;
  };
  let section = '';
  for (let n = 0; n < starts.length; n++) {
    let s = starts[n]!;
    // A byte order mark opens the file, not a key.
    if (s === 0 && text.charCodeAt(0) === 0xfeff) s = 1;
    const e = lineEnd(s);
    const line = text.slice(s, e);
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body || body.startsWith('#') || body.startsWith(';')) continue;
    if (body.startsWith('[')) {
      const close = body.indexOf(']');
      section = close > 0 ? body.slice(1, close) : body.slice(1);
      if (!out.sections.has(section)) out.sections.set(section, piece(section, offsetsOf(s + lead + 1, section.length), lines));
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) continue; // systemd ignores (and warns about) a line without `=`
    const keyText = line.slice(0, eq).trim();
    const keyStart = s + line.indexOf(keyText);
    // The value, with continuation lines joined.
    let value = '';
    const offsets: number[] = [];
    let from = s + eq + 1;
    let end = e;
    for (;;) {
      const part = text.slice(from, end);
      const continued = part.endsWith('\\');
      const kept = continued ? part.length - 1 : part.length;
      for (let i = 0; i < kept; i++) {
        value += part[i];
        offsets.push(from + i);
      }
      if (!continued || n + 1 >= starts.length) break;
      value += ' ';
      offsets.push(from + kept);
      // Comment lines between continuation lines are skipped.
      n++;
      while (n + 1 < starts.length && /^\s*[#;]/.test(text.slice(starts[n]!, lineEnd(starts[n]!)))) n++;
      from = starts[n]!;
      end = lineEnd(from);
    }
    const lead2 = value.length - value.trimStart().length;
    const trimmedEnd = value.trimEnd().length;
    out.entries.push({
      section,
      key: piece(keyText, offsetsOf(keyStart, keyText.length), lines),
      value: piece(value.slice(lead2, Math.max(lead2, trimmedEnd)), offsets.slice(lead2, Math.max(lead2, trimmedEnd)), lines),
    });
  }
  return out;
}

function offsetsOf(start: number, length: number): number[] {
  return Array.from({ length }, (_, i) => start + i);
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ', '\\': '\\', '"': '"', "'": "'" };

/** Splits a value into words as systemd does: whitespace separated, quotes removed, C escapes resolved. */
export function words(p: Piece): Piece[] {
  const out: Piece[] = [];
  const v = p.value;
  let i = 0;
  while (i < v.length) {
    while (i < v.length && /\s/.test(v[i]!)) i++;
    if (i >= v.length) break;
    let value = '';
    const offsets: number[] = [];
    const holes: Hole[] = [];
    const first = i;
    let quote: string | undefined;
    for (; i < v.length; i++) {
      const ch = v[i]!;
      if (!quote && /\s/.test(ch)) break;
      if (!quote && (ch === '"' || ch === "'")) {
        quote = ch;
        continue;
      }
      if (quote && ch === quote) {
        quote = undefined;
        continue;
      }
      if (ch === '\\' && i + 1 < v.length) {
        const next = v[i + 1]!;
        const hex = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(v.slice(i + 2)) : null;
        value += hex ? String.fromCharCode(parseInt(hex[0], 16)) : (ESCAPES[next] ?? next);
        offsets.push(p.offsets[i]!);
        i += hex ? 3 : 1;
        continue;
      }
      for (const h of p.holes) if (h.start === i) holes.push({ ...h, start: value.length, end: value.length + (h.end - h.start) });
      value += ch;
      offsets.push(p.offsets[i]!);
    }
    const from = p.offsets[first]!;
    const to = (p.offsets[i - 1] ?? from) + 1;
    const w = piece(value, offsets, p.lines, holes, p.lines.text.slice(from, to));
    // The word as written, quotes included.
    w.loc = p.lines.location(from, to);
    out.push(w);
  }
  return out;
}
