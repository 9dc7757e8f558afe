/**
 * curl's command-line options, read the way curl reads them: short options combine
 * (`-fsSLk` is `-f -s -S -L -k`), and a short option that takes a value swallows the rest
 * of its word or the next word (`-uuser:pw`, `-o -k` writes to a file named `-k`).
 */
import type { Word } from '../shell.js';
import type { WordPart } from './word-parts.js';

export interface CurlOption {
  /** `k`, `u`, `insecure`, `user`, ... without dashes. */
  name: string;
  /** The word the option is written in. */
  word: Word;
  /** The option's value, when it takes one. */
  value?: WordPart;
}

/** Short options that take a value. */
const VALUE_SHORT = new Set('AbcCdDeEFHKmoPQrtTuUwxXyYz'.split(''));
/** Long options that take a value (those whose value could otherwise be read as an option or matter to a rule). */
const VALUE_LONG = new Set([
  'user', 'proxy-user', 'output', 'header', 'proxy-header', 'data', 'data-raw', 'data-binary', 'data-urlencode', 'form', 'request',
  'config', 'cookie', 'cookie-jar', 'url', 'proxy', 'referer', 'user-agent', 'cert', 'key', 'pass', 'cacert', 'capath', 'write-out',
  'max-time', 'connect-timeout', 'retry', 'retry-delay', 'retry-max-time', 'range', 'upload-file', 'output-dir', 'oauth2-bearer',
  'resolve', 'connect-to', 'interface', 'dump-header', 'time-cond', 'continue-at', 'limit-rate', 'max-filesize', 'proto', 'proto-redir',
]);

export function curlOptions(args: Word[]): CurlOption[] {
  const out: CurlOption[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const v = word.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq > 0 ? v.slice(2, eq) : v.slice(2);
      if (eq > 0) out.push({ name, word, value: { word, start: eq + 1 } });
      else if (VALUE_LONG.has(name) && args[i + 1]) out.push({ name, word, value: { word: args[++i]! } });
      else out.push({ name, word });
      continue;
    }
    if (!v.startsWith('-') || v.length < 2) continue;
    for (let j = 1; j < v.length; j++) {
      const name = v[j]!;
      if (!VALUE_SHORT.has(name)) {
        out.push({ name, word });
        continue;
      }
      if (j + 1 < v.length) out.push({ name, word, value: { word, start: j + 1 } });
      else if (args[i + 1]) out.push({ name, word, value: { word: args[++i]! } });
      else out.push({ name, word });
      break;
    }
  }
  return out;
}
