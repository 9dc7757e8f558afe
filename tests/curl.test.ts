import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser, unwrapCommand } from '../src/shell.js';
import { curlOptions } from '../src/knowledge/curl.js';
import { partText } from '../src/knowledge/word-parts.js';

beforeAll(() => initShellParser());

function options(line: string): string[] {
  const cmd = parseImage({ file: 'D', text: `FROM a\nRUN ${line}\n` }).instructions[1]!.shell!.commands[0]!;
  return curlOptions(unwrapCommand(cmd).args).map((o) => (o.value ? `${o.name}=${partText(o.value)}` : o.name));
}

describe('curlOptions', () => {
  it('splits combined short options and reads values the way curl does', () => {
    expect(options('curl -fsSLk https://x')).toEqual(['f', 's', 'S', 'L', 'k']);
    expect(options('curl -sSLo out.tgz https://x')).toEqual(['s', 'S', 'L', 'o=out.tgz']);
    expect(options('curl -uuser:pw -Lok https://x')).toEqual(['u=user:pw', 'L', 'o=k']);
    expect(options('curl -o -k --user a:b --insecure -- -k')).toEqual(['o=-k', 'user=a:b', 'insecure']);
  });
});
