/**
 * The linear-time replacements of patterns that backtracked quadratically give what the
 * original regular expressions gave, on many small inputs over the characters that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimTrailingSlashes, withoutSuppressionComment, wordLineIndex } from '../src/linear.js';
import { urlCredentials, hasShellExpansion } from '../src/knowledge/credentials.js';
import { isPlaceholderValue } from '../src/knowledge/secrets.js';
import { sedReplacements } from '../src/knowledge/written.js';

const text = (chars: string[], maxLength = 40) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));
const params = { seed: 7, numRuns: 10000 };

describe('linear-time text operations match the regular expressions they replace', () => {
  it('trimTrailingSlashes', () => {
    fc.assert(fc.property(text(['/', 'a', ' ', '\n']), (s) => trimTrailingSlashes(s) === s.replace(/\/+$/, '')), params);
    expect(trimTrailingSlashes('/'.repeat(200_000) + 'x')).toBe('/'.repeat(200_000) + 'x');
  });

  it('withoutSuppressionComment', () => {
    const pieces = ['#', ' ', '\t', 'isolint-ignore', 'isolint-ignorex', ':', 'a', '\u2028', '\u00a0', '-file'];
    fc.assert(fc.property(text(pieces, 12), (s) => withoutSuppressionComment(s) === s.replace(/\s*#\s*isolint-ignore\b.*$/, '')), params);
    expect(withoutSuppressionComment('USER root   # isolint-ignore: root-user')).toBe('USER root');
  });

  it('wordLineIndex', () => {
    const pieces = ['EOF', 'EOFX', ' ', '\t', '\n', '\r', '\r\n', '\u2028', 'x', '\u00a0'];
    fc.assert(
      fc.property(text(pieces, 14), (s) => {
        const m = /^\s*EOF\s*$/m.exec(s);
        return wordLineIndex(s, 'EOF') === (m ? m.index : -1);
      }),
      params,
    );
  });

  it('urlCredentials', () => {
    const original = (t: string) => {
      const out: { start: number; end: number }[] = [];
      for (const m of t.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/:@'"]+):([^\s/@'"]+)@/gi)) {
        const password = m[2]!;
        if (hasShellExpansion(password) || /^%\(|^\{\{/.test(password) || isPlaceholderValue(password)) continue;
        const start = m.index! + m[0].indexOf('://') + 3;
        out.push({ start, end: start + m[1]!.length + 1 + password.length });
      }
      return out;
    };
    const pieces = ['a', 'B', '1', '_', '.', '-', '+', ':', '//', '://', '@', ' ', "'", 'pw', '$X', 'u'];
    fc.assert(fc.property(text(pieces, 16), (s) => {
      expect(urlCredentials(s)).toEqual(original(s));
    }), params);
    expect(urlCredentials('git clone https://me:hunter2@example.com/x')).toEqual([{ start: 18, end: 28 }]);
  });

  it('sedReplacements', () => {
    const original = (script: string) =>
      [...script.matchAll(/(?:^|[;{}\s\/\d$!])s([^\s\w\\])((?:\\.|(?!\1)[^\\])*)\1((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => {
        const start = m.index! + m[0].length - 1 - m[3]!.length;
        return { start, end: start + m[3]!.length };
      });
    const pieces = ['s', '/', '|', '#', '\\', '\n', ';', ' ', 'a', '1', 'x', '\u4e00'];
    fc.assert(fc.property(text(pieces, 20), (s) => {
      expect(sedReplacements(s)).toEqual(original(s));
    }), params);
    expect(sedReplacements('s/a/b/;s|c|d|g')).toEqual([{ start: 4, end: 5 }, { start: 11, end: 12 }]);
  });
});
