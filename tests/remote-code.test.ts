import { beforeAll, describe, expect, it } from 'vitest';
import { parseImage } from '../src/image/parse.js';
import { initShellParser } from '../src/shell.js';
import { curlPipedToShell } from '../src/knowledge/remote-code.js';

beforeAll(() => initShellParser());

/** `how download->interpreter` for every curl/wget in a RUN line whose output runs as code. */
function runs(line: string): string[] {
  const image = parseImage({ file: 'D', text: `FROM a\nRUN ${line}\n` });
  return image.instructions[1]!.shell!.commands.flatMap((c) => {
    const r = curlPipedToShell(c);
    return r ? [`${r.how} ${r.download.value}@${r.download.loc.startColumn}->${r.interpreter.value}`] : [];
  });
}

describe('curlPipedToShell', () => {
  it.each([
    ['curl -fsSL https://x | sh', ['pipe curl@5->sh']],
    ['curl -fsSL https://x | sudo -E bash -', ['pipe curl@5->bash']],
    ['wget -qO- https://x | python3 - --version 1', ['pipe wget@5->python3']],
    ['curl -s https://x | tee /tmp/i.sh | sh -s -- --yes', ['pipe curl@5->sh']],
    ['curl -s https://x | perl', ['pipe curl@5->perl']],
    ['bash <(curl -fsSL https://x) -y', ['substitution curl@12->bash']],
    ['eval "$(curl -fsSL https://x)"', ['substitution curl@13->eval']],
    ['curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer', ['pipe curl@5->php']],
    ['curl -sS https://getcomposer.org/installer | php8.3 -d memory_limit=-1 -- --quiet', ['pipe curl@5->php8.3']],
    ['curl -fsSL https://x | bash -s -- --prefix=/usr/local', ['pipe curl@5->bash']],
    ['wget -qO- https://x | sh -s', ['pipe wget@5->sh']],
    ['curl -fsSL https://x | ruby - --no-doc', ['pipe curl@5->ruby']],
  ])('%s runs downloaded code', (line, expected) => {
    expect(runs(line)).toEqual(expected);
  });

  it('sees sh -c "$(wget ...)" once (the re-parsed -c script does not add it again)', () => {
    expect(runs('sh -c "$(wget -qO- https://x)"')).toEqual(['substitution wget@14->sh']);
  });

  it.each([
    'curl -fsSLo /tmp/i.sh https://x && sha256sum -c sums && sh /tmp/i.sh',
    'curl -fsSL https://x | tar -xz',
    'curl -fsSL https://x | tee /etc/apt/keyrings/k.asc',
    'curl -s https://x | grep tag_name',
    'curl -s https://x | python3 -c "import json,sys; print(json.load(sys.stdin))"',
    'curl -s https://x | node -e "process.stdin.pipe(process.stdout)"',
    'curl -s https://x | bash ./local-script.sh',
    "curl -s https://x | php -r 'echo json_decode(stream_get_contents(STDIN))->tag_name;'",
    'curl -s https://x | php -f /usr/local/bin/parse.php -- --stdin',
    "curl -s https://x | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"tag_name\"])'",
    'curl -s https://x | perl -ne \'print if /tag/\'',
    'echo "curl https://x | sh"',
    'echo "$(curl -s https://x/version)"',
  ])('%s does not', (line) => {
    expect(runs(line)).toEqual([]);
  });
});
